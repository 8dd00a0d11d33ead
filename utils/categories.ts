import type { AgeGroup } from './age-groups';

/**
 * Blocking categories. Each one is compiled into one static declarativeNetRequest ruleset whose
 * id is the category id, from the list files named here (paths relative to BLOCKLISTS_DIR).
 */
export const CATEGORY_IDS = [
  'adult',
  'gambling',
  'scam',
  'bypass',
  'drugs',
  'violence',
  'weapons',
  'dating',
  'chat',
  'social',
  'piracy',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** Age groups that filter, youngest first. `off` blocks nothing. */
export type FilteringAgeGroup = Exclude<AgeGroup, 'off'>;

export interface CategoryDefinition {
  id: CategoryId;
  /** List files merged into this category, relative to the blocklists directory. */
  sources: readonly string[];
  /** Age groups that block this category by default. */
  blockedFor: readonly FilteringAgeGroup[];
  /** Why these age groups block it, in English; README.md and README.vi.md give the same table. */
  reason: string;
}

const ALL_FILTERING_GROUPS: readonly FilteringAgeGroup[] = ['preschool', 'primary', 'lowerSecondary', 'upperSecondary'];

// Lower secondary covers ages 11 to 14. A group-level rule has to fit its youngest members, so
// the under-13 rule covers the whole group. A family or school unblocks it with categoriesRemoved.
const UNDER_THIRTEEN_GROUPS: readonly FilteringAgeGroup[] = ['preschool', 'primary', 'lowerSecondary'];

export const CATEGORIES: readonly CategoryDefinition[] = [
  {
    id: 'adult',
    sources: ['hagezi/nsfw.txt', 'hostsvn/adult.txt', 'hostsvn/adult-vn.txt', 'sinfonietta/porn.txt', 'ut1/mixed_adult.txt'],
    blockedFor: ALL_FILTERING_GROUPS,
    reason: 'Pornography is for adults only; no age group under 18 sees it.',
  },
  {
    id: 'gambling',
    sources: ['hagezi/gambling.txt', 'hostsvn/gambling.txt', 'hostsvn/gambling-vn.txt', 'ut1/gambling.txt', 'sinfonietta/gambling.txt'],
    blockedFor: ALL_FILTERING_GROUPS,
    reason: 'Betting and casino sites are for adults only, and they are built so that players lose money.',
  },
  {
    id: 'scam',
    sources: ['hostsvn/threat.txt', 'hostsvn/threat-vn.txt', 'blocklistproject/scam.txt', 'blocklistproject/phishing.txt', 'hagezi/fake.txt'],
    blockedFor: ALL_FILTERING_GROUPS,
    reason: 'Scams, phishing and malware harm users of every age.',
  },
  {
    id: 'bypass',
    sources: ['ut1/redirector.txt', 'ut1/vpn.txt', 'ut1/residential-proxies.txt', 'ut1/doh.txt', 'hagezi/doh.txt'],
    blockedFor: ALL_FILTERING_GROUPS,
    reason: 'Web proxies, VPN and DNS-over-HTTPS services route around every other category, so the filter blocks them wherever it filters.',
  },
  {
    id: 'drugs',
    sources: ['blocklistproject/drugs.txt', 'ut1/drogue.txt', 'blocklistproject/vaping.txt'],
    blockedFor: ALL_FILTERING_GROUPS,
    reason: 'Sites that sell or promote drugs and vapes; Vietnamese law bans selling tobacco products to anyone under 18.',
  },
  {
    id: 'violence',
    sources: ['ut1/agressif.txt', 'sinfonietta/snuff.txt'],
    blockedFor: ALL_FILTERING_GROUPS,
    reason: 'Gore, snuff and hate sites are unsuitable for every age group under 18.',
  },
  {
    id: 'weapons',
    sources: ['ut1/dangerous_material.txt'],
    blockedFor: ALL_FILTERING_GROUPS,
    reason: 'Instructions for bombs and other dangerous material are unsuitable for every age group under 18.',
  },
  {
    id: 'dating',
    sources: ['ut1/dating.txt'],
    blockedFor: ALL_FILTERING_GROUPS,
    reason: 'Dating sites are for adults: the large services require users to be 18 or older, and they let adults contact children.',
  },
  {
    id: 'chat',
    sources: ['ut1/chat.txt'],
    blockedFor: UNDER_THIRTEEN_GROUPS,
    reason: 'Chat with strangers: the services set a minimum age of 13 or more, and strangers use them to groom children.',
  },
  {
    id: 'social',
    sources: [
      'ut1/social_networks.txt',
      'blocklistproject/facebook.txt',
      'blocklistproject/tiktok.txt',
      'blocklistproject/twitter.txt',
      'blocklistproject/whatsapp.txt',
    ],
    blockedFor: UNDER_THIRTEEN_GROUPS,
    reason:
      'Facebook, Instagram, TikTok, X and WhatsApp set a minimum age of 13 in their terms. In Vietnam, Decree ' +
      '147/2024/ND-CP (Articles 23 and 27) makes a parent or guardian register the account of a child under 16.',
  },
  {
    id: 'piracy',
    sources: ['ut1/warez.txt', 'hagezi/anti-piracy.txt', 'blocklistproject/piracy.txt', 'blocklistproject/torrent.txt'],
    blockedFor: ALL_FILTERING_GROUPS,
    reason: 'Pirated film, football and software sites carry betting and adult ads and bundle malware.',
  },
];

/** Categories that one age group blocks in addition to, or no longer blocks compared with, CATEGORIES. */
export interface CategoryOverridesByGroup {
  categoriesAdded?: Partial<Record<FilteringAgeGroup, readonly CategoryId[]>>;
  categoriesRemoved?: Partial<Record<FilteringAgeGroup, readonly CategoryId[]>>;
}

export function isCategoryId(value: string): value is CategoryId {
  return (CATEGORY_IDS as readonly string[]).includes(value);
}

/**
 * Returns the ids of the categories (and so the static rulesets) that an age group blocks, in
 * CATEGORY_IDS order. `off` blocks nothing. Overrides change the table for one group: a category
 * that is both added and removed stays blocked, because the safer choice wins a conflict.
 */
export function blockedCategoriesFor(ageGroup: AgeGroup, overrides: CategoryOverridesByGroup = {}): CategoryId[] {
  if (ageGroup === 'off') return [];

  const added = overrides.categoriesAdded?.[ageGroup] ?? [];
  const removed = overrides.categoriesRemoved?.[ageGroup] ?? [];
  return CATEGORIES.filter((category) => {
    if (added.includes(category.id)) return true;
    return category.blockedFor.includes(ageGroup) && !removed.includes(category.id);
  }).map((category) => category.id);
}
