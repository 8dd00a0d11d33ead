import { z } from 'zod/mini';
import { EXTENSION_ID } from '../extension-identity';
import { ALWAYS_EXCLUDED_DOMAINS, nameRuleSchema } from './name-rule';
import type { NameRule, NameRuleCategory, ParsedNameRule } from './name-rule';
import { toUrlRegex } from './url-pattern';

/** Chrome's MAX_NUMBER_OF_REGEX_RULES, counted separately for static rules and for dynamic plus session rules. */
export const MAX_REGEX_RULES = 1000;

/**
 * Upper bound on the length of a compiled `regexFilter`, in characters.
 *
 * NOTE: Chrome's real limit is 2 KB of memory for the compiled RE2 program, not for the source, and
 * that leaves room for only about a hundred RE2 instructions. The length is a proxy: in Chromium 156,
 * isRegexSupported accepted a 152-character rule of the bank look-alike shape and rejected a
 * 161-character one. Counted repetitions such as `{2,40}` cost far more than their length. The caller
 * must still ask `chrome.declarativeNetRequest.isRegexSupported({ regex, requireCapturing: true })`
 * before adding the rules, and drop and log each rule it rejects.
 */
export const MAX_REGEX_SOURCE_LENGTH = 150;

const compileOptionsSchema = z.object({
  firstRuleId: z._default(z.int().check(z.minimum(1)), 1),
  priority: z._default(z.int().check(z.minimum(1)), 1),
  extensionId: z._default(z.string().check(z.regex(/^[a-p]{32}$/, 'a Chrome extension ID is 32 letters a-p')), EXTENSION_ID),
});

export type CompileOptions = z.input<typeof compileOptionsSchema>;

/** A declarativeNetRequest rule that sends a matching page to the extension's block page. */
export interface NameDnrRule {
  id: number;
  priority: number;
  action: { type: 'redirect'; redirect: { regexSubstitution: string } };
  condition: {
    regexFilter: string;
    excludedRequestDomains: string[];
    resourceTypes: ['main_frame', 'sub_frame'];
    isUrlFilterCaseSensitive: false;
  };
}

/**
 * Compiles name rules into declarativeNetRequest redirect rules. The block page gets the category,
 * `reason=name`, and the blocked URL as its fragment (`\0` is the whole match, which is the URL).
 * Throws when a rule is invalid or a Chrome limit would be exceeded.
 */
export function compileNameRules(rules: readonly NameRule[], options: CompileOptions = {}): NameDnrRule[] {
  const { firstRuleId, priority, extensionId } = compileOptionsSchema.parse(options);
  if (rules.length > MAX_REGEX_RULES) {
    throw new Error(
      `Chrome accepts at most ${MAX_REGEX_RULES} regex rules, but ${rules.length} name rules were given. Remove some rules.`,
    );
  }

  return rules.map((input, index) => {
    const rule = nameRuleSchema.parse(input);
    const regexFilter = toUrlRegex(rule.regex, rule.atHostEnd);
    if (regexFilter.length > MAX_REGEX_SOURCE_LENGTH) {
      throw new Error(
        `Name rule "${rule.id}" compiles to a ${regexFilter.length}-character regex, over the maximum of ` +
          `${MAX_REGEX_SOURCE_LENGTH}. Split it into smaller rules.`,
      );
    }
    return toDnrRule(rule, regexFilter, firstRuleId + index, priority, extensionId);
  });
}

function toDnrRule(
  rule: ParsedNameRule,
  regexFilter: string,
  id: number,
  priority: number,
  extensionId: string,
): NameDnrRule {
  return {
    id,
    priority,
    action: { type: 'redirect', redirect: { regexSubstitution: blockPageSubstitution(extensionId, rule.category) } },
    condition: {
      regexFilter,
      excludedRequestDomains: excludedDomainsOf(rule),
      resourceTypes: ['main_frame', 'sub_frame'],
      isUrlFilterCaseSensitive: false,
    },
  };
}

function blockPageSubstitution(extensionId: string, category: NameRuleCategory): string {
  return `chrome-extension://${extensionId}/blocked.html?category=${category}&reason=name#\\0`;
}

/** Returns the rule's own exclusions plus the domains that no name rule may ever match. */
export function excludedDomainsOf(rule: ParsedNameRule): string[] {
  return [...ALWAYS_EXCLUDED_DOMAINS, ...rule.excludedDomains];
}
