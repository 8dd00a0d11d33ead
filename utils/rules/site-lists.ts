import { normalizeDomainList } from '../domain-list';
import { blockPageSubstitution } from './block-page-url';
import type { DnrRule } from './dnr-types';
import { RULE_PRIORITY } from './priorities';
import { allocateRuleIds } from './rule-ids';

/** The parent's and school's domain lists that become dynamic rules. */
export const SITE_LIST_NAMES = ['allowList', 'denyList', 'allowOnlyList'] as const;
export type SiteListName = (typeof SITE_LIST_NAMES)[number];

/** Hosts packed into one dynamic rule's `requestDomains`. */
export const DOMAINS_PER_DYNAMIC_RULE = 1_000;

/**
 * Max entries in one list. A project limit, far below Chrome's dynamic-rule limits (10 rules of
 * 30,000), that keeps settings small in storage.local and in policy. Lists of more sites belong
 * in a category ruleset.
 */
export const MAX_SITE_LIST_ENTRIES = 10_000;

export interface InvalidListEntry {
  list: SiteListName;
  input: string;
  reason: string;
}

export interface RefusedList {
  list: SiteListName;
  reason: string;
}

export interface SiteListCheck {
  /** Normalised domains, or an empty list when the list is refused. */
  domains: string[];
  invalid: InvalidListEntry[];
  refused: RefusedList | null;
}

/**
 * Normalises one list with utils/domain-list.ts. Invalid entries are returned with their reason
 * and the valid ones are kept. A list of more than MAX_SITE_LIST_ENTRIES valid entries is
 * refused as a whole, because applying part of it would block or allow an arbitrary subset.
 */
export function checkSiteList(list: SiteListName, entries: readonly string[]): SiteListCheck {
  const { valid, invalid } = normalizeDomainList(entries);
  const invalidEntries = invalid.map((entry) => ({ list, ...entry }));
  if (valid.length <= MAX_SITE_LIST_ENTRIES) return { domains: valid, invalid: invalidEntries, refused: null };

  const reason =
    `The ${list} has ${valid.length.toLocaleString('en-US')} sites, more than the limit of ` +
    `${MAX_SITE_LIST_ENTRIES.toLocaleString('en-US')}. It was not applied; shorten it. The categories still apply.`;
  return { domains: [], invalid: invalidEntries, refused: { list, reason } };
}

/** Builds `allow` rules for an allow list or the allow-only list, 1,000 hosts per rule. */
export function buildAllowRules(feature: 'allowList' | 'allowOnlyList', domains: readonly string[]): DnrRule[] {
  const chunks = chunk(domains, DOMAINS_PER_DYNAMIC_RULE);
  const ids = allocateRuleIds(feature, chunks.length);
  return chunks.map((requestDomains, index) => ({
    id: ids[index]!,
    priority: RULE_PRIORITY.allowList,
    action: { type: 'allow' },
    condition: { requestDomains, resourceTypes: ['main_frame', 'sub_frame'] },
  }));
}

/** Builds redirect rules to the block page (reason `denyList`) for a deny list, 1,000 hosts per rule. */
export function buildDenyRules(extensionId: string, domains: readonly string[]): DnrRule[] {
  const chunks = chunk(domains, DOMAINS_PER_DYNAMIC_RULE);
  const ids = allocateRuleIds('denyList', chunks.length);
  const regexSubstitution = blockPageSubstitution(extensionId, 'denyList');
  return chunks.map((requestDomains, index) => ({
    id: ids[index]!,
    priority: RULE_PRIORITY.denyList,
    action: { type: 'redirect', redirect: { regexSubstitution } },
    condition: { regexFilter: '^.+$', requestDomains, resourceTypes: ['main_frame', 'sub_frame'] },
  }));
}

/** Formats invalid entries as one sentence that names each of them, or returns null for none. */
export function describeInvalidEntries(invalid: readonly InvalidListEntry[]): string | null {
  if (invalid.length === 0) return null;

  const parts = invalid.map((entry) => `${JSON.stringify(entry.input)} in ${entry.list} (${entry.reason})`);
  return `Not applied, because these entries are not domain names: ${parts.join('; ')}`;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
