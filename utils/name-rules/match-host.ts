import { excludedDomainsOf } from './compile-rules';
import { NAME_RULES } from './rules';
import { nameRuleSchema } from './name-rule';
import type { NameRule, NameRuleCategory } from './name-rule';
import { toUrlRegex } from './url-pattern';

/** The first name rule that matched a host. */
export interface HostMatch {
  ruleId: string;
  category: NameRuleCategory;
}

interface CompiledNameRule {
  id: string;
  category: NameRuleCategory;
  pattern: RegExp;
  excludedDomains: string[];
}

/**
 * Builds a host matcher that applies the same regexes and domain exclusions as the
 * declarativeNetRequest rules, for tests and for checks inside the extension's own scripts.
 */
export function createHostMatcher(rules: readonly NameRule[]): (host: string) => HostMatch | null {
  const compiled = rules.map(compileForJs);

  return (host: string) => {
    const normalizedHost = host.trim().toLowerCase().replace(/\.$/, '');
    if (normalizedHost === '') return null;

    const url = `https://${normalizedHost}/`;
    for (const rule of compiled) {
      if (isExcluded(normalizedHost, rule.excludedDomains)) continue;
      if (rule.pattern.test(url)) return { ruleId: rule.id, category: rule.category };
    }
    return null;
  };
}

function compileForJs(input: NameRule): CompiledNameRule {
  const rule = nameRuleSchema.parse(input);
  return {
    id: rule.id,
    category: rule.category,
    // The 'i' flag mirrors isUrlFilterCaseSensitive: false in the compiled rules.
    pattern: new RegExp(toUrlRegex(rule.regex, rule.atHostEnd), 'i'),
    excludedDomains: excludedDomainsOf(rule),
  };
}

/** Mirrors excludedRequestDomains: a listed domain excludes itself and all its subdomains. */
function isExcluded(host: string, domains: readonly string[]): boolean {
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

let defaultMatcher: ((host: string) => HostMatch | null) | undefined;

/** Matches a host name against the curated NAME_RULES. Returns null when no rule applies. */
export function matchHost(host: string): HostMatch | null {
  defaultMatcher ??= createHostMatcher(NAME_RULES);
  return defaultMatcher(host);
}
