import { useEffect, useState } from 'preact/hooks';
import type { AgeGroup } from '../../utils/age-groups';
import { parseBlockedPageUrl } from '../../utils/blocked-url';
import { explainedCategoryIdSchema, getCategoryExplanation } from '../../utils/content';
import { translate } from '../../utils/i18n';
import { createLogger } from '../../utils/logger';
import type { Language } from '../../utils/i18n';
import { sendToBackground } from '../../utils/messages';
import type { Settings } from '../../utils/policy/settings';
import { categoryNameKey } from '../shared/category-names';
import { HelpContacts } from '../shared/HelpContacts';
import { HelplineCard } from '../shared/HelplineCard';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { useSettings } from '../shared/use-settings';

const log = createLogger('blocked');

interface BlockExplanation {
  childText: string;
  /** True when the 111 helpline is shown, because the child may have met something harmful. */
  harmLikely: boolean;
}

/**
 * Returns the words for the child's age group. A deny-list block has its own sentence, and an
 * unknown reason gets a general one with the helpline, because the page may still be harmful.
 */
function explainBlock(language: Language, category: string | null, ageGroup: AgeGroup): BlockExplanation {
  const explained = explainedCategoryIdSchema.safeParse(category);
  if (explained.success) return getCategoryExplanation(language, explained.data, ageGroup);
  if (category === 'denyList') return { childText: translate(language, 'blockedDenyListText'), harmLikely: false };
  return { childText: translate(language, 'blockedUnknownText'), harmLikely: true };
}

/** Renders the page shown instead of a blocked site: what, why, who to talk to, and 111 where harm is likely. */
export function BlockedPage() {
  const settings = useSettings();
  const { category, blockedUrl } = parseBlockedPageUrl(location.href);
  useEffect(() => {
    if (settings) document.documentElement.lang = settings.language;
  }, [settings?.language]);
  if (!settings) return null;

  const language = settings.language;
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  const explanation = explainBlock(language, category, settings.ageGroup);
  return (
    <main class="blocked-page">
      <LanguageSwitch language={language} />
      <div class="shield" aria-hidden="true">🛡️</div>
      <h1>{t('blockedTitle')}</h1>
      <p class="lead" data-testid="blocked-explanation">{explanation.childText}</p>
      <dl class="facts">
        <dt>{t('blockedCategoryLabel')}</dt>
        <dd data-testid="blocked-category" data-category={category ?? ''}>{t(categoryNameKey(category))}</dd>
        <dt>{t('blockedAddressLabel')}</dt>
        <dd class="url" data-testid="blocked-url">{blockedUrl ?? ''}</dd>
      </dl>
      <WhoToTalkTo language={language} contacts={settings.helpContacts} />
      <p>{t('blockedTalkToAdult')}</p>
      <div class="row">
        <button type="button" onClick={goBack}>← {t('blockedGoBack')}</button>
        {blockedUrl && <UnblockRequestButton language={language} blockedUrl={blockedUrl} />}
      </div>
      {explanation.harmLikely && <HelplineCard language={language} />}
    </main>
  );
}

function WhoToTalkTo({ language, contacts }: { language: Language; contacts: Settings['helpContacts'] }) {
  return (
    <section class="card" data-testid="who-to-talk-to">
      {contacts.length === 0 ? (
        <>
          <h2>{translate(language, 'blockedWhoToTalkTo')}</h2>
          <p>{translate(language, 'blockedDefaultContacts')}</p>
        </>
      ) : (
        <HelpContacts language={language} contacts={contacts} headingLevel={2} />
      )}
    </section>
  );
}

function UnblockRequestButton({ language, blockedUrl }: { language: Language; blockedUrl: string }) {
  const [state, setState] = useState<'idle' | 'sending' | 'sent' | 'failed'>('idle');
  const request = async (): Promise<void> => {
    setState('sending');
    try {
      await sendToBackground('requestUnblock', { url: blockedUrl, description: '' });
      setState('sent');
    } catch (error) {
      log.error(`Unblock request failed: ${String(error)}`);
      setState('failed');
    }
  };

  if (state === 'sent') return <p role="status" class="card">{translate(language, 'blockedUnblockRequestSent')}</p>;
  return (
    <>
      <button type="button" class="secondary" disabled={state === 'sending'} onClick={() => void request()}>
        {translate(language, 'reportCategoryUnblockRequest')}
      </button>
      {state === 'failed' && <p role="alert">{translate(language, 'blockedUnblockRequestFailed')}</p>}
    </>
  );
}

function goBack(): void {
  if (history.length > 1) {
    history.back();
    return;
  }
  location.href = 'about:blank';
}
