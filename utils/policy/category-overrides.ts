import { z } from 'zod/mini';
import { AGE_GROUPS, type AgeGroup } from '../age-groups';
import { CATEGORY_IDS } from '../categories';
import { describeValue } from './describe-value';

/** Age groups that filter. `off` turns filtering off, so categories cannot be added to it. */
export const FILTERED_AGE_GROUPS = AGE_GROUPS.filter(
  (group): group is Exclude<AgeGroup, 'off'> => group !== 'off',
);
export type FilteredAgeGroup = (typeof FILTERED_AGE_GROUPS)[number];

const filteredAgeGroupSchema = z.enum(FILTERED_AGE_GROUPS);

// CATEGORY_IDS is read when this module loads, so every category that this build ships is
// accepted without a change here.
const categoryIdSchema = z.enum(CATEGORY_IDS, {
  error: (issue) =>
    `${describeValue(issue.input)} is not a known category id; known ids are ${CATEGORY_IDS.join(', ')}.`,
});

const categoryIdListSchema = z.array(categoryIdSchema, {
  error: (issue) => `Expected a list of category ids, got ${describeValue(issue.input)}.`,
});

/**
 * Returns the unknown keys of a record issue, or null. zod 4.6 reports unknown keys of an
 * enum-keyed record as `unrecognized_keys`, although its types list only `invalid_type` and
 * `invalid_key` for records, so the issue is read through a looser type.
 */
function unrecognizedKeysOf(issue: { readonly code?: string; readonly keys?: unknown }): string[] | null {
  if (issue.code !== 'unrecognized_keys' || !Array.isArray(issue.keys)) return null;
  return issue.keys.map(String);
}

function describeUnknownGroups(keys: readonly string[]): string {
  const names = keys.map((key) => JSON.stringify(key)).join(', ');
  return `Unknown age group ${names}; use ${FILTERED_AGE_GROUPS.join(', ')}.`;
}

/**
 * Categories that one age group blocks in addition to (`categoriesAdded`) or no longer blocks
 * (`categoriesRemoved`) compared with the built-in table. Age groups not named keep the table.
 */
export const categoryOverridesSchema = z.partialRecord(filteredAgeGroupSchema, categoryIdListSchema, {
  error: (issue) => {
    const unknownKeys = unrecognizedKeysOf(issue);
    if (unknownKeys !== null) return describeUnknownGroups(unknownKeys);
    return `Expected an object that maps age groups to lists of category ids, got ${describeValue(issue.input)}.`;
  },
});

export type CategoryOverrides = z.infer<typeof categoryOverridesSchema>;
