import { browser } from 'wxt/browser';
import { canonicalJson } from '../canonical-json';
import { createLogger } from '../logger';
import type { DnrRule } from './dnr-types';
import { buildDynamicRules, type DynamicRuleSettings } from './dynamic-rules';
import { isOwnedRuleId } from './rule-ids';
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

export interface DynamicRuleChanges {
  removeRuleIds: number[];
  addRules: DnrRule[];
}

/**
 * Returns the update that turns the existing dynamic rules into `wanted`. Only ids in the
 * ranges of utils/rules/rule-ids.ts are touched, and a rule that is already identical stays,
 * so an unchanged plan gives an empty update.
 */
export function dynamicRuleChanges(existing: readonly DnrRule[], wanted: readonly DnrRule[]): DynamicRuleChanges {
  const owned = new Map(existing.filter((rule) => isOwnedRuleId(rule.id)).map((rule) => [rule.id, rule]));
  const wantedIds = new Set(wanted.map((rule) => rule.id));

  const changed = wanted.filter((rule) => !sameRule(owned.get(rule.id), rule));
  const stale = [...owned.keys()].filter((id) => !wantedIds.has(id));
  return { removeRuleIds: [...stale, ...changed.map((rule) => rule.id)].sort((a, b) => a - b), addRules: changed };
}

/**
 * Compares two rules by content. Chrome returns rules with its own key order and may add
 * defaults, so both sides are compared in a canonical form with sorted keys.
 */
function sameRule(current: DnrRule | undefined, wanted: DnrRule): boolean {
  if (current === undefined) return false;
  return canonicalJson(current) === canonicalJson(wanted);
}

/**
 * Builds the dynamic rules for the settings, applies the difference in one updateDynamicRules
 * call and stores the outcome under FILTER_LIST_STATUS_KEY.
 */
export async function syncDynamicRules(settings: DynamicRuleSettings): Promise<FilterListStatus> {
  const plan = buildDynamicRules(settings, browser.runtime.id);
  const existing = (await browser.declarativeNetRequest.getDynamicRules()) as unknown as DnrRule[];
  const changes = dynamicRuleChanges(existing, plan.rules);

  if (changes.removeRuleIds.length > 0 || changes.addRules.length > 0) {
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
