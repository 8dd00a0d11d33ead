import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { translate } from '../../utils/i18n';
import { sendToBackground } from '../../utils/messages';
import type { Status } from '../../utils/messages';
import type { Settings } from '../../utils/policy/settings';
import { PopupLinks } from './PopupLinks';
import { ReportList } from '../report/ReportList';
import { ReportCounts } from './ReportCounts';
import { StatusCard } from './StatusCard';
import { TipCard } from './TipCard';

interface HomeViewProps {
  settings: Settings;
  status: Status | null;
  helpButton: RefObject<HTMLButtonElement | null>;
  onHelp: () => void;
  onRetried: () => void;
}

/** The popup's first view: status, the two main actions, a tip, report counts and links. */
export function HomeView({ settings, status, helpButton, onHelp, onRetried }: HomeViewProps) {
  const [reportUnavailable, setReportUnavailable] = useState(false);
  const language = settings.language;
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);

  const reportThisPage = async (): Promise<void> => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const { opened } = tab?.id !== undefined ? await sendToBackground('openReportForm', { tabId: tab.id }) : { opened: false };
    if (opened) window.close();
    else setReportUnavailable(true);
  };
  const retry = () => void sendToBackground('deliverNow', {}).then(onRetried);

  return (
    <>
      <StatusCard settings={settings} />
      <section class="actions" aria-labelledby="actions-title">
        <h2 id="actions-title" class="visually-hidden">{t('popupActionsTitle')}</h2>
        <button type="button" class="action action-report" onClick={() => void reportThisPage()} aria-describedby="report-hint">
          <span class="action-label">
            <span aria-hidden="true">🚩</span> {t('popupReportButton')}
          </span>
          <span class="action-hint" id="report-hint">{t('popupReportHint')}</span>
        </button>
        <button type="button" class="action action-help" ref={helpButton} onClick={onHelp} aria-describedby="help-hint">
          <span class="action-label">
            <span aria-hidden="true">📞</span> {t('popupHelpButton')}
          </span>
          <span class="action-hint" id="help-hint">{t('popupHelpHint')}</span>
        </button>
      </section>
      {reportUnavailable && <p class="notice" role="status">{t('popupReportUnavailable')}</p>}
      <TipCard language={language} ageGroup={settings.ageGroup} />
      {status && <ReportCounts language={language} status={status} onRetry={retry} />}
      {status && <ReportList language={language} key={JSON.stringify(status)} />}
      <PopupLinks language={language} />
    </>
  );
}
