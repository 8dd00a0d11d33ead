/**
 * Dynamic rule ids that each feature owns. The dynamic-rule sync replaces only rules whose ids
 * fall in these ranges, so rules added with other ids are left alone. Static rulesets number
 * their rules from 1 in their own id space, which does not clash with these.
 *
 * | feature        | ids          | rules                                             |
 * |----------------|--------------|---------------------------------------------------|
 * | safeSearch     | 1–99         | SafeSearch redirects, YouTube-Restrict header     |
 * | allowOnly      | 100–199      | allow-only catch-all redirect                     |
 * | allowList      | 1,000–1,999  | allow list, packed `requestDomains`               |
 * | allowOnlyList  | 2,000–2,999  | allow-only list (defaults plus the parent's list) |
 * | denyList       | 3,000–3,999  | deny list, packed `requestDomains`                |
 *
 * Two more ranges are owned by their own modules and synced there: the extra lists
 * (500,000–500,249, utils/extra-lists/list-rules.ts) and, among session rules, the hosts the page
 * check blocked (1,000,000–1,000,199, utils/page-check/session-blocks.ts). All redirect rules are
 * regex rules, and Chrome allows 1,000 regex rules across dynamic and session rules together.
 */
export const RULE_ID_RANGES = {
  safeSearch: { first: 1, last: 99 },
  allowOnly: { first: 100, last: 199 },
  allowList: { first: 1_000, last: 1_999 },
  allowOnlyList: { first: 2_000, last: 2_999 },
  denyList: { first: 3_000, last: 3_999 },
} as const;

export type RuleFeature = keyof typeof RULE_ID_RANGES;

/** True when `id` belongs to one of the ranges above. */
export function isOwnedRuleId(id: number): boolean {
  return Object.values(RULE_ID_RANGES).some((range) => id >= range.first && id <= range.last);
}

/** Returns the ids `first`, `first + 1`, … for `count` rules, or throws when the range is too small. */
export function allocateRuleIds(feature: RuleFeature, count: number): number[] {
  const range = RULE_ID_RANGES[feature];
  const capacity = range.last - range.first + 1;
  if (count > capacity) {
    throw new RangeError(`The ${feature} feature needs ${count} rule ids but owns only ${capacity} (${range.first}–${range.last}).`);
  }
  return Array.from({ length: count }, (_, index) => range.first + index);
}
