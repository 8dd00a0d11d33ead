import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../../tests/support/chromium';
import { scriptEvaluationMs, traceDuring } from '../lib/cdp';
import type { TraceEvent } from '../lib/cdp';
import { launchVariant } from '../lib/launch';
import type { BenchBrowser } from '../lib/launch';
import { startPageServer } from '../lib/page-server';
import type { PageServer } from '../lib/page-server';
import { formatBytes, formatMs, formatSummaryMs, table } from '../lib/report';
import type { SuiteResult } from '../lib/report';
import { summarize } from '../lib/stats';

const PAGE_CHECK_SCRIPT = 'content-scripts/page-check.js';
const CHECK_BUDGET_MS = 5;

export interface PageCheckOptions {
  pages: number;
}

/**
 * Main-thread cost of the on-device page check: evaluating its script at injection, and the idle
 * callback that extracts the page sample and scores it. The bench pages register no idle callbacks
 * of their own, so every `FireIdleCallback` trace event on them belongs to the page check.
 */
export async function runPageCheckSuite(options: PageCheckOptions): Promise<SuiteResult> {
  const source = readFileSync(join(EXTENSION_DIR, PAGE_CHECK_SCRIPT));
  const server = await startPageServer();
  const browser = await launchVariant('khienXanh');
  try {
    const small = await measure(browser, server, '/small.html', options.pages);
    const heavy = await measure(browser, server, '/heavy.html', options.pages);
    return describe(source, small, heavy, options.pages);
  } finally {
    await browser.close();
    await server.close();
  }
}

interface Samples {
  injection: number[];
  check: number[];
}

async function measure(browser: BenchBrowser, server: PageServer, path: string, count: number): Promise<Samples> {
  const page = await browser.context.newPage();
  const session = await browser.context.newCDPSession(page);
  const samples: Samples = { injection: [], check: [] };
  try {
    for (let index = 0; index < count + 1; index += 1) {
      const events = await traceDuring(session, async () => {
        await page.goto(server.urlFor(path), { waitUntil: 'load' });
        await page.waitForTimeout(1500);
      });
      const check = idleCallbackMs(events);
      if (check === 0) throw new Error(`No FireIdleCallback event in the trace of ${path}: is the page check registered?`);
      // The first load in a fresh renderer compiles without a code cache.
      if (index === 0) continue;
      samples.injection.push(scriptEvaluationMs(events, PAGE_CHECK_SCRIPT));
      samples.check.push(check);
    }
  } finally {
    await session.detach();
    await page.close();
  }
  return samples;
}

function idleCallbackMs(events: TraceEvent[]): number {
  return events.filter((event) => event.name === 'FireIdleCallback' && event.ph === 'X').reduce((total, event) => total + (event.dur ?? 0) / 1000, 0);
}

function describe(source: Buffer, small: Samples, heavy: Samples, pages: number): SuiteResult {
  const heavyCheck = summarize(heavy.check);
  const markdown = [
    `Each page was loaded ${pages} times (after one warm-up load) in a tab of the Khiên Xanh browser with the age group \`primary\`.`,
    '',
    table(
      ['figure', 'small page', 'heavy page'],
      [
        ['page-check.js evaluation at injection', formatSummaryMs(summarize(small.injection)), formatSummaryMs(summarize(heavy.injection))],
        ['idle-time check (extract + score)', formatSummaryMs(summarize(small.check)), formatSummaryMs(heavyCheck)],
      ],
    ),
    '',
    `page-check.js: ${formatBytes(source.length)} raw, ${formatBytes(gzipSync(source, { level: 9 }).length)} gzip -9.`,
  ].join('\n');

  return {
    title: 'Page check',
    markdown,
    budgets: [
      {
        name: 'Page check on the heavy page (median main-thread time)',
        target: `< ${CHECK_BUDGET_MS} ms`,
        measured: formatMs(heavyCheck.median),
        met: heavyCheck.median < CHECK_BUDGET_MS,
      },
    ],
  };
}
