import { createLogger } from '../logger';
import { parseRetryAfter, retryDelay } from './backoff';
import { dueEntries, leaseEntries, recordDelivery, recordRejection, recordRetry } from './outbox';
import type { Report } from './schema';

/**
 * Delivery of queued reports to the configured endpoint. Each attempt sends the same report id
 * as the `Idempotency-Key` header, so a receiver that stores each id once gets every report
 * exactly once even when a response is lost and the attempt is repeated.
 */
const log = createLogger('delivery');

/**
 * A request that has not completed by then counts as a network failure and is retried. Chrome
 * stops an extension service worker when a fetch() response takes more than 30 s to arrive
 * (https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/lifecycle), so
 * the limit stays below that. The attempt then ends here with its retry recorded, not with the worker.
 */
export const DELIVERY_TIMEOUT_MS = 25_000;

/**
 * How long an attempt keeps a report before another attempt may take it. Before sending, the due
 * time of each report is moved this far ahead and the alarm armed. So if the worker is stopped
 * mid-attempt, the alarm wakes a new worker that sends the report again under the same id.
 */
export const DELIVERY_LEASE_MS = DELIVERY_TIMEOUT_MS + 5_000;

export type DeliveryVerdict =
  | { kind: 'delivered' }
  | { kind: 'retry'; reason: string; retryAfterMs: number | null }
  | { kind: 'rejected'; reason: string };

export interface EndpointConfig {
  url: string;
  authToken: string | null;
}

/**
 * Maps an HTTP status to a verdict. 2xx and 409 (the receiver already has this id) mean delivered.
 * 408, 429 and 5xx mean retry later, and any other status means rejected for good.
 */
export function classifyResponse(status: number, retryAfterHeader: string | null): DeliveryVerdict {
  if ((status >= 200 && status < 300) || status === 409) return { kind: 'delivered' };

  if (status === 408 || status === 429 || status >= 500) {
    return { kind: 'retry', reason: `HTTP ${status}`, retryAfterMs: parseRetryAfter(retryAfterHeader) };
  }
  return { kind: 'rejected', reason: `HTTP ${status}` };
}

export async function sendReport(
  report: Report,
  endpoint: EndpointConfig,
  fetchFunction: typeof fetch = fetch,
): Promise<DeliveryVerdict> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'Idempotency-Key': report.id,
  };
  if (endpoint.authToken) headers.Authorization = `Bearer ${endpoint.authToken}`;

  try {
    const response = await fetchFunction(endpoint.url, {
      method: 'POST',
      headers,
      body: JSON.stringify(report),
      credentials: 'omit',
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    });
    return classifyResponse(response.status, response.headers.get('Retry-After'));
  } catch (error) {
    return { kind: 'retry', reason: `network error: ${String(error)}`, retryAfterMs: null };
  }
}

export interface DeliverySummary {
  delivered: number;
  retried: number;
  rejected: number;
}

export interface DeliveryOptions {
  fetchFunction?: typeof fetch;
  /** Reports due by this time are attempted; Infinity attempts every pending report. */
  dueBy?: number;
  /** Called after the attempted reports are leased, to arm the wake-up alarm for the lease end. */
  afterLease?: () => Promise<unknown>;
}

let runningDelivery: Promise<DeliverySummary> | undefined;

/**
 * Attempts once every pending report due by `dueBy`. Concurrent calls share one run, so an alarm
 * and a button press at the same moment do not send a report twice from this worker.
 */
export function deliverDueReports(endpoint: EndpointConfig, options: DeliveryOptions = {}): Promise<DeliverySummary> {
  runningDelivery ??= deliverEach(endpoint, options).finally(() => {
    runningDelivery = undefined;
  });
  return runningDelivery;
}

async function deliverEach(endpoint: EndpointConfig, options: DeliveryOptions): Promise<DeliverySummary> {
  const summary: DeliverySummary = { delivered: 0, retried: 0, rejected: 0 };
  const { fetchFunction = fetch, dueBy = Date.now(), afterLease } = options;
  const entries = await dueEntries(dueBy);
  if (entries.length === 0) return summary;

  await leaseEntries(
    entries.map((entry) => entry.report.id),
    Date.now() + DELIVERY_LEASE_MS,
  );
  await afterLease?.();
  for (const entry of entries) {
    const verdict = await sendReport(entry.report, endpoint, fetchFunction);
    await recordVerdict(entry.report.id, entry.attempts, verdict);
    if (verdict.kind === 'delivered') summary.delivered += 1;
    if (verdict.kind === 'retry') summary.retried += 1;
    if (verdict.kind === 'rejected') summary.rejected += 1;
  }
  return summary;
}

async function recordVerdict(id: string, attempts: number, verdict: DeliveryVerdict): Promise<void> {
  if (verdict.kind === 'delivered') {
    log.info(`Delivered report ${id}`);
    await recordDelivery(id);
    return;
  }
  if (verdict.kind === 'rejected') {
    log.warn(`Endpoint rejected report ${id} (${verdict.reason}); kept on the device, not retried`);
    await recordRejection(id, verdict.reason);
    return;
  }

  const delay = verdict.retryAfterMs ?? retryDelay(attempts);
  log.warn(`Delivery of report ${id} failed (${verdict.reason}); retrying in ${Math.round(delay / 1000)} s`);
  await recordRetry(id, verdict.reason, Date.now() + delay);
}
