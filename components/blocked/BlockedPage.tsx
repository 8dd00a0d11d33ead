import { useEffect, useState } from 'preact/hooks';
import { parseBlockedPageUrl } from '../../utils/blocked-url';
import { translate } from '../../utils/i18n';
import type { Language } from '../../utils/i18n';
import { sendToBackground } from '../../utils/messages';
import { categoryNameKey } from '../shared/category-names';
import { HelplineCard } from '../shared/HelplineCard';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { useSettings } from '../shared/use-settings';

/** The page a child sees instead of a blocked site: what, why, who to talk to, and 111. */
export function BlockedPage() {
  const settings = useSettings();
  const { category, blockedUrl } = parseBlockedPageUrl(location.href);
  useEffect(() => {
    if (settings) document.documentElement.lang = settings.language;
  }, [settings?.language]);
  if (!settings) return null;

  const language = settings.language;
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  return (
    <main class="blocked-page">
      <LanguageSwitch language={language} />
      <div class="shield" aria-hidden="true">🛡️</div>
      <h1>{t('blockedTitle')}</h1>
      <p class="lead">{t('blockedLead')}</p>
      <dl class="facts">
        <dt>{t('blockedCategoryLabel')}</dt>
        <dd data-testid="blocked-category" data-category={category ?? ''}>{t(categoryNameKey(category))}</dd>
        <dt>{t('blockedAddressLabel')}</dt>
        <dd class="url" data-testid="blocked-url">{blockedUrl ?? ''}</dd>
      </dl>
      <p>{t('blockedTalkToAdult')}</p>
      <div class="row">
        <button type="button" onClick={goBack}>← {t('blockedGoBack')}</button>
        {blockedUrl && <UnblockRequestButton language={language} blockedUrl={blockedUrl} />}
      </div>
      <HelplineCard language={language} />
    </main>
  );
}

function UnblockRequestButton({ language, blockedUrl }: { language: Language; blockedUrl: string }) {
  const [state, setState] = useState<'idle' | 'sending' | 'sent' | 'failed'>('idle');
  const request = async (): Promise<void> => {
    setState('sending');
    try {
      await sendToBackground('requestUnblock', { url: blockedUrl, description: '' });
      setState('sent');
    } catch {
      setState('failed');
    }
  };

  if (state === 'sent') return <p role="status" class="card">{translate(language, 'reportFormSaved')}</p>;
  return (
    <button type="button" class="secondary" disabled={state === 'sending'} onClick={() => void request()}>
      {translate(language, 'reportCategoryUnblockRequest')}
    </button>
  );
}

function goBack(): void {
  if (history.length > 1) {
    history.back();
    return;
  }
  location.href = 'about:blank';
}
