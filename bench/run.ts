import { writeFileSync } from 'node:fs';
import { describeMachine } from './lib/machine';
import type { SuiteResult } from './lib/report';
import { runPageLoadSuite } from './suites/page-load';

const quick = process.env.BENCH_QUICK === '1';
const rounds = Number(process.env.BENCH_ROUNDS ?? (quick ? 6 : 40));

async function main(): Promise<void> {
  const machine = describeMachine();
  const results: SuiteResult[] = [];
  results.push(await runPageLoadSuite({ rounds, timeLimitMs: quick ? 60_000 : 6 * 60_000 }));
  for (const result of results) console.log(`## ${result.title}\n\n${result.markdown}\n`);
  console.log(machine);
  writeFileSync('/tmp/bench-out.json', JSON.stringify(results, null, 2));
}

await main();
