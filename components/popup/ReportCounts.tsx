import { translate } from '../../utils/i18n';
import type { Language } from '../../utils/i18n';
import type { Status } from '../../utils/messages';

/** How many of the child's reports wait to be sent, were delivered or were rejected. */
export function ReportCounts({ language, status, onRetry }: { language: Language; status: Status; onRetry: () => void }) {
  const t = (key: Parameters<typeof translate>[1], values?: string[]) => translate(language, key, values);
  return (
    <section class="report-counts" aria-labelledby="reports-title" data-testid="report-counts">
      <div>
        <h2 id="reports-title">{t('popupReportsTitle')}</h2>{' '}
        <ul class="counts">
          <li data-testid="count-pending">{t('popupReportsPending', [String(status.pending)])}</li>
          <li data-testid="count-delivered">{t('popupReportsDelivered', [String(status.delivered)])}</li>
          <li data-testid="count-rejected">{t('popupReportsRejected', [String(status.rejected)])}</li>
        </ul>
      </div>
      {status.pending > 0 && (
        <button type="button" class="secondary compact" onClick={onRetry}>
          {t('popupSendNow')}
        </button>
      )}
    </section>
  );
}
