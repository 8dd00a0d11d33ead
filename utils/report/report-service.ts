import { browser } from 'wxt/browser';
import { createLogger } from '../logger';
import { loadSettings } from '../settings/stored-settings';
import { createReport } from './create-report';
import type { ReportInput } from './create-report';
import { deliverDueReports } from './delivery';
import type { DeliverySummary } from './delivery';
import { allEntries, allReceipts, enqueueReport, getEntry } from './outbox';
import { listReportItems } from './report-list';
import type { ReportListItem } from './report-list';
import { armDeliveryAlarm, DELIVERY_ALARM } from './retry-alarm';
import type { Report } from './schema';

const log = createLogger('reports');

export interface SubmitOutcome {
  id: string;
  endpointConfigured: boolean;
  delivered: boolean;
  /** The endpoint refused the report for good; it stays on the device and is not retried. */
  rejected: boolean;
}

/** How long a submit waits for the first delivery attempt before the form shows "saved, will be sent". */
export const SUBMIT_DELIVERY_WAIT_MS = 3_000;

/**
 * Builds a report, stores it in the outbox (the form shows "saved" only after this commits),
 * then starts a delivery attempt and waits for it up to SUBMIT_DELIVERY_WAIT_MS. An attempt that
 * fails or takes longer leaves the report queued with the retry alarm armed.
 */
export async function submitReport(input: Omit<ReportInput, 'extensionVersion'>): Promise<SubmitOutcome> {
  const report = createReport({ ...input, extensionVersion: browser.runtime.getManifest().version });
  await enqueueReport(report);
  log.info(`Saved report ${report.id} (${report.category})`);

  const settings = await loadSettings();
  const delivery = deliverNow().catch((error: unknown) => log.error(`Delivery after saving report ${report.id} failed: ${String(error)}`, error));
  await Promise.race([delivery, new Promise((resolve) => setTimeout(resolve, SUBMIT_DELIVERY_WAIT_MS))]);
  const stillQueued = await getEntry(report.id);
  return {
    id: report.id,
    endpointConfigured: settings.reportEndpoint !== null,
    delivered: stillQueued === undefined,
    rejected: stillQueued?.status === 'rejected',
  };
}

/**
 * Attempts the due reports now and re-arms the alarm; returns null when no endpoint is set. Without
 * an endpoint the alarm is cleared, because retrying would only wake the worker every 30 s for
 * nothing. Setting an endpoint starts delivery through the background's settings listener.
 */
export async function deliverNow(): Promise<DeliverySummary | null> {
  const settings = await loadSettings();
  if (!settings.reportEndpoint) {
    await browser.alarms.clear(DELIVERY_ALARM);
    return null;
  }

  const endpoint = { url: settings.reportEndpoint, authToken: settings.reportAuthToken };
  const summary = await deliverDueReports(endpoint, { afterLease: armDeliveryAlarm });
  await armDeliveryAlarm();
  return summary;
}

/** Deliver every pending report now, whatever its scheduled time (the "send now" button). */
export async function retryAllNow(): Promise<DeliverySummary> {
  const settings = await loadSettings();
  if (!settings.reportEndpoint) return { delivered: 0, retried: 0, rejected: 0 };

  const endpoint = { url: settings.reportEndpoint, authToken: settings.reportAuthToken };
  const summary = await deliverDueReports(endpoint, { dueBy: Number.POSITIVE_INFINITY, afterLease: armDeliveryAlarm });
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

/** Returns the most recent reports with their delivery state, for the popup. */
export async function recentReports(): Promise<ReportListItem[]> {
  const [entries, receipts] = await Promise.all([allEntries(), allReceipts()]);
  return listReportItems(entries, receipts);
}

/** Returns a report still stored on the device (pending or rejected), or null. */
export async function savedReport(id: string): Promise<Report | null> {
  return (await getEntry(id))?.report ?? null;
}
