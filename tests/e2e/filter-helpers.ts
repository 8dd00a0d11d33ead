import { expect } from '@playwright/test';
import type { Page, Worker } from '@playwright/test';
import { wantedRulesetIds } from '../../utils/wanted-rulesets';
import { createDefaultSettings, type Settings } from '../../utils/policy/settings';
import { EXTENSION_ID } from '../../utils/extension-identity';
import { buildDynamicRules } from '../../utils/rules/dynamic-rules';
import { waitForBackgroundReady } from './fixtures';

/**
 * Writes parent settings the way the options page stores them, then waits until the background
 * has enabled the matching rulesets and installed exactly the dynamic rules that the pure
 * builder plans for the same settings.
 */
export async function applySettings(serviceWorker: Worker, change: Partial<Settings>): Promise<void> {
  await waitForBackgroundReady(serviceWorker);
  const stored = await serviceWorker.evaluate(async (next) => {
    const current = (await chrome.storage.local.get('parentSettings')).parentSettings ?? {};
    const merged = { ...current, ...next };
    await chrome.storage.local.set({ parentSettings: merged });
    return merged as Partial<Settings>;
  }, change);

  const settings = { ...createDefaultSettings(), ...stored };
  const expectedRulesets = wantedRulesetIds(settings.ageGroup, settings).sort();
  const expectedRules = summarise(buildDynamicRules(settings, EXTENSION_ID).rules);
  await expect.poll(async () => (await serviceWorker.evaluate(() => chrome.declarativeNetRequest.getEnabledRulesets())).sort()).toEqual(expectedRulesets);
  await expect.poll(async () => summarise(await serviceWorker.evaluate(() => chrome.declarativeNetRequest.getDynamicRules()))).toEqual(expectedRules);
}

interface RuleSummaryInput {
  id: number;
  action: { type: string; requestHeaders?: { value?: string }[] };
  condition: { requestDomains?: string[] };
}

/** Rule ids with their domains and header values, sorted by id: enough to tell one sync's rules from another's. */
function summarise(rules: readonly RuleSummaryInput[]): string[] {
  return [...rules]
    .sort((a, b) => a.id - b.id)
    .map((rule) => `${rule.id} ${(rule.condition.requestDomains ?? []).join(',')} ${rule.action.requestHeaders?.[0]?.value ?? ''}`);
}

/** Opens `url` in `page`. A navigation that the extension redirects to the block page is not an error. */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url).catch(() => undefined);
}

/** Waits until the page shows the block page and returns the reason it names. */
export async function blockedReason(page: Page): Promise<string | null> {
  await expect(page).toHaveURL(new RegExp(`^chrome-extension://${EXTENSION_ID}/blocked\\.html`));
  return page.getByTestId('blocked-category').getAttribute('data-category');
}
