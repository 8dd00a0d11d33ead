import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { launchVariant } from '../lib/launch';
import type { BenchBrowser, Variant } from '../lib/launch';
import { readLoadTiming } from '../lib/page-timing';
import { startPageServer } from '../lib/page-server';
import type { PageServer } from '../lib/page-server';
import { formatChange, formatRatio, formatSummaryMs, table } from '../lib/report';
import type { SuiteResult } from '../lib/report';
import { bootstrapMedianRatio, createRandom, launchSpread, shuffled, summarize } from '../lib/stats';
import type { BootstrapOptions, RatioInterval } from '../lib/stats';

const VARIANTS: Variant[] = ['bare', 'floor', 'khienXanh'];
export const BENCH_PAGES = [
  { id: 'small', path: '/small.html', label: 'small page' },
  { id: 'heavy', path: '/heavy.html', label: 'heavy page (40 images, 12 scripts, 8 stylesheets, 4 iframes)' },
  { id: 'spa', path: '/app/lessons', label: 'single-page app' },
] as const;
export type PageId = (typeof BENCH_PAGES)[number]['id'];
type Metric = 'loadMs' | 'fcpMs' | 'routesMs';

const SPA_ROUTE_CHANGES = 10;
/**
 * Pause after each load, and before the single-page app's route changes. Khiên Xanh does its work
 * after `load`: the content script's injection, the button and the page check. Without the pause,
 * that work would run during the next load, in whichever browser came next. The route changes
 * would meet it too, whereas a child clicks seconds after the page appeared. In 15 loads of each
 * page, the button was in the page a median 30 ms after `load` on the small page and 84 ms on the
 * heavy page (at most 63 and 210 ms). The page check runs in the next idle moment and takes
 * 1–3 ms, so 150 ms covers nearly every load. A late one on the heavy page lands early in the next
 * load, which lasts over a second.
 */
export const SETTLE_MS = 150;
/** Warm-up rounds after each launch of the browsers, dropped from the figures. */
const WARMUP_ROUNDS = 3;
/** Measured rounds between two launches of the browsers. */
const BLOCK_ROUNDS = 20;
/** Page-load budget: Khiên Xanh's median at most this much above the floor's. */
export const BUDGET_RATIO = 1.03;
/**
 * Sample i of every variant comes from round i, and the rounds between two relaunches share the
 * same browser instances. The bootstrap therefore resamples whole launches of BLOCK_ROUNDS rounds,
 * or single rounds in a run too short for two launches (BENCH_QUICK).
 */
function pairedFor(samples: readonly number[]): BootstrapOptions {
  return samples.length > BLOCK_ROUNDS ? { paired: true, blockSize: BLOCK_ROUNDS } : { paired: true };
}

export interface PageLoadOptions {
  /** Measured rounds of every page. */
  rounds: number;
  /** Stops starting new rounds after this many milliseconds, so a slow machine still finishes. */
  timeLimitMs: number;
}

interface Tab {
  browser: BenchBrowser;
  page: Page;
}

type Samples = Record<PageId, Record<Variant, Record<Metric, number[]>>>;

/**
 * Loads every page in all three browsers, one load at a time. Each round visits the pages in a
 * fixed order and the variants in a new random order, so drift over the run (thermal, cache,
 * background work) spreads evenly over the variants. Every BLOCK_ROUNDS rounds all browsers are
 * closed and started again. What one browser instance happens to get (which core its processes
 * run on, the state of its GPU process) then counts as noise in the interval, instead of biasing
 * one variant for the whole run.
 *
 * These figures compare three browser instances, so they carry the instances' own differences.
 * The budget is therefore judged in a crossover of two browsers (page-load-crossover.ts).
 */
export async function runPageLoadSuite(options: PageLoadOptions): Promise<SuiteResult> {
  const server = await startPageServer();
  let tabs: Tab[] = [];
  try {
    const samples = emptySamples();
    const random = createRandom(20_260_101);
    let started = 0;
    let rounds = 0;
    let launches = 0;
    while (rounds < options.rounds && (rounds === 0 || performance.now() - started < options.timeLimitMs)) {
      if (rounds % BLOCK_ROUNDS === 0) {
        await closeTabs(tabs);
        tabs = await launchTabs(random);
        launches += 1;
        for (let round = 0; round < WARMUP_ROUNDS; round += 1) await runRound(tabs, server, random, null);
        if (rounds === 0) started = performance.now();
      }
      await runRound(tabs, server, random, samples);
      rounds += 1;
    }
    const elapsedMs = performance.now() - started;
    // BENCH_SAMPLES=file.json keeps the raw load times for a closer look.
    if (process.env.BENCH_SAMPLES) writeFileSync(process.env.BENCH_SAMPLES, JSON.stringify(samples));
    return describe(samples, rounds, launches, elapsedMs);
  } finally {
    await closeTabs(tabs);
    await server.close();
  }
}

/**
 * Starts one browser per variant, in a random order, each with one tab. The tab is reused: each
 * load is a new document in the same renderer process, as when a child follows links within a
 * site, and the variance of starting a process per load stays out of the comparison.
 */
async function launchTabs(random: () => number): Promise<Tab[]> {
  const tabs: Tab[] = [];
  for (const variant of shuffled(VARIANTS, random)) {
    const browser = await launchVariant(variant);
    tabs.push({ browser, page: await browser.context.newPage() });
  }
  return tabs;
}

async function closeTabs(tabs: Tab[]): Promise<void> {
  for (const { browser } of tabs) await browser.close();
}

function emptySamples(): Samples {
  const perVariant = () => Object.fromEntries(VARIANTS.map((variant) => [variant, { loadMs: [] as number[], fcpMs: [] as number[], routesMs: [] as number[] }]));
  return Object.fromEntries(BENCH_PAGES.map((page) => [page.id, perVariant()])) as Samples;
}

/** Ratio of `variant`'s median to `reference`'s on one page and metric, with its 95% interval. */
function compareVariants(samples: Samples, pageId: PageId, metric: Metric, variant: Variant, reference: Variant): RatioInterval {
  const of = (name: Variant) => samples[pageId][name][metric];
  return bootstrapMedianRatio(of(variant), of(reference), pairedFor(of(reference)));
}

async function runRound(tabs: Tab[], server: PageServer, random: () => number, samples: Samples | null): Promise<void> {
  for (const pageDefinition of BENCH_PAGES) {
    for (const { browser, page } of shuffled(tabs, random)) {
      const result = await measureLoad(page, server.urlFor(pageDefinition.path), pageDefinition.id === 'spa');
      await page.waitForTimeout(SETTLE_MS);
      if (!samples) continue;
      const target = samples[pageDefinition.id][browser.variant];
      target.loadMs.push(result.loadMs);
      target.fcpMs.push(result.fcpMs);
      if (result.routesMs !== null) target.routesMs.push(result.routesMs);
    }
  }
}

/** Loads `url` and reads its timings. With `timeRoutes` (single-page app only), also times its route changes. */
export async function measureLoad(page: Page, url: string, timeRoutes: boolean): Promise<{ loadMs: number; fcpMs: number; routesMs: number | null }> {
  await page.goto(url, { waitUntil: 'load' });
  const timing = await readLoadTiming(page);
  if (!timeRoutes) return { ...timing, routesMs: null };
  await page.waitForTimeout(SETTLE_MS);

  const routesMs = await page.evaluate((count) => (window as unknown as { benchNavigate(count: number): Promise<number> }).benchNavigate(count), SPA_ROUTE_CHANGES);
  return { ...timing, routesMs };
}

const VARIANT_LABELS: Record<Variant, string> = { bare: 'bare', floor: 'floor', khienXanh: 'Khiên Xanh', plainRedirect: 'plain redirect' };

const METRIC_LABELS: Record<Metric, string> = {
  loadMs: '`load` event',
  fcpMs: 'first contentful paint',
  routesMs: `${SPA_ROUTE_CHANGES} pushState route changes`,
};

function describe(samples: Samples, rounds: number, launches: number, elapsedMs: number): SuiteResult {
  const rows: string[][] = [];
  let widestHalfWidth = 0;
  const loads = rounds * BENCH_PAGES.length * VARIANTS.length;

  for (const pageDefinition of BENCH_PAGES) {
    const metrics: Metric[] = pageDefinition.id === 'spa' ? ['loadMs', 'fcpMs', 'routesMs'] : ['loadMs', 'fcpMs'];
    for (const metric of metrics) {
      const of = (variant: Variant) => samples[pageDefinition.id][variant][metric];
      const compare = (variant: Variant, reference: Variant) => compareVariants(samples, pageDefinition.id, metric, variant, reference);
      const versusFloor = compare('khienXanh', 'floor');
      if (metric === 'loadMs') widestHalfWidth = Math.max(widestHalfWidth, (versusFloor.high - versusFloor.low) / 2);
      rows.push([
        pageDefinition.id,
        METRIC_LABELS[metric],
        ...VARIANTS.map((variant) => formatSummaryMs(summarize(of(variant)))),
        formatRatio(compare('floor', 'bare')),
        formatRatio(compare('khienXanh', 'bare')),
        formatRatio(versusFloor),
      ]);
    }
  }

  const markdown = [
    `${rounds} measured rounds in ${launches} launches of the browsers (each followed by ${WARMUP_ROUNDS} warm-up rounds), in ${(elapsedMs / 1000).toFixed(0)} s. Each round loads each page once in each of the three browsers, with a pause of ${SETTLE_MS} ms after each load (${loads} measured loads in all). The run stops at BENCH_ROUNDS rounds or after BENCH_PAGELOAD_MINUTES.`,
    '',
    `Cells are median / p95. The change columns are the ratio of medians as a percentage change with its 95% paired bootstrap interval (launches of ${BLOCK_ROUNDS} rounds resampled).`,
    '',
    table(
      ['page', 'metric', 'bare', 'floor', 'Khiên Xanh', 'floor vs bare', 'Khiên Xanh vs bare', 'Khiên Xanh vs floor'],
      rows,
    ),
    '',
    `The widest 95% interval of "Khiên Xanh vs floor" for \`load\` is ±${(widestHalfWidth * 100).toFixed(1)} percentage points. Three browser instances differ by more than the budget (below), so the budget is judged in a crossover, in the section before this one.`,
    '',
    describeLaunchSpread(samples, rounds, elapsedMs / launches),
  ].join('\n');
  return { title: 'Page-load cost against the bare browser', markdown, budgets: [] };
}

/**
 * Shows how far apart the launches are: the ratio of medians within each launch for `load`, and
 * how many launches an interval narrower than the budget would need at that spread.
 */
function describeLaunchSpread(samples: Samples, rounds: number, msPerLaunch: number): string {
  if (rounds < 2 * BLOCK_ROUNDS) return `The run had fewer than two full launches of ${BLOCK_ROUNDS} rounds, so the spread between launches is not shown.`;

  const budgetPoints = ((BUDGET_RATIO - 1) * 100).toFixed(0);
  const comparisons: [Variant, Variant][] = [
    ['khienXanh', 'floor'],
    ['floor', 'bare'],
  ];
  let launchesNeeded = 0;
  const rows = BENCH_PAGES.flatMap((page) =>
    comparisons.map(([variant, reference]) => {
      const spread = launchSpread(samples[page.id][variant].loadMs, samples[page.id][reference].loadMs, BLOCK_ROUNDS, BUDGET_RATIO - 1);
      if (variant === 'khienXanh') launchesNeeded = Math.max(launchesNeeded, spread.launchesForWidth);
      return [
        page.id,
        `${VARIANT_LABELS[variant]} vs ${VARIANT_LABELS[reference]}`,
        spread.ratios.map((ratio) => formatChange(ratio, 0)).join(' '),
        (spread.logSpread * 100).toFixed(1),
        `${spread.launchesForWidth}`,
      ];
    }),
  );
  const hours = (launchesNeeded * msPerLaunch) / 3_600_000;
  return [
    `Launch by launch, \`load\` as the ratio of medians over each launch's ${BLOCK_ROUNDS} rounds. The floor and the bare browser differ by the same extension in every launch, so the spread of their ratio is the spread of the browser instances themselves. The last column estimates, from the spread, how many launches a 95% interval narrower than the ${budgetPoints}% budget needs. For Khiên Xanh against the floor, at ${(msPerLaunch / 1000).toFixed(0)} s per launch in this run, the page that needs the most launches would take ${hours.toFixed(0)} hours.`,
    '',
    table(['page', 'comparison', 'per launch', 'spread (SD of log ratio, points)', `launches for a ${budgetPoints}-point interval`], rows),
  ].join('\n');
}
