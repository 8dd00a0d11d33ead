import { useEffect, useState } from 'preact/hooks';
import { translate } from '../../utils/i18n';
import type { Language, MessageKey } from '../../utils/i18n';
import { sendToBackground } from '../../utils/messages';
import type { ReportListItem } from '../../utils/report/report-list';
import { CHILD_REPORT_CATEGORIES } from './report-category-labels';
import { saveReportFiles } from './save-report-files';
import './report-list.css';

const STATUS_LABELS: Record<ReportListItem['status'], MessageKey> = {
  pending: 'reportStatusPending',
  delivered: 'reportStatusDelivered',
  rejected: 'reportStatusRejected',
};

/**
 * Lists the most recent reports with their time, category and delivery state, for the popup. A report
 * the receiver rejected stays on the device and can be saved as files from here.
 */
export function ReportList({ language }: { language: Language }) {
  const [items, setItems] = useState<ReportListItem[] | null>(null);
  useEffect(() => void sendToBackground('listReports', {}).then(setItems), []);
  if (!items || items.length === 0) return null;

  // Collapsed by default, so the popup's main actions stay in view on a small screen.
  return (
    <details class="report-list-details" data-testid="report-list" open={items.some((item) => item.status === 'rejected')}>
      <summary>{translate(language, 'reportListTitle')}</summary>
      <ul class="report-list">
        {items.map((item) => (
          <ReportRow language={language} item={item} />
        ))}
      </ul>
    </details>
  );
}

function ReportRow({ language, item }: { language: Language; item: ReportListItem }) {
  const category = CHILD_REPORT_CATEGORIES.find((option) => option.id === item.category);
  const label = category ? `${category.icon} ${translate(language, category.label)}` : translate(language, 'reportCategoryUnblockRequest');
  const time = new Date(item.createdAt).toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
  const save = async () => {
    const report = await sendToBackground('getSavedReport', { id: item.id });
    if (report) saveReportFiles(report);
  };

  return (
    <li class={`report-row status-${item.status}`} data-testid="report-row" data-status={item.status}>
      <span class="report-category">{label}</span>
      <span class="muted">
        <time dateTime={item.createdAt}>{time}</time> · {translate(language, STATUS_LABELS[item.status])}
        {item.lastError && item.status !== 'delivered' ? ` (${item.lastError})` : ''}
      </span>
      {item.status === 'rejected' && (
        <button type="button" class="secondary small-button" onClick={() => void save()}>
          {translate(language, 'reportListSave')}
        </button>
      )}
    </li>
  );
}
