export { compileNameRules, excludedDomainsOf, MAX_REGEX_RULES, MAX_REGEX_SOURCE_LENGTH } from './compile-rules';
export type { CompileOptions, NameDnrRule } from './compile-rules';
export { createHostMatcher, matchHost } from './match-host';
export type { HostMatch } from './match-host';
export { ALWAYS_EXCLUDED_DOMAINS, nameRuleSchema, usesUnsupportedRe2Syntax } from './name-rule';
export type { NameRule, NameRuleCategory, ParsedNameRule } from './name-rule';
export { NAME_RULES } from './rules';
export { toUrlRegex } from './url-pattern';
