import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { describeMachine } from './lib/machine';
import type { Machine } from './lib/machine';
import { table } from './lib/report';
import type { SuiteResult } from './lib/report';
import { COST_SOURCES, METHOD, RECOMMENDATIONS } from './method';
import { runBlockingSuite } from './suites/blocking';
import { runContentScriptSuite } from './suites/content-script';
import { runPackageSuite } from './suites/package';
import { runPageCheckSuite } from './suites/page-check';
import { runPageLoadSuite } from './suites/page-load';
import { crossoverOptionsFromEnv, runCrossoverPageLoadSuite } from './suites/page-load-crossover';
import { runReportingSuite } from './suites/reporting';
import { runServiceWorkerSuite } from './suites/service-worker';

/** BENCH_QUICK=1 runs every suite with a few samples (about two minutes), to check the harness. */
const quick = process.env.BENCH_QUICK === '1';
const OUTPUT = process.env.BENCH_OUTPUT ?? 'docs/benchmarks.md';

/**
 * Page load against the bare browser: BENCH_ROUNDS rounds, or BENCH_PAGELOAD_MINUTES. The budget's
 * crossover takes its settings from the environment too (crossoverOptionsFromEnv).
 */
const SETTINGS = quick
  ? { rounds: 5, pageLoadLimitMs: 60_000, crossover: { ...crossoverOptionsFromEnv(), minPairs: 2, maxPairs: 2 }, injections: 5, memoryTabs: 3, coldStarts: 5, pageLoadWakes: 5, memoryLaunches: 1, navigations: 4, launches: 1, reports: 3, pageChecks: 3 }
  : {
      rounds: Number(process.env.BENCH_ROUNDS ?? 60),
      pageLoadLimitMs: Number(process.env.BENCH_PAGELOAD_MINUTES ?? 15) * 60_000,
      crossover: crossoverOptionsFromEnv(),
      injections: 20,
      memoryTabs: 8,
      coldStarts: 20,
      pageLoadWakes: 20,
      memoryLaunches: 3,
      navigations: 15,
      launches: 5,
      reports: 10,
      pageChecks: 15,
    };

async function main(): Promise<void> {
  const machine = describeMachine();
  const loadBefore = loadavg()[0]!;
  const started = performance.now();
  const suites: [string, () => Promise<SuiteResult> | SuiteResult][] = [
    ['package', () => runPackageSuite()],
    ['page-load budget', () => runCrossoverPageLoadSuite(SETTINGS.crossover)],
    ['page load', () => runPageLoadSuite({ rounds: SETTINGS.rounds, timeLimitMs: SETTINGS.pageLoadLimitMs })],
    ['content script', () => runContentScriptSuite({ injections: SETTINGS.injections, memoryTabs: SETTINGS.memoryTabs })],
    ['service worker', () => runServiceWorkerSuite({ coldStarts: SETTINGS.coldStarts, memorySamples: SETTINGS.memoryLaunches, pageLoadWakes: SETTINGS.pageLoadWakes })],
    ['blocking', () => runBlockingSuite({ navigations: SETTINGS.navigations, launches: SETTINGS.launches })],
    ['reporting', () => runReportingSuite({ reports: SETTINGS.reports })],
    ['page check', () => runPageCheckSuite({ pages: SETTINGS.pageChecks })],
  ];

  const results: SuiteResult[] = [];
  for (const [name, run] of suites) {
    const suiteStarted = performance.now();
    console.log(`[bench] ${name}: started`);
    results.push(await run());
    console.log(`[bench] ${name}: finished in ${((performance.now() - suiteStarted) / 1000).toFixed(0)} s`);
  }

  const minutes = (performance.now() - started) / 60_000;
  writeFileSync(OUTPUT, render(machine, results, { loadBefore, loadAfter: loadavg()[0]!, minutes }));
  console.log(`[bench] wrote ${OUTPUT} after ${minutes.toFixed(1)} min`);
}

function render(machine: Machine, results: SuiteResult[], run: { loadBefore: number; loadAfter: number; minutes: number }): string {
  const budgets = results.flatMap((result) => result.budgets);
  return [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\`${quick ? ' with BENCH_QUICK=1 (few samples: indicative only)' : ''} on ${machine.date}. The whole run took ${run.minutes.toFixed(1)} minutes.`,
    '',
    '## Machine',
    '',
    table(
      ['', ''],
      [
        ['CPU', `${machine.cpuModel}, ${machine.cores} cores`],
        ['memory', `${machine.memoryGiB.toFixed(1)} GiB`],
        ['browser', `${machine.chromiumVersion}, headless`],
        ['Node.js', machine.nodeVersion],
        ['1-minute load average', `${run.loadBefore.toFixed(1)} at the start, ${run.loadAfter.toFixed(1)} at the end`],
      ],
    ),
    '',
    '## Budgets',
    '',
    table(['budget', 'target', 'measured', 'met'], budgets.map((budget) => [budget.name, budget.target, budget.measured, formatMet(budget.met)])),
    '',
    ...results.flatMap((result) => [`## ${result.title}`, '', result.markdown, '']),
    METHOD,
    '',
    COST_SOURCES,
    '',
    RECOMMENDATIONS,
    '',
  ].join('\n');
}

function formatMet(met: boolean | 'unresolved'): string {
  if (met === 'unresolved') return 'not resolved: the median meets it, the interval crosses it';
  return met ? 'yes' : '**no**';
}

await main();
