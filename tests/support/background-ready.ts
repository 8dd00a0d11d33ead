import type { Worker } from '@playwright/test';
import type { AgeGroup } from '../../utils/age-groups';
import { wantedRulesetIds } from '../../utils/wanted-rulesets';

const POLL_INTERVAL_MS = 50;

/**
 * Waits until the background has finished its start-up (it stores `backgroundReadyAt` in session
 * storage), then throws if any start-up step failed. Enabling every static ruleset on a fresh
 * profile can take several seconds on a loaded machine, hence the generous default.
 */
export async function waitForBackgroundReady(serviceWorker: Worker, timeoutMs = 45_000): Promise<void> {
  await pollUntil(
    () => serviceWorker.evaluate(async () => (await chrome.storage.session.get('backgroundReadyAt')).backgroundReadyAt !== undefined),
    timeoutMs,
    'the background to finish its start-up',
  );
  const failures = await serviceWorker.evaluate(async () => (await chrome.storage.session.get('backgroundStartFailures')).backgroundStartFailures);
  if (Array.isArray(failures) && failures.length > 0) {
    throw new Error(`Background start-up steps failed: ${failures.join(', ')} (see the service worker's log)`);
  }
}

/** Waits until exactly the static rulesets of `ageGroup` are enabled. */
export async function waitForAgeGroupRulesets(serviceWorker: Worker, ageGroup: AgeGroup, timeoutMs = 15_000): Promise<void> {
  const expected = wantedRulesetIds(ageGroup).sort().join(',');
  await pollUntil(
    async () => (await serviceWorker.evaluate(() => chrome.declarativeNetRequest.getEnabledRulesets())).sort().join(',') === expected,
    timeoutMs,
    `the rulesets of age group ${ageGroup} (${expected})`,
  );
}

async function pollUntil(condition: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}
