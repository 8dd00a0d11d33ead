import { z } from 'zod/mini';

/** Categories that a host-name rule can report, a subset of the blocking categories. */
export const NAME_RULE_CATEGORIES = ['gambling', 'adult', 'scam'] as const;
export type NameRuleCategory = (typeof NAME_RULE_CATEGORIES)[number];

/** RE2, which Chrome uses for `regexFilter`, rejects lookaround and backreferences. */
const RE2_UNSUPPORTED = /\(\?<?[=!]|\\[1-9]/;

/** Returns true when `source` uses syntax that RE2 does not support. */
export function usesUnsupportedRe2Syntax(source: string): boolean {
  return RE2_UNSUPPORTED.test(source);
}

/**
 * One curated host-name pattern. `regex` matches one or more whole host tokens, which are the parts
 * of the host between '.' and '-'. `toUrlRegex` anchors it to the host part of a URL.
 */
export const nameRuleSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and hyphens')),
  category: z.enum(NAME_RULE_CATEGORIES),
  regex: z
    .string()
    .check(
      z.minLength(1),
      z.refine((source) => !usesUnsupportedRe2Syntax(source), 'RE2 supports no lookaround or backreference'),
    ),
  /** True when the pattern itself runs to the end of the host, so no further tokens may follow. */
  atHostEnd: z._default(z.boolean(), false),
  /** Official domains (and their subdomains) that the rule never matches. */
  excludedDomains: z._default(z.array(z.string()), []),
  comment: z.string().check(z.minLength(1)),
  positives: z.array(z.string()).check(z.minLength(1)),
  negatives: z.array(z.string()).check(z.minLength(1)),
});

export type NameRule = z.input<typeof nameRuleSchema>;
export type ParsedNameRule = z.output<typeof nameRuleSchema>;

/**
 * Domains that no name rule ever matches, for state bodies and schools. Only such bodies can register
 * names under them, so a betting or adult word in one of their hosts is a false match.
 */
export const ALWAYS_EXCLUDED_DOMAINS = ['gov.vn', 'edu.vn'] as const;
