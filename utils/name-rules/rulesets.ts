import type { CategoryId } from '../categories';
import { NAME_RULE_CATEGORIES } from './name-rule';
import type { NameRuleCategory } from './name-rule';

/** Static ruleset id of a category's host-name rules; each is enabled together with its category. */
export function nameRulesetId(category: NameRuleCategory): string {
  return `names-${category}`;
}

export const NAME_RULESET_IDS: readonly string[] = NAME_RULE_CATEGORIES.map(nameRulesetId);

/** Returns the name rulesets that go with the enabled category rulesets. */
export function nameRulesetsFor(categories: readonly CategoryId[]): string[] {
  return NAME_RULE_CATEGORIES.filter((category) => (categories as readonly string[]).includes(category)).map(nameRulesetId);
}
