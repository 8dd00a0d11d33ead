import { browser } from 'wxt/browser';
import { createLogger } from '../logger';
import { loadSettings } from '../settings/stored-settings';
import { createReport } from './create-report';
import type { ReportInput } from './create-report';
import { deliverDueReports } from './delivery';
import type { DeliverySummary } from './delivery';
import { allEntries, allReceipts, enqueueReport, getEntry } from './outbox';
import { armDeliveryAlarm } from './retry-alarm';

const log = createLogger('reports');

export interface SubmitOutcome {
  id: string;
  endpointConfigured: boolean;
  delivered: boolean;
}

/**
 * Builds a report, stores it in the outbox (the child is told "saved" only after this commits),
 * then makes one delivery attempt. A failed attempt leaves it queued with the retry alarm armed.
 */
export async function submitReport(input: Omit<ReportInput, 'extensionVersion'>): Promise<SubmitOutcome> {
  const report = createReport({ ...input, extensionVersion: browser.runtime.getManifest().version });
  await enqueueReport(report);
  log.info(`Saved report ${report.id} (${report.category})`);

  const summary = await deliverNow();
  const stillQueued = await getEntry(report.id);
  return {
    id: report.id,
    endpointConfigured: summary !== null,
    delivered: summary !== null && stillQueued === undefined,
  };
}

/** Attempts the due reports now and re-arms the alarm; returns null when no endpoint is set. */
export async function deliverNow(): Promise<DeliverySummary | null> {
  const settings = await loadSettings();
  if (!settings.reportEndpoint) {
    await armDeliveryAlarm();
    return null;
  }

  const summary = await deliverDueReports({ url: settings.reportEndpoint, authToken: settings.reportAuthToken });
  await armDeliveryAlarm();
  return summary;
}

/** Deliver every pending report now, whatever its scheduled time (the "send now" button). */
export async function retryAllNow(): Promise<DeliverySummary> {
  const settings = await loadSettings();
  if (!settings.reportEndpoint) return { delivered: 0, retried: 0, rejected: 0 };

  const endpoint = { url: settings.reportEndpoint, authToken: settings.reportAuthToken };
  const summary = await deliverDueReports(endpoint, fetch, Number.POSITIVE_INFINITY);
  await armDeliveryAlarm();
  return summary;
}

export async function reportCounts(): Promise<{ pending: number; delivered: number; rejected: number }> {
  const [entries, receipts] = await Promise.all([allEntries(), allReceipts()]);
  return {
    pending: entries.filter((entry) => entry.status === 'pending').length,
    delivered: receipts.filter((receipt) => receipt.status === 'delivered').length,
    rejected: entries.filter((entry) => entry.status === 'rejected').length,
  };
}
