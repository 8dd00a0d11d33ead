import { CATEGORIES, type CategoryId } from '../categories';
import type { CategoryOverrides, FilteredAgeGroup } from '../policy/category-overrides';

/** The two settings fields that change the built-in category table per age group. */
export interface CategoryOverrideFields {
  categoriesAdded: CategoryOverrides;
  categoriesRemoved: CategoryOverrides;
}

function blockedByTable(ageGroup: FilteredAgeGroup, category: CategoryId): boolean {
  return CATEGORIES.some((definition) => definition.id === category && definition.blockedFor.includes(ageGroup));
}

function withEntry(overrides: CategoryOverrides, ageGroup: FilteredAgeGroup, category: CategoryId, present: boolean): CategoryOverrides {
  const others = (overrides[ageGroup] ?? []).filter((id) => id !== category);
  const entries = present ? [...others, category] : others;
  const next: CategoryOverrides = { ...overrides };
  if (entries.length > 0) next[ageGroup] = entries;
  else delete next[ageGroup];
  return next;
}

/**
 * Returns the override fields after a parent chose to block (or not block) one category for
 * one age group. Only a choice that differs from the built-in table is stored, so a category
 * that the parent set back to the table's choice follows later changes to the table.
 */
export function withCategoryChoice(
  overrides: CategoryOverrideFields,
  ageGroup: FilteredAgeGroup,
  category: CategoryId,
  blocked: boolean,
): CategoryOverrideFields {
  const differsFromTable = blocked !== blockedByTable(ageGroup, category);
  return {
    categoriesAdded: withEntry(overrides.categoriesAdded, ageGroup, category, differsFromTable && blocked),
    categoriesRemoved: withEntry(overrides.categoriesRemoved, ageGroup, category, differsFromTable && !blocked),
  };
}
