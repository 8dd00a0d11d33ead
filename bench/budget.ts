/**
 * `npm run bench:budget`: the page-load budget's crossover alone (bench/suites/page-load-crossover.ts),
 * printed instead of written to docs/benchmarks.md. For a long run on one page, e.g.
 * BENCH_BUDGET_PAGES=small BENCH_BUDGET_MINUTES=60. Settings: see crossoverOptionsFromEnv.
 */
import { crossoverOptionsFromEnv, runCrossoverPageLoadSuite } from './suites/page-load-crossover';

const result = await runCrossoverPageLoadSuite(crossoverOptionsFromEnv());
console.log(`## ${result.title}\n\n${result.markdown}`);
