import type { OutboxEntry, Receipt } from './outbox';
import type { ReportCategory } from './schema';

/** One line of the popup's report list. */
export interface ReportListItem {
  id: string;
  category: ReportCategory;
  createdAt: string;
  status: 'pending' | 'delivered' | 'rejected';
  /** When it was delivered or rejected (epoch ms); null while pending. */
  settledAt: number | null;
  /** The last failure, such as "HTTP 503", for pending and rejected reports. */
  lastError: string | null;
}

/** Default number of reports the popup lists. */
export const REPORT_LIST_LIMIT = 10;

/**
 * Merges the outbox and the receipts into one list, newest first. A rejected report has both an
 * outbox entry (kept so it can be saved) and a receipt; the entry wins, because it has the error.
 */
export function listReportItems(entries: OutboxEntry[], receipts: Receipt[], limit = REPORT_LIST_LIMIT): ReportListItem[] {
  const items = new Map<string, ReportListItem>();
  for (const receipt of receipts) {
    items.set(receipt.id, {
      id: receipt.id,
      category: receipt.category,
      createdAt: receipt.createdAt,
      status: receipt.status,
      settledAt: receipt.settledAt,
      lastError: null,
    });
  }
  for (const entry of entries) {
    items.set(entry.report.id, {
      id: entry.report.id,
      category: entry.report.category,
      createdAt: entry.report.createdAt,
      status: entry.status,
      settledAt: items.get(entry.report.id)?.settledAt ?? null,
      lastError: entry.lastError,
    });
  }
  return [...items.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, limit);
}
