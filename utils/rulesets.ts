import { browser } from 'wxt/browser';
import type { AgeGroup } from './age-groups';
import { CATEGORY_IDS, blockedCategoriesFor } from './categories';
import { createLogger } from './logger';
import { NAME_RULESET_IDS, nameRulesetsFor } from './name-rules/rulesets';

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

/** Enables the static rulesets of the age group's blocked categories and disables the rest. */
export async function syncRulesets(ageGroup: AgeGroup): Promise<RulesetChanges> {
  const enabled = await browser.declarativeNetRequest.getEnabledRulesets();
  const categories = blockedCategoriesFor(ageGroup);
  const changes = rulesetChanges(enabled, [...categories, ...nameRulesetsFor(categories)]);
  if (changes.enableRulesetIds.length === 0 && changes.disableRulesetIds.length === 0) return changes;

  await browser.declarativeNetRequest.updateEnabledRulesets(changes);
  log.info(`Rulesets for age group ${ageGroup}: enabled [${changes.enableRulesetIds}], disabled [${changes.disableRulesetIds}]`);
  return changes;
}

let syncChain: Promise<unknown> = Promise.resolve();

/**
 * Queues a sync that reads the age group when it runs, not when it was requested. Syncs run one
 * at a time, so a start-up sync that read old settings cannot finish after, and undo, the sync
 * for a newer change.
 */
export function queueRulesetSync(currentAgeGroup: () => Promise<AgeGroup>): Promise<RulesetChanges> {
  const next = syncChain.then(async () => syncRulesets(await currentAgeGroup()));
  syncChain = next.catch((error: unknown) => log.error(`Ruleset sync failed: ${String(error)}`));
  return next;
}
