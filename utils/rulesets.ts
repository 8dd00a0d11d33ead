import { browser } from 'wxt/browser';
import type { AgeGroup } from './age-groups';
import { CATEGORY_IDS, blockedCategoriesFor, type CategoryOverridesByGroup } from './categories';
import { createLogger } from './logger';
import { createSerialQueue } from './serial-queue';
import { wantedRulesetIds } from './wanted-rulesets';
import { NAME_RULESET_IDS } from './name-rules/rulesets';
import type { DynamicRuleSettings } from './rules/dynamic-rules';
import { syncDynamicRules, type FilterListStatus } from './rules/sync-dynamic-rules';

const log = createLogger('rulesets');

export interface RulesetChanges {
  enableRulesetIds: string[];
  disableRulesetIds: string[];
}

/** Returns what to enable and disable so that exactly `wanted` of our rulesets are enabled. */
export function rulesetChanges(enabled: readonly string[], wanted: readonly string[]): RulesetChanges {
  const known = new Set<string>([...CATEGORY_IDS, ...NAME_RULESET_IDS]);
  return {
    enableRulesetIds: wanted.filter((id) => !enabled.includes(id)),
    disableRulesetIds: enabled.filter((id) => known.has(id) && !wanted.includes(id)),
  };
}

/** The settings fields that decide the static rulesets and the dynamic rules. */
export type FilterSettings = CategoryOverridesByGroup & DynamicRuleSettings;

export interface FilterSyncResult {
  rulesets: RulesetChanges;
  lists: FilterListStatus;
}

/** Enables the static rulesets of the age group's blocked categories and disables the rest. */
export async function syncRulesets(ageGroup: AgeGroup, overrides: CategoryOverridesByGroup = {}): Promise<RulesetChanges> {
  const enabled = await browser.declarativeNetRequest.getEnabledRulesets();
  const changes = rulesetChanges(enabled, wantedRulesetIds(ageGroup, overrides));
  if (changes.enableRulesetIds.length === 0 && changes.disableRulesetIds.length === 0) return changes;

  await browser.declarativeNetRequest.updateEnabledRulesets(changes);
  log.info(`Rulesets for age group ${ageGroup}: enabled [${changes.enableRulesetIds}], disabled [${changes.disableRulesetIds}]`);
  return changes;
}

const syncQueue = createSerialQueue();

/**
 * Syncs the static rulesets, then the dynamic rules. The rulesets go first, so that a dynamic-rule
 * update that Chrome rejects leaves the categories working.
 */
async function syncFilters(settings: FilterSettings): Promise<FilterSyncResult> {
  const rulesets = await syncRulesets(settings.ageGroup, settings);
  return { rulesets, lists: await syncDynamicRules(settings) };
}

/**
 * Queues a sync that reads the settings when it runs, not when it was requested. Syncs run one
 * at a time, so a start-up sync that read old settings cannot finish after, and undo, the sync
 * for a newer change.
 */
export function queueRulesetSync(currentSettings: () => Promise<FilterSettings>): Promise<FilterSyncResult> {
  return syncQueue(async () => syncFilters(await currentSettings()));
}
