import type { AgeGroup } from './age-groups';

/**
 * Blocking categories. Each one is compiled into one static declarativeNetRequest ruleset whose
 * id is the category id, from the list files named here (paths relative to BLOCKLISTS_DIR).
 */
export const CATEGORY_IDS = ['adult', 'gambling', 'scam', 'bypass'] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export interface CategoryDefinition {
  id: CategoryId;
  /** List files merged into this category, relative to the blocklists directory. */
  sources: readonly string[];
  /** Age groups that block this category. */
  blockedFor: readonly AgeGroup[];
}

const ALL_FILTERED_GROUPS: readonly AgeGroup[] = [
  'preschool',
  'primary',
  'lowerSecondary',
  'upperSecondary',
];

export const CATEGORIES: readonly CategoryDefinition[] = [
  {
    id: 'adult',
    sources: ['hagezi/nsfw.txt', 'hostsvn/adult.txt', 'hostsvn/adult-vn.txt', 'sinfonietta/porn.txt', 'ut1/mixed_adult.txt'],
    blockedFor: ALL_FILTERED_GROUPS,
  },
  {
    id: 'gambling',
    sources: ['hagezi/gambling.txt', 'hostsvn/gambling.txt', 'hostsvn/gambling-vn.txt', 'ut1/gambling.txt', 'sinfonietta/gambling.txt'],
    blockedFor: ALL_FILTERED_GROUPS,
  },
  {
    id: 'scam',
    sources: ['hostsvn/threat.txt', 'hostsvn/threat-vn.txt', 'blocklistproject/scam.txt', 'blocklistproject/phishing.txt', 'hagezi/fake.txt'],
    blockedFor: ALL_FILTERED_GROUPS,
  },
  {
    id: 'bypass',
    sources: ['ut1/redirector.txt', 'ut1/vpn.txt', 'ut1/residential-proxies.txt', 'ut1/doh.txt', 'hagezi/doh.txt'],
    blockedFor: ALL_FILTERED_GROUPS,
  },
];

export function isCategoryId(value: string): value is CategoryId {
  return (CATEGORY_IDS as readonly string[]).includes(value);
}

/** Returns the ids of the categories (and so the static rulesets) that an age group blocks. */
export function blockedCategoriesFor(ageGroup: AgeGroup): CategoryId[] {
  return CATEGORIES.filter((category) => category.blockedFor.includes(ageGroup)).map(
    (category) => category.id,
  );
}
