import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../../tests/support/chromium';
import { idleCallbackMs, scriptEvaluationMs, traceDuring, usedJsHeapBytes } from '../lib/cdp';
import { launchVariant } from '../lib/launch';
import type { BenchBrowser, Variant } from '../lib/launch';
import { startPageServer } from '../lib/page-server';
import type { PageServer } from '../lib/page-server';
import { formatBytes, formatMs, table } from '../lib/report';
import type { SuiteResult } from '../lib/report';
import { median, summarize } from '../lib/stats';

const CONTENT_SCRIPT = 'content-script.js';
const GZIP_BUDGET_BYTES = 10 * 1024;
const INJECTION_BUDGET_MS = 1;
const OVERLAY_SELECTOR = 'khien-xanh-overlay';
/**
 * The `requestIdleCallback` timeout of the content script's start (`START_TIMEOUT_MS` in
 * entrypoints/content-script.ts), which distinguishes its idle callback from the page check's.
 */
const START_IDLE_TIMEOUT_MS = 1000;
/** Pause after the button appears, so that its idle callback's trace event is complete. */
const AFTER_BUTTON_MS = 100;

export interface ContentScriptOptions {
  injections: number;
  memoryTabs: number;
}

/** Bytes injected per page, main-thread time of the injection, and JS heap added per tab. */
export async function runContentScriptSuite(options: ContentScriptOptions): Promise<SuiteResult> {
  const source = readFileSync(join(EXTENSION_DIR, CONTENT_SCRIPT));
  const gzipBytes = gzipSync(source, { level: 9 }).length;
  const framework = frameworkMarkers(source.toString('utf8'));

  const server = await startPageServer();
  const browsers: BenchBrowser[] = [];
  try {
    for (const variant of ['bare', 'floor', 'khienXanh'] as Variant[]) browsers.push(await launchVariant(variant));
    const [bare, floor, khienXanh] = browsers as [BenchBrowser, BenchBrowser, BenchBrowser];
    const injection = {
      small: await measureInjections(khienXanh, server, '/small.html', options.injections),
      heavy: await measureInjections(khienXanh, server, '/heavy.html', options.injections),
    };
    const heap = await measureHeap([bare, floor, khienXanh], server, options.memoryTabs);
    return describe({ rawBytes: source.length, gzipBytes, framework, injection, heap, options });
  } finally {
    for (const browser of browsers) await browser.close();
    await server.close();
  }
}

/** Names of framework code found in the content script (empty when it carries none). */
function frameworkMarkers(source: string): string[] {
  const markers: [string, RegExp][] = [
    ['preact', /preact|__PREACT|\$\$typeof/],
    ['zod', /ZodError|zod/],
    ['dynamic import', /\bimport\(/],
  ];
  return markers.filter(([, pattern]) => pattern.test(source)).map(([name]) => name);
}

interface InjectionSamples {
  /** Durations of the script's evaluation in the injection task, in milliseconds. */
  evaluation: number[];
  /** Durations of the idle callback that builds the button, in milliseconds. */
  start: number[];
}

async function measureInjections(browser: BenchBrowser, server: PageServer, path: string, count: number): Promise<InjectionSamples> {
  const page = await browser.context.newPage();
  const session = await browser.context.newCDPSession(page);
  const samples: InjectionSamples = { evaluation: [], start: [] };
  try {
    for (let index = 0; index < count + 1; index += 1) {
      const events = await traceDuring(session, async () => {
        await page.goto(server.urlFor(path), { waitUntil: 'load' });
        await page.waitForSelector(OVERLAY_SELECTOR, { state: 'attached' });
        await page.waitForTimeout(AFTER_BUTTON_MS);
      });
      const evaluation = scriptEvaluationMs(events, CONTENT_SCRIPT);
      if (evaluation === 0) throw new Error(`No EvaluateScript event for ${CONTENT_SCRIPT} in the trace of ${path}`);
      const start = idleCallbackMs(events, START_IDLE_TIMEOUT_MS);
      if (start === 0) throw new Error(`Start idle callback of ${CONTENT_SCRIPT} not found in the trace of ${path}: check that START_IDLE_TIMEOUT_MS matches START_TIMEOUT_MS in entrypoints/content-script.ts`);
      // The first injection in a fresh renderer also pays for compiling without a code cache.
      if (index === 0) continue;
      samples.evaluation.push(evaluation);
      samples.start.push(start);
    }
  } finally {
    await session.detach();
    await page.close();
  }
  return samples;
}

type HeapSamples = Record<'bare' | 'floor' | 'khienXanh', number[]>;

/** Opens the small page in a new tab of each browser in turn and reads the tab's used JS heap. */
async function measureHeap(browsers: BenchBrowser[], server: PageServer, count: number): Promise<HeapSamples> {
  const heap: HeapSamples = { bare: [], floor: [], khienXanh: [] };
  for (let round = 0; round < count; round += 1) {
    for (const browser of browsers) {
      const page = await browser.context.newPage();
      const session = await browser.context.newCDPSession(page);
      await page.goto(server.urlFor('/small.html'), { waitUntil: 'load' });
      if (browser.variant === 'khienXanh') await page.waitForSelector(OVERLAY_SELECTOR, { state: 'attached' });
      await page.waitForTimeout(300);
      heap[browser.variant as keyof HeapSamples].push(await usedJsHeapBytes(page, session));
      await session.detach();
      await page.close();
    }
  }
  return heap;
}

interface Measured {
  rawBytes: number;
  gzipBytes: number;
  framework: string[];
  injection: { small: InjectionSamples; heavy: InjectionSamples };
  heap: HeapSamples;
  options: ContentScriptOptions;
}

function describe(measured: Measured): SuiteResult {
  const small = summarize(measured.injection.small.evaluation);
  const heavy = summarize(measured.injection.heavy.evaluation);
  const smallStart = summarize(measured.injection.small.start);
  const heavyStart = summarize(measured.injection.heavy.start);
  const heapMedian = (variant: keyof HeapSamples) => median(measured.heap[variant]);
  const addedHeap = heapMedian('khienXanh') - heapMedian('bare');

  const markdown = [
    table(
      ['figure', 'value'],
      [
        ['content-script.js, raw', formatBytes(measured.rawBytes)],
        ['content-script.js, gzip -9', formatBytes(measured.gzipBytes)],
        ['framework code in content-script.js', measured.framework.length === 0 ? 'none (no Preact, no zod, no dynamic import)' : measured.framework.join(', ')],
        [`evaluation at injection, small page (median / p95 of ${small.count})`, `${formatMs(small.median)} / ${formatMs(small.p95)}`],
        [`evaluation at injection, heavy page (median / p95 of ${heavy.count})`, `${formatMs(heavy.median)} / ${formatMs(heavy.p95)}`],
        [`idle callback that builds the button, small page (median / p95 of ${smallStart.count})`, `${formatMs(smallStart.median)} / ${formatMs(smallStart.p95)}`],
        [`idle callback that builds the button, heavy page (median / p95 of ${heavyStart.count})`, `${formatMs(heavyStart.median)} / ${formatMs(heavyStart.p95)}`],
        [`used JS heap per tab, small page, bare (median of ${measured.heap.bare.length})`, formatBytes(heapMedian('bare'))],
        ['used JS heap per tab, floor', formatBytes(heapMedian('floor'))],
        ['used JS heap per tab, Khiên Xanh', formatBytes(heapMedian('khienXanh'))],
        ['JS heap added per tab by Khiên Xanh (difference of medians)', `${addedHeap >= 0 ? '+' : '−'}${formatBytes(Math.abs(addedHeap))}`],
      ],
    ),
    '',
    'At injection the script only requests an idle callback. Reading the page\'s document and `chrome` for the first time builds their objects in the isolated world, so those reads and the button wait for the idle callback, which runs while the page has nothing else to do. The page check\'s own idle callback is under "Page check".',
  ].join('\n');

  return {
    title: 'Content-script cost',
    markdown,
    budgets: [
      { name: 'Content script size (gzip)', target: `≤ ${formatBytes(GZIP_BUDGET_BYTES)}`, measured: formatBytes(measured.gzipBytes), met: measured.gzipBytes <= GZIP_BUDGET_BYTES },
      { name: 'No framework in the content script', target: 'none', measured: measured.framework.length === 0 ? 'none' : measured.framework.join(', '), met: measured.framework.length === 0 },
      {
        name: 'Main-thread time at injection (median, small page)',
        target: `≤ ${formatMs(INJECTION_BUDGET_MS)}`,
        measured: formatMs(small.median),
        met: small.median <= INJECTION_BUDGET_MS,
      },
    ],
  };
}
