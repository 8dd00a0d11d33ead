import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getTips } from '../../utils/content';
import { translate } from '../../utils/i18n';
import type { Language } from '../../utils/i18n';
import { sendToBackground } from '../../utils/messages';
import type { Status } from '../../utils/messages';
import { AGE_GROUP_NAME_KEYS } from '../shared/age-group-names';
import { HelplineCard } from '../shared/HelplineCard';
import { ReportList } from '../report/ReportList';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { useSettings } from '../shared/use-settings';

const TIPS_SHOWN = 3;

/** The toolbar popup: protection status, report this page, the 111 hotline, tips, report status. */
export function Popup() {
  const settings = useSettings();
  const [status, setStatus] = useState<Status | null>(null);
  const [reportUnavailable, setReportUnavailable] = useState(false);
  const refresh = () => void sendToBackground('getStatus', {}).then(setStatus);
  useEffect(refresh, [settings]);
  useEffect(() => {
    if (settings) document.documentElement.lang = settings.language;
  }, [settings?.language]);
  if (!settings) return null;

  const language = settings.language;
  const t = (key: Parameters<typeof translate>[1], values?: string[]) => translate(language, key, values);
  const reportThisPage = async (): Promise<void> => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const { opened } = tab?.id !== undefined ? await sendToBackground('openReportForm', { tabId: tab.id }) : { opened: false };
    if (opened) window.close();
    else setReportUnavailable(true);
  };

  return (
    <main class="popup">
      <LanguageSwitch language={language} />
      <h1>🛡️ {settings.ageGroup === 'off' ? t('popupTitleOff') : t('popupTitle')}</h1>
      <p data-testid="popup-age-group">
        {t('popupAgeGroupLabel')}: <strong>{t(AGE_GROUP_NAME_KEYS[settings.ageGroup])}</strong>
      </p>
      <button type="button" class="wide" onClick={() => void reportThisPage()}>
        🚩 {t('popupReportButton')}
      </button>
      {reportUnavailable && <p class="muted" role="status">{t('popupReportUnavailable')}</p>}
      <HelplineCard language={language} />
      <Tips language={language} ageGroup={settings.ageGroup} />
      {status && <ReportStatus language={language} status={status} onRetry={() => void sendToBackground('deliverNow', {}).then(refresh)} />}
      <ReportList language={language} key={JSON.stringify(status)} />
      <p>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          {t('popupOptions')}
        </a>
      </p>
    </main>
  );
}

function Tips({ language, ageGroup }: { language: Language; ageGroup: Status['ageGroup'] }) {
  const tips = getTips(language, ageGroup === 'off' ? 'upperSecondary' : ageGroup).slice(0, TIPS_SHOWN);
  return (
    <section aria-labelledby="tips-title">
      <h2 id="tips-title">{translate(language, 'popupTipsTitle')}</h2>
      <ul class="tips">
        {tips.map((tip) => (
          <li data-testid="tip">{tip.text}</li>
        ))}
      </ul>
    </section>
  );
}

function ReportStatus({ language, status, onRetry }: { language: Language; status: Status; onRetry: () => void }) {
  const t = (key: Parameters<typeof translate>[1], values?: string[]) => translate(language, key, values);
  return (
    <section aria-labelledby="reports-title" data-testid="report-counts">
      <h2 id="reports-title">{t('popupReportsTitle')}</h2>
      <p data-testid="count-pending">{t('popupReportsPending', [String(status.pending)])}</p>
      <p data-testid="count-delivered">{t('popupReportsDelivered', [String(status.delivered)])}</p>
      <p data-testid="count-rejected">{t('popupReportsRejected', [String(status.rejected)])}</p>
      {status.pending > 0 && (
        <button type="button" class="secondary" onClick={onRetry}>
          {t('popupSendNow')}
        </button>
      )}
    </section>
  );
}
