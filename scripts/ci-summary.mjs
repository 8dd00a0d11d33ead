// Prints one "N passed, N failed, N skipped" line from the vitest and Playwright JSON reports,
// the closing line CI reads. Exits non-zero when a report is missing.
import { existsSync, readFileSync } from 'node:fs';

const reports = [
  { file: 'test-results/unit-results.json', read: (json) => [json.numPassedTests, json.numFailedTests, json.numPendingTests + json.numTodoTests] },
  { file: 'test-results/e2e-results.json', read: (json) => [json.stats.expected + json.stats.flaky, json.stats.unexpected, json.stats.skipped] },
];

let passed = 0;
let failed = 0;
let skipped = 0;
let missing = false;
for (const report of reports) {
  if (!existsSync(report.file)) {
    console.error(`Missing test report ${report.file}: that test stage did not run`);
    missing = true;
    continue;
  }
  const [p, f, s] = report.read(JSON.parse(readFileSync(report.file, 'utf8')));
  passed += p;
  failed += f;
  skipped += s;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(missing ? 1 : 0);
