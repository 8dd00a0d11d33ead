import { browser } from 'wxt/browser';
import { createLogger } from '../logger';
import type { DnrRule } from './dnr-types';
import { buildDynamicRules, type DynamicRuleSettings } from './dynamic-rules';
import { dynamicRuleChanges, hasRuleChanges } from './rule-changes';
import { describeInvalidEntries, type InvalidListEntry, type RefusedList } from './site-lists';

const log = createLogger('dynamic-rules');

/** storage.local key of the last sync's outcome, for the options page. */
export const FILTER_LIST_STATUS_KEY = 'filterListStatus';

export interface FilterListStatus {
  updatedAt: number;
  invalid: InvalidListEntry[];
  refused: RefusedList[];
  ruleCount: number;
}

/**
 * Builds the dynamic rules for the settings, applies the difference in one updateDynamicRules
 * call and stores the outcome under FILTER_LIST_STATUS_KEY.
 */
export async function syncDynamicRules(settings: DynamicRuleSettings): Promise<FilterListStatus> {
  const plan = buildDynamicRules(settings, browser.runtime.id);
  const existing = (await browser.declarativeNetRequest.getDynamicRules()) as unknown as DnrRule[];
  const changes = dynamicRuleChanges(existing, plan.rules);

  if (hasRuleChanges(changes)) {
    // The builder's string unions are the values of @types/chrome's enums.
    await browser.declarativeNetRequest.updateDynamicRules(
      changes as unknown as Parameters<typeof browser.declarativeNetRequest.updateDynamicRules>[0],
    );
    log.info(`Dynamic rules updated: ${changes.addRules.length} added or changed, ${changes.removeRuleIds.length} removed or replaced`);
  }

  const status: FilterListStatus = { updatedAt: Date.now(), invalid: plan.invalid, refused: plan.refused, ruleCount: plan.rules.length };
  reportProblems(status);
  await browser.storage.local.set({ [FILTER_LIST_STATUS_KEY]: status });
  return status;
}

function reportProblems(status: FilterListStatus): void {
  const invalid = describeInvalidEntries(status.invalid);
  if (invalid !== null) log.warn(invalid);
  for (const refused of status.refused) log.error(refused.reason);
}
