import type { Frame, Page } from '@playwright/test';
import { startReportReceiver } from '../../tests/support/report-receiver';
import type { ReportReceiver } from '../../tests/support/report-receiver';
import { launchVariant } from '../lib/launch';
import type { BenchBrowser } from '../lib/launch';
import { startPageServer } from '../lib/page-server';
import { formatMs, formatSummaryMs, table } from '../lib/report';
import type { SuiteResult } from '../lib/report';
import { median, summarize } from '../lib/stats';

const CLICK_TO_SAVED_BUDGET_MS = 500;
/** Pause between reports, because captureVisibleTab allows about two calls per second. */
const REPORT_SPACING_MS = 1200;

export interface ReportingOptions {
  reports: number;
}

interface ReportTimes {
  /** category chosen → screenshot preview in the form (the capture). */
  captureMs: number;
  /** submit → report-status shown. */
  submitToStatusMs: number;
  /** category chosen → report-status shown, submitting as soon as the preview appears. */
  clickToStatusMs: number;
  /** submit → report stored by the receiver (wall clock of page and receiver). */
  submitToReceivedMs: number | null;
}

/**
 * Runs the overlay report flow twice per report count: without an endpoint, where the status
 * appears once the report is saved, and with the loopback receiver, where it appears after the
 * delivery attempt. The difference of the two is the delivery time.
 */
export async function runReportingSuite(options: ReportingOptions): Promise<SuiteResult> {
  const server = await startPageServer();
  const receivedAt = new Map<string, number>();
  const receiver = await startReportReceiver({ onReport: (report) => receivedAt.set(report.id, Date.now()) });
  const khienXanh = await launchVariant('khienXanh');
  try {
    const savedOnly = await reportRepeatedly(khienXanh, server.urlFor('/small.html'), null, options.reports);
    const delivered = await reportRepeatedly(khienXanh, server.urlFor('/small.html'), { receiver, receivedAt }, options.reports);
    return describe(savedOnly, delivered);
  } finally {
    await khienXanh.close();
    await receiver.close();
    await server.close();
  }
}

interface Endpoint {
  receiver: ReportReceiver;
  /** Report id → Date.now() when the receiver stored it. */
  receivedAt: Map<string, number>;
}

async function reportRepeatedly(browser: BenchBrowser, url: string, endpoint: Endpoint | null, count: number): Promise<ReportTimes[]> {
  await browser.serviceWorker!.evaluate(async (endpoint) => {
    const stored = await chrome.storage.local.get('parentSettings');
    await chrome.storage.local.set({ parentSettings: { ...(stored.parentSettings ?? {}), reportEndpoint: endpoint } });
  }, endpoint?.receiver.url ?? null);

  const times: ReportTimes[] = [];
  for (let index = 0; index < count; index += 1) {
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    times.push(await reportOnce(page, browser.extensionId!, endpoint));
    await page.close();
    await new Promise((resolve) => setTimeout(resolve, REPORT_SPACING_MS));
  }
  return times;
}

async function reportOnce(page: Page, extensionId: string, endpoint: Endpoint | null): Promise<ReportTimes> {
  const before = endpoint?.receiver.reports().length ?? 0;
  await page.locator('khien-xanh-overlay').click();
  const form = await waitForReportFrame(page, extensionId);
  await form.waitForLoadState('load');
  await form.evaluate(recordFormTimes);

  await form.getByLabel('Bắt nạt, chế giễu, đe dọa').check();
  await form.getByTestId('screenshot-preview').waitFor();
  await form.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await form.getByTestId('report-status').waitFor();
  const marks = await form.evaluate(() => (window as unknown as { benchMarks: Record<string, number> }).benchMarks);

  let submitToReceivedMs: number | null = null;
  if (endpoint) {
    const reports = await endpoint.receiver.waitForReports(before + 1);
    const received = endpoint.receivedAt.get(reports[before]!.id)!;
    submitToReceivedMs = received - (marks.timeOrigin! + marks.submit!);
  }
  return {
    captureMs: marks.preview! - marks.change!,
    submitToStatusMs: marks.status! - marks.submit!,
    clickToStatusMs: marks.status! - marks.change!,
    submitToReceivedMs,
  };
}

/**
 * Runs inside the report form: records, in the frame's clock, when a category is chosen, when
 * the screenshot preview and the status appear, and when the form is submitted.
 */
function recordFormTimes(): void {
  const marks: Record<string, number> = { timeOrigin: performance.timeOrigin };
  (window as unknown as { benchMarks: Record<string, number> }).benchMarks = marks;
  document.addEventListener('change', () => (marks.change ??= performance.now()), true);
  document.addEventListener('submit', () => (marks.submit ??= performance.now()), true);
  new MutationObserver(() => {
    if (marks.preview === undefined && document.querySelector('[data-testid="screenshot-preview"]')) marks.preview = performance.now();
    if (marks.status === undefined && document.querySelector('[data-testid="report-status"]')) marks.status = performance.now();
  }).observe(document, { subtree: true, childList: true });
}

async function waitForReportFrame(page: Page, extensionId: string, timeoutMs = 10_000): Promise<Frame> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const frame = page.frames().find((candidate) => candidate.url().startsWith(`chrome-extension://${extensionId}/report.html`));
    if (frame) return frame;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`The report form frame did not appear within ${timeoutMs} ms`);
}

function describe(savedOnly: ReportTimes[], delivered: ReportTimes[]): SuiteResult {
  const clickToSaved = summarize(savedOnly.map((times) => times.clickToStatusMs));
  const saveMs = median(savedOnly.map((times) => times.submitToStatusMs));
  const saveAndDeliverMs = median(delivered.map((times) => times.submitToStatusMs));
  const received = delivered.map((times) => times.submitToReceivedMs).filter((value): value is number => value !== null);

  const markdown = [
    `${savedOnly.length} reports without an endpoint and ${delivered.length} with the loopback receiver, each on a new tab of the small page, category "Bắt nạt, chế giễu, đe dọa" (which takes a screenshot), submitted as soon as the preview appears. Times are in the report frame's clock (\`performance.now()\`), except "received", which compares the frame's and the receiver's wall clocks.`,
    '',
    table(
      ['figure', 'median / p95'],
      [
        ['category chosen → screenshot preview (capture)', formatSummaryMs(summarize(savedOnly.map((times) => times.captureMs)))],
        ['submit → "saved" status, no endpoint', formatSummaryMs(summarize(savedOnly.map((times) => times.submitToStatusMs)))],
        ['**click-to-saved**: category chosen → "saved" status, no endpoint', formatSummaryMs(clickToSaved)],
        ['submit → report stored by the receiver', received.length > 0 ? formatSummaryMs(summarize(received)) : 'n/a'],
        ['submit → "sent" status, with receiver', formatSummaryMs(summarize(delivered.map((times) => times.submitToStatusMs)))],
        ['**saved-to-delivered** (difference of the two submit → status medians)', formatMs(saveAndDeliverMs - saveMs)],
      ],
    ),
  ].join('\n');

  return {
    title: 'Reporting',
    markdown,
    budgets: [
      {
        name: 'Click-to-saved, including the screenshot (median)',
        target: `< ${formatMs(CLICK_TO_SAVED_BUDGET_MS)}`,
        measured: `${formatMs(clickToSaved.median)} (p95 ${formatMs(clickToSaved.p95)})`,
        met: clickToSaved.median < CLICK_TO_SAVED_BUDGET_MS,
      },
    ],
  };
}
