import { defineConfig } from '@playwright/test';

// Each test starts its own Chromium with the built extension; one worker keeps a 2-core machine
// responsive and avoids two browsers fighting over the same policy files.
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]] : 'list',
  outputDir: 'test-results/artifacts',
});
