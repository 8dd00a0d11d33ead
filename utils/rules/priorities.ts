/**
 * declarativeNetRequest priorities of every rule the extension makes. Chrome applies the
 * matching rule with the highest priority across the static, dynamic and session rules. A
 * redirect that would lead to the same URL is skipped, and the next rule down then applies.
 * A modifyHeaders rule applies only when its priority is above that of the matching allow rule.
 *
 * Together these give: allow list > deny list > never-block > categories > allow-only mode,
 * while SafeSearch and YouTube restricted mode apply even on allow-listed sites.
 */
export const RULE_PRIORITY = {
  /** Allow-only mode: every top-level page that no higher rule allows goes to the block page. */
  allowOnlyCatchAll: 1,
  /** Static category rulesets. A listed site in allow-only mode shows its category, not allowOnly. */
  category: 2,
  /** Parent's or school's deny list. Never-block hosts are left out of the categories at build time. */
  denyList: 3,
  /** Parent's or school's allow list, and the allow-only list. */
  allowList: 4,
  /** SafeSearch redirects and the YouTube-Restrict header. */
  safeSearch: 5,
} as const;
