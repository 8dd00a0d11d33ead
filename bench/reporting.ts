/**
 * Reporting benchmark: latency from pressing "send" to "saved" on screen, from saving a report to
 * the loopback receiver storing it, and outbox throughput for 500 queued reports. Runs the built
 * extension in headless Chromium against tests/support/report-receiver.ts and writes the results
 * to docs/benchmarks-reporting.md.
 *
 * Run: BLOCKLISTS_DIR=… npm run build && npx jiti bench/reporting.ts
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { CHROMIUM_PATH, launchWithExtension } from '../tests/support/chromium';
import type { ExtensionBrowser } from '../tests/support/chromium';
import { startReportReceiver } from '../tests/support/report-receiver';
import type { ReportReceiver } from '../tests/support/report-receiver';
import { startSiteServer } from '../tests/support/site-server';

const LATENCY_RUNS = Number(process.env.BENCH_LATENCY_RUNS ?? 20);
const QUEUED_REPORTS = Number(process.env.BENCH_QUEUED_REPORTS ?? 500);
const OUTPUT = resolve('docs/benchmarks-reporting.md');
const CAPTURE_SPACING_MS = 600;

interface Summary {
  runs: number;
  median: number;
  p95: number;
}

function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
  return { runs: sorted.length, median: at(0.5), p95: at(0.95) };
}

async function setEndpoint(browser: ExtensionBrowser, endpoint: string | null): Promise<void> {
  await browser.serviceWorker.evaluate(async (reportEndpoint) => {
    const stored = await chrome.storage.local.get('parentSettings');
    await chrome.storage.local.set({ parentSettings: { ...(stored.parentSettings ?? {}), reportEndpoint } });
  }, endpoint);
}

async function openForm(page: Page, extensionId: string): Promise<Frame> {
  const overlay = page.locator('khien-xanh-overlay');
  await overlay.waitFor({ state: 'visible' });
  const box = (await overlay.boundingBox())!;
  await overlay.click({ position: { x: box.width - 24, y: box.height / 2 } });
  for (;;) {
    const frame = page.frames().find((candidate) => candidate.url().startsWith(`chrome-extension://${extensionId}/report.html`));
    if (frame) return frame;
    await page.waitForTimeout(10);
  }
}

/** Sends one report through the in-page form; returns ms from the click on "send" to the status. */
async function reportOnce(page: Page, browser: ExtensionBrowser, url: string): Promise<{ clickToStatus: number; id: string }> {
  // Chrome allows about two captureVisibleTab calls per second; stay under that between runs.
  await page.waitForTimeout(CAPTURE_SPACING_MS);
  await page.goto(url);
  const form = await openForm(page, browser.extensionId);
  await form.getByLabel('Bắt nạt, chế giễu, đe dọa').check();
  await form.getByTestId('screenshot-canvas').waitFor();
  const send = form.getByRole('button', { name: 'Gửi báo cáo' });

  const started = performance.now();
  await send.click();
  const status = form.getByTestId('report-status');
  await status.waitFor();
  const clickToStatus = performance.now() - started;
  return { clickToStatus, id: (await status.getAttribute('data-report-id'))! };
}

async function measureLatency(browser: ExtensionBrowser, receiver: ReportReceiver, pageUrl: string) {
  const page = await browser.context.newPage();
  await setEndpoint(browser, null);
  const clickToSaved: number[] = [];
  for (let run = 0; run < LATENCY_RUNS; run += 1) clickToSaved.push((await reportOnce(page, browser, pageUrl)).clickToStatus);

  await setEndpoint(browser, receiver.url);
  const clickToDelivered: number[] = [];
  const savedToDelivered: number[] = [];
  for (let run = 0; run < LATENCY_RUNS; run += 1) {
    const { clickToStatus, id } = await reportOnce(page, browser, pageUrl);
    clickToDelivered.push(clickToStatus);
    const stored = receiver.storedAt(id);
    const report = receiver.reports().find((candidate) => candidate.id === id);
    if (stored === undefined || !report) throw new Error(`Report ${id} was not stored by the receiver`);
    savedToDelivered.push(stored - Date.parse(report.createdAt));
  }
  await page.close();
  return { clickToSaved: summarize(clickToSaved), clickToDelivered: summarize(clickToDelivered), savedToDelivered: summarize(savedToDelivered) };
}

async function measureThroughput(browser: ExtensionBrowser, receiver: ReportReceiver) {
  await setEndpoint(browser, null);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);

  const enqueueMs = await popup.evaluate(async (count) => {
    const started = performance.now();
    for (let index = 0; index < count; index += 1) {
      await chrome.runtime.sendMessage({ type: 'requestUnblock', data: { url: `https://site-${index}.example.vn/`, description: `Báo cáo số ${index}` } });
    }
    return performance.now() - started;
  }, QUEUED_REPORTS);

  const before = receiver.reports().length;
  await setEndpoint(browser, receiver.url);
  const deliverMs = await popup.evaluate(async () => {
    const started = performance.now();
    const reply = await chrome.runtime.sendMessage({ type: 'deliverNow', data: {} });
    if (!reply?.ok) throw new Error(`deliverNow failed: ${JSON.stringify(reply)}`);
    return performance.now() - started;
  });
  const delivered = receiver.reports().length - before;
  if (delivered !== QUEUED_REPORTS) throw new Error(`Expected ${QUEUED_REPORTS} delivered reports, the receiver stored ${delivered}`);
  return { enqueueMs, deliverMs };
}

function environment(): string[] {
  const chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).trim().split('\n').at(-1);
  return [
    `- CPU: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} logical cores; RAM ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Load average at start (1 min): ${loadavg()[0]!.toFixed(1)}`,
    `- ${chromium}, headless; Node.js ${process.version}`,
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
  ];
}

async function main(): Promise<void> {
  const env = environment();
  const site = await startSiteServer();
  const receiver = await startReportReceiver();
  const browser = await launchWithExtension();
  try {
    const latency = await measureLatency(browser, receiver, site.urlFor('forum.example.test'));
    const throughput = await measureThroughput(browser, receiver);
    writeFileSync(OUTPUT, renderResults(env, latency, throughput));
    console.log(`Wrote ${OUTPUT}`);
  } finally {
    await browser.close();
    await receiver.close();
    await site.close();
  }
}

function row(name: string, summary: Summary): string {
  return `| ${name} | ${summary.runs} | ${summary.median.toFixed(0)} | ${summary.p95.toFixed(0)} |`;
}

function renderResults(
  env: string[],
  latency: Awaited<ReturnType<typeof measureLatency>>,
  throughput: Awaited<ReturnType<typeof measureThroughput>>,
): string {
  const perSecond = (ms: number) => ((QUEUED_REPORTS / ms) * 1000).toFixed(0);
  return `# Reporting benchmarks

Written by \`npx jiti bench/reporting.ts\` (after \`npm run build\`): the built extension in headless
Chromium, the loopback reference receiver (\`tests/support/report-receiver.ts\`) and the loopback
test site. Numbers from one run on the machine below; other work on the machine changes them.

${env.join('\n')}

## Latency (ms)

| measure | runs | median | p95 |
|---|---|---|---|
${row('click on "send" → "saved" shown (no endpoint)', latency.clickToSaved)}
${row('click on "send" → "sent" shown (loopback endpoint)', latency.clickToDelivered)}
${row('report saved → stored by the receiver', latency.savedToDelivered)}

- Each report is a "bullying" report with a 1280×800 screenshot, sent through the in-page form.
- "Shown" is when Playwright finds the status line; its polling adds a little to each number.
- "Saved" starts at the report's \`createdAt\`, set just before the outbox write, and ends when the
  receiver stores it; both clocks are this machine's.

## Outbox throughput (${QUEUED_REPORTS} queued reports)

| step | total (ms) | reports per second |
|---|---|---|
| save ${QUEUED_REPORTS} reports one after another (no endpoint) | ${throughput.enqueueMs.toFixed(0)} | ${perSecond(throughput.enqueueMs)} |
| deliver all ${QUEUED_REPORTS} with one "send now" | ${throughput.deliverMs.toFixed(0)} | ${perSecond(throughput.deliverMs)} |

- The reports are sent from an extension page as \`requestUnblock\` messages (the block page's
  request: no screenshot), each saved in its own IndexedDB transaction.
- Delivery sends one report at a time, each with its own HTTP request.
`;
}

await main();
