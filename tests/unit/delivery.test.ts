import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createReport } from '../../utils/report/create-report';
import { DELIVERY_LEASE_MS, classifyResponse, deliverDueReports } from '../../utils/report/delivery';
import {
  allEntries,
  allReceipts,
  deleteExpiredReceipts,
  discardEntry,
  dueEntries,
  earliestPendingAttempt,
  enqueueReport,
  getEntry,
  recordRejection,
  RECEIPT_LIFETIME_MS,
} from '../../utils/report/outbox';
import type { Report } from '../../utils/report/schema';
import { startReportReceiver } from '../support/report-receiver';
import type { ReportReceiver } from '../support/report-receiver';

// fake-indexeddb gives this Node process a real IndexedDB implementation; the receiver is the
// same loopback server the browser tests use.

function fakeReport(overrides: Partial<Parameters<typeof createReport>[0]> = {}): Report {
  return createReport({
    url: 'https://example.vn/page',
    title: 'Trang',
    category: 'scam',
    description: '',
    screenshot: null,
    extensionVersion: '0.1.0',
    locale: 'vi',
    ...overrides,
  });
}

let receiver: ReportReceiver;
beforeAll(async () => {
  receiver = await startReportReceiver();
});
afterAll(async () => {
  await receiver.close();
});
beforeEach(async () => {
  receiver.setFailure({});
  for (const entry of await allEntries()) await discardEntry(entry.report.id);
});

describe('classifyResponse', () => {
  it.each([200, 201, 202, 204, 409])('treats %i as delivered', (status) => {
    expect(classifyResponse(status, null)).toEqual({ kind: 'delivered' });
  });

  it.each([408, 429, 500, 502, 503, 504])('retries %i', (status) => {
    expect(classifyResponse(status, null).kind).toBe('retry');
  });

  it.each([400, 401, 403, 404, 413, 422])('rejects %i for good', (status) => {
    expect(classifyResponse(status, null).kind).toBe('rejected');
  });

  it('honours Retry-After on 429', () => {
    expect(classifyResponse(429, '30')).toEqual({ kind: 'retry', reason: 'HTTP 429', retryAfterMs: 30_000 });
  });
});

describe('deliverDueReports', () => {
  it('delivers once and keeps a receipt', async () => {
    const report = fakeReport();
    await enqueueReport(report);

    const summary = await deliverDueReports({ url: receiver.url, authToken: 'secret-token' });

    expect(summary).toEqual({ delivered: 1, retried: 0, rejected: 0 });
    expect(await getEntry(report.id)).toBeUndefined();
    expect((await allReceipts()).find((receipt) => receipt.id === report.id)?.status).toBe('delivered');
    const attempt = receiver.attempts().at(-1)!;
    expect(attempt.idempotencyKey).toBe(report.id);
    expect(attempt.authorization).toBe('Bearer secret-token');
  });

  it('keeps a report after a 503 and schedules a retry', async () => {
    receiver.setFailure({ status: 503 });
    const report = fakeReport();
    await enqueueReport(report);
    const before = Date.now();

    const summary = await deliverDueReports({ url: receiver.url, authToken: null });

    expect(summary.retried).toBe(1);
    const entry = await getEntry(report.id);
    expect(entry?.attempts).toBe(1);
    expect(entry?.lastError).toBe('HTTP 503');
    expect(entry!.nextAttemptAt).toBeGreaterThan(before);
  });

  it('does not send a report before its retry time', async () => {
    receiver.setFailure({ status: 503 });
    const report = fakeReport();
    await enqueueReport(report);
    await deliverDueReports({ url: receiver.url, authToken: null });
    const attemptsAfterFailure = receiver.attempts().length;
    receiver.setFailure({});

    const summary = await deliverDueReports({ url: receiver.url, authToken: null });

    expect(summary).toEqual({ delivered: 0, retried: 0, rejected: 0 });
    expect(receiver.attempts()).toHaveLength(attemptsAfterFailure);
  });

  it('delivers a repeated attempt only once', async () => {
    const report = fakeReport();
    await enqueueReport(report);
    receiver.setFailure({ status: 503 });
    await deliverDueReports({ url: receiver.url, authToken: null });
    receiver.setFailure({});

    await deliverDueReports({ url: receiver.url, authToken: null }, { dueBy: Number.POSITIVE_INFINITY });

    expect(receiver.reports().filter((stored) => stored.id === report.id)).toHaveLength(1);
  });

  it('marks a 400 as rejected and stops retrying', async () => {
    receiver.setFailure({ status: 400 });
    const report = fakeReport();
    await enqueueReport(report);

    const summary = await deliverDueReports({ url: receiver.url, authToken: null }, { dueBy: Number.POSITIVE_INFINITY });
    const again = await deliverDueReports({ url: receiver.url, authToken: null }, { dueBy: Number.POSITIVE_INFINITY });

    expect(summary.rejected).toBe(1);
    expect(again).toEqual({ delivered: 0, retried: 0, rejected: 0 });
    expect((await getEntry(report.id))?.status).toBe('rejected');
  });

  it('retries after a dropped connection', async () => {
    receiver.setFailure({ dropConnection: true });
    const report = fakeReport();
    await enqueueReport(report);

    const summary = await deliverDueReports({ url: receiver.url, authToken: null });

    expect(summary.retried).toBe(1);
    expect((await getEntry(report.id))?.lastError).toMatch(/network error/);
  });

  it('shares one run between concurrent calls', async () => {
    const report = fakeReport();
    await enqueueReport(report);
    const attemptsBefore = receiver.attempts().length;

    await Promise.all([
      deliverDueReports({ url: receiver.url, authToken: null }),
      deliverDueReports({ url: receiver.url, authToken: null }),
    ]);

    expect(receiver.attempts().length - attemptsBefore).toBe(1);
  });
});

describe('delivery lease', () => {
  it('holds a report before sending it', async () => {
    const report = fakeReport();
    await enqueueReport(report);
    const leasedAt: number[] = [];
    const watchingFetch: typeof fetch = async (input, init) => {
      leasedAt.push((await getEntry(report.id))!.nextAttemptAt);
      return fetch(input, init);
    };
    const start = Date.now();

    await deliverDueReports({ url: receiver.url, authToken: null }, { fetchFunction: watchingFetch });

    expect(leasedAt[0]).toBeGreaterThanOrEqual(start + DELIVERY_LEASE_MS);
  });

  it('arms the wake-up before the request', async () => {
    const report = fakeReport();
    await enqueueReport(report);
    const order: string[] = [];
    const watchingFetch: typeof fetch = async (input, init) => {
      order.push('fetch');
      return fetch(input, init);
    };

    await deliverDueReports({ url: receiver.url, authToken: null }, { fetchFunction: watchingFetch, afterLease: async () => order.push('alarm') });

    expect(order).toEqual(['alarm', 'fetch']);
  });

  it('sends a report again once an abandoned lease ends', async () => {
    // An attempt whose worker was stopped mid-request leaves the report pending under its lease.
    const report = fakeReport();
    await enqueueReport(report);
    let answer: (response: Response) => void = () => undefined;
    const stalled: typeof fetch = () => new Promise<Response>((resolve) => (answer = resolve));
    const run = deliverDueReports({ url: receiver.url, authToken: null }, { fetchFunction: stalled });
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect((await dueEntries()).map((entry) => entry.report.id)).not.toContain(report.id);
    const due = await dueEntries(Date.now() + DELIVERY_LEASE_MS + 1);
    expect(due.map((entry) => entry.report.id)).toContain(report.id);
    answer(new Response(null, { status: 503 }));
    await run;
  });
});

describe('earliestPendingAttempt', () => {
  it('skips rejected reports', async () => {
    const rejected = fakeReport();
    const pending = fakeReport();
    await enqueueReport(rejected, 1_000);
    await recordRejection(rejected.id, 'HTTP 400');
    await enqueueReport(pending, 5_000);

    expect(await earliestPendingAttempt()).toBe(5_000);
  });

  it('is null with nothing pending', async () => {
    expect(await earliestPendingAttempt()).toBeNull();
  });
});

describe('receipts', () => {
  it('expire after their lifetime', async () => {
    const report = fakeReport();
    await enqueueReport(report);
    await deliverDueReports({ url: receiver.url, authToken: null });

    const deleted = await deleteExpiredReceipts(Date.now() + RECEIPT_LIFETIME_MS + 1000);

    expect(deleted).toBeGreaterThanOrEqual(1);
    expect((await allReceipts()).find((receipt) => receipt.id === report.id)).toBeUndefined();
  });
});
