import type { AgeGroup } from './age-groups';
import { blockedCategoriesFor } from './categories';
import type { CategoryOverridesByGroup } from './categories';
import { nameRulesetsFor } from './name-rules/rulesets';

/** Returns every static ruleset an age group enables: its categories and their host-name rules. */
export function wantedRulesetIds(ageGroup: AgeGroup, overrides: CategoryOverridesByGroup = {}): string[] {
  const categories = blockedCategoriesFor(ageGroup, overrides);
  return [...categories, ...nameRulesetsFor(categories)];
}
