import type { CategoryId } from './categories';
import {
  assertRulesetWithinLimits,
  assertTotalWithinLimits,
  blockPageSubstitution,
  MAX_DOMAINS_PER_RULE,
  packRedirectRules,
  type BlockRedirectRule,
} from './ruleset/dnr-rule';
import { foldSubdomains, mergeHostLists, removeNeverBlocked } from './ruleset/domain-set';
import { INVALID_EXAMPLE_LIMIT, isValidHost, parseHostList } from './ruleset/host-list';

export { MAX_DOMAINS_PER_RULE, type BlockRedirectRule } from './ruleset/dnr-rule';

/**
 * Version of the compiler's output. Bump it when the emitted rules, stats or notices change for
 * the same input, so the build stops treating old outputs as up to date.
 */
export const RULESET_COMPILER_VERSION = 2;

export interface CategoryListInput {
  categoryId: CategoryId;
  /** Source lists with their names (paths relative to the blocklists directory). */
  lists: readonly { name: string; text: string }[];
}

export interface CompileOptions {
  extensionId: string;
  maxDomainsPerRule?: number;
  /** Hosts that must never be blocked, together with their subdomains. */
  neverBlock?: ReadonlySet<string>;
  /**
   * Hosts removed as exact entries before subdomains are folded, so that the listed hosts
   * under them stay blocked: hosting-platform suffixes such as `godaddysites.com`.
   */
  neverBlockExact?: ReadonlySet<string>;
}

export interface CategoryStats {
  categoryId: CategoryId;
  /** Non-blank, non-comment lines read from all source lists. */
  domainsIn: number;
  invalidLines: number;
  invalidExamples: string[];
  afterMerge: number;
  afterFolding: number;
  removedByNeverBlock: number;
  /** Never-block hosts emitted as `excludedRequestDomains` because a parent stays blocked. */
  exceptions: number;
  domainsOut: number;
  rulesOut: number;
  /** Size of the ruleset JSON in bytes (UTF-8). */
  bytes: number;
}

export interface CompiledRuleset {
  categoryId: CategoryId;
  rules: BlockRedirectRule[];
  /** Serialised ruleset, exactly as it should be written to disk. */
  json: string;
  stats: CategoryStats;
}

/** Compiles the lists of one category into a checked ruleset with its stats. */
export function compileCategory(input: CategoryListInput, options: CompileOptions): CompiledRuleset {
  const parsedLists = input.lists.map((list) => parseHostList(list.text));
  const merged = mergeHostLists(parsedLists.map((parsed) => parsed.hosts));
  const exact = options.neverBlockExact ?? new Set<string>();
  const withoutExact = merged.filter((host) => !exact.has(host));
  const folded = foldSubdomains(withoutExact);
  const allowed = removeNeverBlocked(folded, options.neverBlock ?? new Set());

  const substitution = blockPageSubstitution(options.extensionId, input.categoryId);
  const rules = packRedirectRules(
    allowed.hosts,
    substitution,
    options.maxDomainsPerRule ?? MAX_DOMAINS_PER_RULE,
    allowed.exceptionsByBlockedHost,
  );
  assertRulesetWithinLimits(input.categoryId, rules);

  const json = JSON.stringify(rules);
  const stats: CategoryStats = {
    categoryId: input.categoryId,
    domainsIn: sum(parsedLists.map((parsed) => parsed.lineCount)),
    invalidLines: sum(parsedLists.map((parsed) => parsed.invalidCount)),
    invalidExamples: parsedLists.flatMap((parsed) => parsed.invalidExamples).slice(0, INVALID_EXAMPLE_LIMIT),
    afterMerge: merged.length,
    afterFolding: folded.length,
    removedByNeverBlock: merged.length - withoutExact.length + allowed.removedCount,
    exceptions: sum([...allowed.exceptionsByBlockedHost.values()].map((hosts) => hosts.length)),
    domainsOut: allowed.hosts.length,
    rulesOut: rules.length,
    bytes: new TextEncoder().encode(json).byteLength,
  };
  return { categoryId: input.categoryId, rules, json, stats };
}

/**
 * Compiles every category and checks the limit that applies to all rulesets together.
 * Throws an Error that names the ruleset, rule and limit when Chrome would reject the output,
 * and one that lists them when a never-block host is not a valid host name.
 */
export function compileRulesets(
  inputs: readonly CategoryListInput[],
  options: CompileOptions,
): CompiledRuleset[] {
  const neverBlockHosts = [...(options.neverBlock ?? []), ...(options.neverBlockExact ?? [])];
  const invalidNeverBlock = neverBlockHosts.filter((host) => !isValidHost(host));
  if (invalidNeverBlock.length > 0) {
    throw new Error(`Invalid never-block hosts: ${invalidNeverBlock.join(', ')}. Use lowercase ASCII host names.`);
  }

  const compiled = inputs.map((input) => compileCategory(input, options));
  assertTotalWithinLimits(new Map(compiled.map((ruleset) => [ruleset.categoryId, ruleset.rules.length])));
  return compiled;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
