import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SKILL_AREAS, contentAgeGroupFor, getSkillCards } from '../../utils/content';
import type { ContentAgeGroup, SkillArea } from '../../utils/content';
import { translate } from '../../utils/i18n';
import type { Language, MessageKey } from '../../utils/i18n';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { useDocumentLanguage } from '../shared/use-document-language';
import { useSettings } from '../shared/use-settings';
import { AgeGroupChooser } from './AgeGroupChooser';
import { SkillCardView } from './SkillCardView';

export const SKILL_AREA_NAMES: Record<SkillArea, { icon: string; name: MessageKey }> = {
  internet: { icon: '🌐', name: 'skillsAreaInternet' },
  security: { icon: '🔒', name: 'skillsAreaSecurity' },
  privacy: { icon: '🙈', name: 'skillsAreaPrivacy' },
  abuse: { icon: '🚨', name: 'skillsAreaAbuse' },
  help: { icon: '🤝', name: 'skillsAreaHelp' },
};

/**
 * The digital-skills page ("Kỹ năng số"): the cards of one age group in the five skill areas.
 * It opens on the child's own age group; the chooser shows another group without changing
 * the settings.
 */
export function SkillsPage() {
  const settings = useSettings();
  const [chosenGroup, setChosenGroup] = useState<ContentAgeGroup | null>(null);
  const language = settings?.language;
  useDocumentLanguage(language, language && `${translate(language, 'skillsPageTitle')} – Khiên Xanh`);
  if (!settings || !language) return null;

  const ownGroup = contentAgeGroupFor(settings.ageGroup);
  const group = chosenGroup ?? ownGroup;
  const t = (key: MessageKey) => translate(language, key);
  return (
    <main class="page skills-page">
      <header class="page-header">
        <a class="page-header-link" href={browser.runtime.getURL('/guide.html')} data-testid="link-guide">
          <span aria-hidden="true">📖</span> {t('skillsGuideLink')}
        </a>
        <LanguageSwitch language={language} />
      </header>
      <h1><span aria-hidden="true">🎓</span> {t('skillsPageTitle')}</h1>
      <p class="lead">{t('skillsIntro')}</p>
      <AgeGroupChooser language={language} ownGroup={ownGroup} group={group} onChoose={setChosenGroup} />
      <AreaNavigation language={language} />
      <SkillAreas language={language} group={group} />
    </main>
  );
}

function AreaNavigation({ language }: { language: Language }) {
  return (
    <nav class="area-nav" aria-label={translate(language, 'skillsTopicsTitle')}>
      {SKILL_AREAS.map((area) => (
        <a href={`#area-${area}`}>
          <span aria-hidden="true">{SKILL_AREA_NAMES[area].icon}</span> {translate(language, SKILL_AREA_NAMES[area].name)}
        </a>
      ))}
    </nav>
  );
}

function SkillAreas({ language, group }: { language: Language; group: ContentAgeGroup }) {
  const cards = getSkillCards(language, group);
  return (
    <>
      {SKILL_AREAS.map((area) => (
        <section class="skill-area" id={`area-${area}`} aria-labelledby={`area-${area}-title`} data-testid={`area-${area}`}>
          <h2 id={`area-${area}-title`}>
            <span aria-hidden="true">{SKILL_AREA_NAMES[area].icon}</span> {translate(language, SKILL_AREA_NAMES[area].name)}
          </h2>
          <div class="skill-cards">
            {cards
              .filter((card) => card.area === area)
              .map((card) => (
                <SkillCardView key={`${group}-${card.id}`} language={language} card={card} />
              ))}
          </div>
        </section>
      ))}
    </>
  );
}
