import { RULE_PRIORITY } from '../rules/priorities';

export { blockPageSubstitution } from '../rules/block-page-url';

/**
 * Default number of hosts packed into one rule's `requestDomains`: enough for the largest category
 * (about 200,000 hosts) to fit one rule. Every rule is a regex rule without a URL pattern, so
 * Chromium checks every rule's domain list on every request. Measured with `npm run bench:pageload`,
 * 11 long lists cost the browser process about half the CPU per request of 340 lists of 2,000 (the
 * earlier value). Chrome sets no limit on the length of `requestDomains`.
 */
export const MAX_DOMAINS_PER_RULE = 250_000;

/**
 * Chrome limits that a static ruleset must respect (chrome.declarativeNetRequest constants):
 * MAX_NUMBER_OF_REGEX_RULES is 1,000 and applies to the rules of one rule resources file, and
 * GUARANTEED_MINIMUM_STATIC_RULES is 30,000 across the enabled static rulesets.
 */
export const MAX_REGEX_RULES_PER_RULESET = 1_000;
export const MAX_STATIC_RULES_TOTAL = 30_000;

/** Redirect rule that sends a blocked page to the extension's block page. */
export interface BlockRedirectRule {
  id: number;
  priority: typeof RULE_PRIORITY.category;
  action: { type: 'redirect'; redirect: { regexSubstitution: string } };
  condition: {
    regexFilter: string;
    requestDomains: string[];
    excludedRequestDomains?: string[];
    resourceTypes: ['main_frame', 'sub_frame'];
  };
}

// Matches the whole URL, so `\0` in the substitution is the blocked URL.
const MATCH_WHOLE_URL = '^.+$';
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Packs sorted hosts into redirect rules of at most `maxDomainsPerRule` hosts each, with ids
 * 1..n in host order. A rule also gets the exceptions listed for any host it contains.
 */
export function packRedirectRules(
  hosts: readonly string[],
  substitution: string,
  maxDomainsPerRule: number,
  exceptionsByBlockedHost: ReadonlyMap<string, readonly string[]> = new Map(),
): BlockRedirectRule[] {
  if (!Number.isInteger(maxDomainsPerRule) || maxDomainsPerRule < 1) {
    throw new RangeError(`maxDomainsPerRule must be a positive integer, got ${maxDomainsPerRule}`);
  }

  const rules: BlockRedirectRule[] = [];
  for (let start = 0; start < hosts.length; start += maxDomainsPerRule) {
    const requestDomains = hosts.slice(start, start + maxDomainsPerRule);
    const excluded = requestDomains.flatMap((host) => exceptionsByBlockedHost.get(host) ?? []);
    rules.push(createRedirectRule(rules.length + 1, substitution, requestDomains, excluded));
  }
  return rules;
}

function createRedirectRule(
  id: number,
  substitution: string,
  requestDomains: string[],
  excludedRequestDomains: string[],
): BlockRedirectRule {
  const rule: BlockRedirectRule = {
    id,
    priority: RULE_PRIORITY.category,
    action: { type: 'redirect', redirect: { regexSubstitution: substitution } },
    condition: {
      regexFilter: MATCH_WHOLE_URL,
      requestDomains,
      resourceTypes: ['main_frame', 'sub_frame'],
    },
  };
  if (excludedRequestDomains.length > 0) {
    rule.condition.excludedRequestDomains = excludedRequestDomains;
  }
  return rule;
}

/**
 * Throws when a ruleset would fail to load in Chrome: more regex rules than one ruleset
 * allows, a rule id that is not 1..n in order, or an empty, blank or non-ASCII domain.
 */
export function assertRulesetWithinLimits(rulesetId: string, rules: readonly BlockRedirectRule[]): void {
  const regexRuleCount = rules.filter((rule) => rule.condition.regexFilter !== undefined).length;
  if (regexRuleCount > MAX_REGEX_RULES_PER_RULESET) {
    throw new Error(
      `Ruleset "${rulesetId}" has ${regexRuleCount} regex rules, over Chrome's limit of ` +
        `${MAX_REGEX_RULES_PER_RULESET} per ruleset. Raise maxDomainsPerRule or split the category.`,
    );
  }
  rules.forEach((rule, index) => assertRuleValid(rulesetId, rule, index + 1));
}

function assertRuleValid(rulesetId: string, rule: BlockRedirectRule, expectedId: number): void {
  const where = `Ruleset "${rulesetId}" rule ${rule.id}`;
  if (rule.id !== expectedId) {
    throw new Error(`${where} is at position ${expectedId}: rule ids must run 1..n in order.`);
  }
  if (rule.condition.requestDomains.length === 0) {
    throw new Error(`${where} has an empty requestDomains list, which Chrome rejects.`);
  }
  for (const key of ['requestDomains', 'excludedRequestDomains'] as const) {
    const bad = (rule.condition[key] ?? []).find((domain) => domain.trim() === '' || NON_ASCII.test(domain));
    if (bad === undefined) continue;
    throw new Error(
      `${where} has an invalid ${key} entry ${JSON.stringify(bad)}: Chrome requires non-empty ` +
        'ASCII domains, so convert internationalised names to punycode.',
    );
  }
}

/** Throws when the rulesets together have more static rules than Chrome guarantees. */
export function assertTotalWithinLimits(ruleCounts: ReadonlyMap<string, number>): void {
  const total = [...ruleCounts.values()].reduce((sum, count) => sum + count, 0);
  if (total <= MAX_STATIC_RULES_TOTAL) return;

  const perRuleset = [...ruleCounts].map(([id, count]) => `${id}: ${count}`).join(', ');
  throw new Error(
    `The rulesets have ${total} static rules in total (${perRuleset}), over Chrome's guaranteed ` +
      `minimum of ${MAX_STATIC_RULES_TOTAL}. Raise maxDomainsPerRule or drop lists.`,
  );
}
