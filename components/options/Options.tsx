import { useEffect } from 'preact/hooks';
import type { Language } from '../../utils/i18n';
import { isEverySettingLocked } from '../../utils/settings/stored-settings';
import type { EffectiveSettings } from '../../utils/settings/stored-settings';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { LearningLinks } from '../shared/LearningLinks';
import { ManagedBy, organizationLabel } from '../shared/ManagedBy';
import { useEffectiveSettings } from '../shared/use-settings';
import { AgeGroupSection } from './AgeGroupSection';
import { DomainListsSection } from './DomainListsSection';
import { ExtraListsSection } from './ExtraListsSection';
import { HelpContactsSection } from './HelpContactsSection';
import { PinChangeSection } from './PinChangeSection';
import { PinGate } from './PinGate';
import { PolicyErrorsSection } from './PolicyErrorsSection';
import { ReportingSection } from './ReportingSection';
import { SafeBrowsingSection } from './SafeBrowsingSection';
import { isLocked, translator } from './section-kit';

/**
 * Settings for parents and teachers. The PIN gate guards every section unless policy locks every
 * setting, in which case the page shows the values read-only and names who manages them.
 */
export function Options() {
  const effective = useEffectiveSettings();
  const language = effective?.settings.language;
  useEffect(() => {
    if (language) document.documentElement.lang = language;
  }, [language]);
  if (!effective || !language) return null;

  const t = translator(language);
  const everythingLocked = isEverySettingLocked(effective);
  const sections = <SettingsSections effective={effective} language={language} />;

  return (
    <main class="options">
      {effective.lockedFields.includes('language') ? (
        <p class="language-locked">
          <ManagedBy language={language} organizationName={effective.settings.organizationName} />
        </p>
      ) : (
        <LanguageSwitch language={language} />
      )}
      <h1>🛡️ {t('optionsTitle')}</h1>
      <p class="muted">{t('optionsIntro')}</p>
      {everythingLocked ? (
        <>
          <p class="card managed-banner" role="status" data-testid="managed-page">
            🏫 {t('optionsManagedPage', [organizationLabel(language, effective.settings.organizationName)])}
          </p>
          {sections}
        </>
      ) : (
        <PinGate language={language}>
          {sections}
          <PinChangeSection language={language} />
        </PinGate>
      )}
      <PolicyErrorsSection effective={effective} language={language} />
      <LearningLinks language={language} />
    </main>
  );
}

function SettingsSections({ effective, language }: { effective: EffectiveSettings; language: Language }) {
  return (
    <>
      <AgeGroupSection effective={effective} language={language} />
      <DomainListsSection effective={effective} language={language} />
      <ExtraListsSection language={language} urls={effective.settings.extraListUrls} locked={isLocked(effective, 'extraListUrls')} />
      <SafeBrowsingSection effective={effective} language={language} />
      <ReportingSection effective={effective} language={language} />
      <HelpContactsSection effective={effective} language={language} />
    </>
  );
}
