import type { Browser } from 'wxt/browser';
import { EXTENSION_ID } from '../extension-identity';
import { blockPageSubstitution } from '../rules/block-page-url';
import { RULE_PRIORITY } from '../rules/priorities';

/**
 * Dynamic rules for the extra lists, in their own id range. Each rule packs many domains into
 * `requestDomains`. They are regex redirect rules, and Chrome allows 1,000 regex rules across
 * dynamic and session rules together, so the lists get a fixed share of them.
 */
export const EXTRA_LIST_FIRST_ID = 500_000;
export const EXTRA_LIST_MAX_RULES = 250;
export const DOMAINS_PER_RULE = 2_000;

export function isExtraListRuleId(id: number): boolean {
  return id >= EXTRA_LIST_FIRST_ID && id < EXTRA_LIST_FIRST_ID + EXTRA_LIST_MAX_RULES;
}

/** Builds the rules for the union of all lists' domains; throws when they need too many rules. */
export function buildExtraListRules(domains: readonly string[]): Browser.declarativeNetRequest.Rule[] {
  const unique = [...new Set(domains)].sort();
  const ruleCount = Math.ceil(unique.length / DOMAINS_PER_RULE);
  if (ruleCount > EXTRA_LIST_MAX_RULES) {
    throw new Error(
      `The extra lists hold ${unique.length} domains together, more than the ${EXTRA_LIST_MAX_RULES * DOMAINS_PER_RULE} that fit; they were not applied`,
    );
  }

  return Array.from({ length: ruleCount }, (_, index) => ({
    id: EXTRA_LIST_FIRST_ID + index,
    priority: RULE_PRIORITY.category,
    action: {
      type: 'redirect',
      redirect: { regexSubstitution: blockPageSubstitution(EXTENSION_ID, 'extraList') },
    },
    condition: {
      regexFilter: '^.+$',
      requestDomains: unique.slice(index * DOMAINS_PER_RULE, (index + 1) * DOMAINS_PER_RULE),
      resourceTypes: ['main_frame', 'sub_frame'],
    },
  }));
}
