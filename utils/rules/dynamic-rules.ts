import type { AgeGroup } from '../age-groups';
import { buildAllowOnlyCatchAll, DEFAULT_ALLOW_ONLY_SITES } from './allow-only';
import type { DnrRule } from './dnr-types';
import { buildSafeSearchRules, buildYouTubeRules, youtubeRestrictFor, type YouTubeRestrictSetting } from './safe-search';
import {
  buildAllowRules,
  buildDenyRules,
  checkSiteList,
  type InvalidListEntry,
  type RefusedList,
  type SiteListName,
} from './site-lists';

/** The settings fields that decide the dynamic rules. */
export interface DynamicRuleSettings {
  ageGroup: AgeGroup;
  allowList: readonly string[];
  denyList: readonly string[];
  allowOnlyMode: boolean;
  allowOnlyList: readonly string[];
  safeSearch: boolean;
  youtubeRestrict: YouTubeRestrictSetting;
}

export interface DynamicRulePlan {
  rules: DnrRule[];
  invalid: InvalidListEntry[];
  refused: RefusedList[];
}

/**
 * Chrome's limits on dynamic rules (chrome.declarativeNetRequest constants in Chrome 121+):
 * MAX_NUMBER_OF_DYNAMIC_RULES, MAX_NUMBER_OF_UNSAFE_DYNAMIC_RULES (redirect and modifyHeaders
 * count as unsafe) and MAX_NUMBER_OF_REGEX_RULES, which is counted for dynamic rules separately.
 */
export const DYNAMIC_RULE_LIMITS = { total: 30_000, unsafe: 5_000, regex: 1_000 } as const;

/** True when allow-only mode applies: always for preschool, and for other groups when the setting asks. */
export function isAllowOnlyActive(settings: Pick<DynamicRuleSettings, 'ageGroup' | 'allowOnlyMode'>): boolean {
  if (settings.ageGroup === 'off') return false;
  return settings.ageGroup === 'preschool' || settings.allowOnlyMode;
}

/**
 * Builds every dynamic rule that the settings call for. `off` gets none. Invalid list entries
 * are left out and listed, and a list over its size limit is refused as a whole; both are
 * returned so the options page can name them.
 */
export function buildDynamicRules(settings: DynamicRuleSettings, extensionId: string): DynamicRulePlan {
  if (settings.ageGroup === 'off') return { rules: [], invalid: [], refused: [] };

  const checked = checkLists(settings);
  const rules: DnrRule[] = [];
  if (settings.safeSearch) rules.push(...buildSafeSearchRules());
  rules.push(...buildYouTubeRules(youtubeRestrictFor(settings.ageGroup, settings.youtubeRestrict)));

  if (isAllowOnlyActive(settings)) {
    const allowOnlySites = [...new Set([...DEFAULT_ALLOW_ONLY_SITES, ...checked.allowOnlyList.domains])].sort();
    rules.push(...buildAllowOnlyCatchAll(extensionId), ...buildAllowRules('allowOnlyList', allowOnlySites));
  }
  rules.push(...buildAllowRules('allowList', checked.allowList.domains));
  rules.push(...buildDenyRules(extensionId, checked.denyList.domains));
  assertWithinDynamicLimits(rules);

  const results = Object.values(checked);
  return {
    rules,
    invalid: results.flatMap((result) => result.invalid),
    refused: results.flatMap((result) => (result.refused ? [result.refused] : [])),
  };
}

function checkLists(settings: DynamicRuleSettings): Record<SiteListName, ReturnType<typeof checkSiteList>> {
  return {
    allowList: checkSiteList('allowList', settings.allowList),
    denyList: checkSiteList('denyList', settings.denyList),
    allowOnlyList: checkSiteList('allowOnlyList', settings.allowOnlyList),
  };
}

/** Throws an Error naming the limit when Chrome would reject these rules as dynamic rules. */
export function assertWithinDynamicLimits(rules: readonly DnrRule[]): void {
  const unsafe = rules.filter((rule) => rule.action.type === 'redirect' || rule.action.type === 'modifyHeaders').length;
  const regex = rules.filter((rule) => rule.condition.regexFilter !== undefined).length;
  const counts = { total: rules.length, unsafe, regex };

  for (const key of ['total', 'unsafe', 'regex'] as const) {
    if (counts[key] <= DYNAMIC_RULE_LIMITS[key]) continue;
    throw new Error(
      `The settings need ${counts[key]} ${key === 'total' ? '' : `${key} `}dynamic rules, over Chrome's limit of ` +
        `${DYNAMIC_RULE_LIMITS[key]}. Shorten the allow or deny lists.`,
    );
  }
}
