import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { startPageServer } from '../lib/page-server';
import type { PageServer } from '../lib/page-server';
import { formatChange, formatRatio, formatSummaryMs, table } from '../lib/report';
import type { BudgetCheck, SuiteResult } from '../lib/report';
import { bootstrapMedianRatio, createRandom, launchSpread, shuffled, summarize } from '../lib/stats';
import type { RatioInterval } from '../lib/stats';
import { launchSwitchedBrowser } from '../lib/switched-browser';
import type { SwitchedBrowser } from '../lib/switched-browser';
import { listedHost } from './blocking';
import { BENCH_PAGES, BUDGET_RATIO, measureLoad, SETTLE_MS } from './page-load';
import type { PageId } from './page-load';

type Metric = 'loadMs' | 'fcpMs';
type State = 'on' | 'off';
type Samples = Record<PageId, Record<State, Record<Metric, number[]>>>;

/** Measured rounds in each block, after the warm-up rounds that follow a switch. */
const BLOCK_ROUNDS = 10;
/**
 * Rounds after each switch that are not measured. The probe loads that confirm a switch have
 * already started Khiên Xanh's worker again, so one round is expected to reach the steady state.
 */
const WARMUP_ROUNDS = 1;
/** Two blocks make a pair: Khiên Xanh on in the first browser, then in the second (or the reverse). */
const PAIR_ROUNDS = 2 * BLOCK_ROUNDS;
/** Pairs between two launches of the browsers. */
const PAIRS_PER_LAUNCH = 4;

export interface CrossoverOptions {
  /** The pages to measure. */
  pages: readonly PageId[];
  /** Pairs every page gets before its interval is checked. */
  minPairs: number;
  /** Pairs after which a page stops, even when its interval is still wider than the budget. */
  maxPairs: number;
  /** Stops starting new pairs after this many milliseconds. */
  timeLimitMs: number;
}

/**
 * Options from the environment: BENCH_BUDGET_PAGES (comma-separated page ids, default all),
 * BENCH_MIN_PAIRS (4), BENCH_MAX_PAIRS (500) and BENCH_BUDGET_MINUTES (100).
 */
export function crossoverOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): CrossoverOptions {
  const known = BENCH_PAGES.map((page) => page.id);
  const pages = env.BENCH_BUDGET_PAGES ? env.BENCH_BUDGET_PAGES.split(',').map((id) => id.trim()) : known;
  const unknown = pages.filter((id) => !known.includes(id as PageId));
  if (unknown.length > 0) throw new Error(`BENCH_BUDGET_PAGES: invalid page id ${unknown.join(', ')}; use ${known.join(', ')}`);
  return {
    pages: pages as PageId[],
    minPairs: Number(env.BENCH_MIN_PAIRS ?? 4),
    maxPairs: Number(env.BENCH_MAX_PAIRS ?? 500),
    timeLimitMs: Number(env.BENCH_BUDGET_MINUTES ?? 100) * 60_000,
  };
}

/**
 * Order in which the pages are measured. The cheaper pages go first, so the time they leave goes
 * to the heavy page, which needs the longest pairs. A page missing here is measured first.
 */
const PHASE_ORDER: readonly PageId[] = ['small', 'spa', 'heavy'];

/**
 * Measures the page-load budget as a crossover. Two browsers each hold the floor extension and
 * Khiên Xanh, and in every block Khiên Xanh is switched on in one and off in the other, the two
 * swapping roles from one block to the next. Each round loads the page in both browsers, one load
 * at a time, so what slows the machine for a moment hits both states. Each browser instance keeps
 * its own speed for its whole life (see "Page-load cost against the bare browser"). Here each
 * instance serves both states for the same number of rounds, so its speed weighs on both.
 *
 * The pages are measured one after another, each in its own browsers. When all pages shared the
 * rounds, the heavy page's loads slowed the next loads of the others in both states, so their
 * ratio changed when it stopped and the mix widened their intervals (recommendation 11 in
 * bench/method.ts). A page keeps being measured until the 95% interval of its `load` ratio is
 * narrower than the budget, after at least `minPairs` and at most `maxPairs` pairs of blocks. It
 * also stops when its share of the time runs out, which is the time left divided by the pages left.
 */
export async function runCrossoverPageLoadSuite(options: CrossoverOptions): Promise<SuiteResult> {
  const server = await startPageServer();
  const probeUrl = server.urlFor('/small.html', listedHost());
  const random = createRandom(20_261_205);
  const samples = emptySamples();
  const runs = Object.fromEntries(BENCH_PAGES.map((page) => [page.id, emptyRun()])) as Record<PageId, PageRun>;
  const phases = [...options.pages].sort((first, second) => PHASE_ORDER.indexOf(first) - PHASE_ORDER.indexOf(second));
  const started = performance.now();
  try {
    for (const [index, pageId] of phases.entries()) {
      const timeLeftMs = options.timeLimitMs - (performance.now() - started);
      const shareMs = timeLeftMs / (phases.length - index);
      runs[pageId] = await measurePage(pageId, { server, probeUrl, random, samples, options, shareMs });
    }
    // BENCH_SAMPLES_CROSSOVER=file.json keeps the raw load times for a closer look.
    if (process.env.BENCH_SAMPLES_CROSSOVER) writeFileSync(process.env.BENCH_SAMPLES_CROSSOVER, JSON.stringify(samples));
    return describe(samples, runs, performance.now() - started);
  } finally {
    await server.close();
  }
}

/** Pairs, browser launches and time spent on one page. */
interface PageRun {
  pairs: number;
  launches: number;
  elapsedMs: number;
}

function emptyRun(): PageRun {
  return { pairs: 0, launches: 0, elapsedMs: 0 };
}

interface PhaseContext {
  server: PageServer;
  probeUrl: string;
  random: () => number;
  samples: Samples;
  options: CrossoverOptions;
  /** Time after which the page starts no new pair, in milliseconds. */
  shareMs: number;
}

/** Runs pairs of blocks on one page until its interval is narrow enough or a limit is reached. */
async function measurePage(pageId: PageId, context: PhaseContext): Promise<PageRun> {
  const { server, probeUrl, random, samples, options, shareMs } = context;
  const url = server.urlFor(BENCH_PAGES.find((page) => page.id === pageId)!.path);
  const started = performance.now();
  const run = emptyRun();
  let browsers: SwitchedBrowser[] = [];
  try {
    // Two pairs always run, because the interval needs at least two.
    while (run.pairs < 2 || (performance.now() - started < shareMs && !isFinished(samples, pageId, run.pairs, options))) {
      if (run.pairs % PAIRS_PER_LAUNCH === 0) {
        await closeAll(browsers);
        browsers = [await launchSwitchedBrowser(), await launchSwitchedBrowser()];
        run.launches += 1;
      }
      // Which browser has Khiên Xanh on first alternates from pair to pair.
      for (const block of run.pairs % 2 === 0 ? [0, 1] : [1, 0]) {
        const states: State[] = browsers.map((_, index) => (index === block ? 'on' : 'off'));
        for (const [index, browser] of browsers.entries()) await browser.setKhienXanhEnabled(states[index] === 'on', probeUrl);
        const tabs = browsers.map((browser, index) => ({ page: browser.page, state: states[index]! }));
        for (let round = 0; round < WARMUP_ROUNDS; round += 1) await runRound(tabs, url, random, null);
        for (let round = 0; round < BLOCK_ROUNDS; round += 1) await runRound(tabs, url, random, samples[pageId]);
      }
      run.pairs += 1;
    }
  } finally {
    await closeAll(browsers);
  }
  run.elapsedMs = performance.now() - started;
  const interval = compareStates(samples, pageId, 'loadMs');
  console.log(`[bench] page-load budget: ${pageId} done after ${run.pairs} block pairs in ${(run.elapsedMs / 60_000).toFixed(1)} minutes (interval ${((interval.high - interval.low) * 100).toFixed(1)} points wide)`);
  return run;
}

async function closeAll(browsers: readonly SwitchedBrowser[]): Promise<void> {
  for (const browser of browsers) await browser.close();
}

function emptySamples(): Samples {
  const perState = () => ({ loadMs: [] as number[], fcpMs: [] as number[] });
  return Object.fromEntries(BENCH_PAGES.map((page) => [page.id, { on: perState(), off: perState() }])) as Samples;
}

/**
 * Loads the page once in each tab, the tabs in a new random order. With `samples`, the figures go
 * to the state each tab's browser is in. The single-page app's route changes are left to the
 * three-browser suite: they take longer than the app's load and are not part of the budget, so
 * here they would only slow the pairs down.
 */
async function runRound(tabs: readonly { page: Page; state: State }[], url: string, random: () => number, samples: Samples[PageId] | null): Promise<void> {
  for (const { page, state } of shuffled(tabs, random)) {
    const result = await measureLoad(page, url, false);
    await page.waitForTimeout(SETTLE_MS);
    if (!samples) continue;
    samples[state].loadMs.push(result.loadMs);
    samples[state].fcpMs.push(result.fcpMs);
  }
}

/**
 * Sample i of the "on" side and sample i of the "off" side come from the same round, and the
 * bootstrap resamples whole pairs of blocks, within which each browser served both states.
 */
function compareStates(samples: Samples, pageId: PageId, metric: Metric): RatioInterval {
  const { on, off } = samples[pageId];
  return bootstrapMedianRatio(on[metric], off[metric], { paired: true, blockSize: PAIR_ROUNDS });
}

/** Tells whether a page has reached the most pairs, or its `load` interval is narrower than the budget. */
function isFinished(samples: Samples, pageId: PageId, pairs: number, options: CrossoverOptions): boolean {
  if (pairs >= options.maxPairs) return true;
  if (pairs < options.minPairs) return false;
  const interval = compareStates(samples, pageId, 'loadMs');
  return interval.high - interval.low < BUDGET_RATIO - 1;
}

const METRIC_LABELS: Record<Metric, string> = {
  loadMs: '`load` event',
  fcpMs: 'first contentful paint',
};

function budgetStatus(interval: RatioInterval): boolean | 'unresolved' {
  if (interval.ratio > BUDGET_RATIO) return false;
  return interval.high <= BUDGET_RATIO ? true : 'unresolved';
}

function describe(samples: Samples, runs: Record<PageId, PageRun>, elapsedMs: number): SuiteResult {
  const measured = BENCH_PAGES.filter((page) => runs[page.id].pairs >= 2);
  const budgetPoints = ((BUDGET_RATIO - 1) * 100).toFixed(0);
  const rows: string[][] = [];
  const spreadRows: string[][] = [];
  const budgets: BudgetCheck[] = [];
  let widestWidth = 0;

  for (const pageDefinition of measured) {
    const run = runs[pageDefinition.id];
    for (const metric of ['loadMs', 'fcpMs'] as const) {
      const { on, off } = samples[pageDefinition.id];
      const interval = compareStates(samples, pageDefinition.id, metric);
      rows.push([pageDefinition.id, METRIC_LABELS[metric], formatSummaryMs(summarize(off[metric])), formatSummaryMs(summarize(on[metric])), formatRatio(interval)]);
      if (metric !== 'loadMs') continue;

      widestWidth = Math.max(widestWidth, interval.high - interval.low);
      budgets.push({
        name: `Page load, ${pageDefinition.label}: Khiên Xanh over the floor, crossover (median)`,
        target: `≤ +${budgetPoints}%`,
        measured: formatRatio(interval),
        met: budgetStatus(interval),
      });

      const spread = launchSpread(on.loadMs, off.loadMs, PAIR_ROUNDS, BUDGET_RATIO - 1);
      const minutesPerPair = run.elapsedMs / 60_000 / run.pairs;
      spreadRows.push([
        pageDefinition.id,
        `${run.pairs} in ${(run.elapsedMs / 60_000).toFixed(1)} min`,
        spread.ratios.map((ratio) => formatChange(ratio, 0)).join(' '),
        (spread.logSpread * 100).toFixed(1),
        `${spread.launchesForWidth} (${(spread.launchesForWidth * minutesPerPair).toFixed(0)} min)`,
      ]);
    }
  }

  const pairText = BENCH_PAGES.map((page) => `${page.id} ${runs[page.id].pairs}`).join(', ');
  const launches = BENCH_PAGES.reduce((sum, page) => sum + runs[page.id].launches, 0);
  const resolved = widestWidth < BUDGET_RATIO - 1;
  const markdown = [
    `Two browsers each hold the floor extension and Khiên Xanh. In each block Khiên Xanh is switched on (through \`chrome.management\`) in one browser and off in the other, and the next block swaps them; two blocks make a pair. The pages are measured one after another, each in browsers of its own. A block has ${BLOCK_ROUNDS} measured rounds after ${WARMUP_ROUNDS === 1 ? 'one warm-up round' : `${WARMUP_ROUNDS} warm-up rounds`}, and each round loads the page once in each browser, in a random order, with a pause of ${SETTLE_MS} ms after each load. The browsers are started again every ${PAIRS_PER_LAUNCH} pairs (${launches} launches, ${(elapsedMs / 60_000).toFixed(1)} minutes). A page stops once the 95% interval of its \`load\` is narrower than the ${budgetPoints}% budget (checked after every pair), or at the pair limit. It also stops when its share of the time is used up: the time left divided by the pages left. Pairs by page: ${pairText}, with ${BLOCK_ROUNDS * 2} loads per pair in each state.`,
    '',
    'Switched off, a browser is the floor. Switched on, it is the floor with Khiên Xanh beside it: both hold declarativeNetRequest rules, so the difference is Khiên Xanh\'s own cost, which the budget limits. Within a pair each browser instance serves both states equally, so its own speed weighs on both sides. Cells are median / p95. The last column is the ratio of medians as a percentage change, with its 95% paired bootstrap interval (loads paired by round, whole pairs of blocks resampled).',
    '',
    table(['page', 'metric', 'switched off (floor)', 'switched on (Khiên Xanh)', 'Khiên Xanh over the floor'], rows),
    '',
    `The widest 95% interval for \`load\` is ${(widestWidth * 100).toFixed(1)} percentage points wide, ${resolved ? 'narrower than the budget' : 'not narrower than the budget'}.`,
    '',
    `Pair by pair, \`load\` as the ratio of medians over the pair's two blocks, and how many pairs an interval narrower than ${budgetPoints} points needs at that spread. The time in brackets is what those pairs would take at the page's pace in this run.`,
    '',
    table(['page', 'pairs', 'per pair', 'spread (SD of log ratio, points)', `pairs for a ${budgetPoints}-point interval`], spreadRows),
  ].join('\n');
  return { title: 'Page-load budget: Khiên Xanh switched on in each of two browsers in turn', markdown, budgets };
}
