import type { z } from 'zod/mini';
import { normalizeDomainList } from '../domain-list';
import { categoryOverridesSchema } from './category-overrides';
import { describeValue } from './describe-value';
import { endpointProblem, endpointSchema } from './endpoint';
import { helpContactListSchema } from './help-contact';
import {
  ageGroupSettingSchema,
  booleanSettingSchema,
  languageSettingSchema,
  organizationTextSchema,
  reportAuthTokenSchema,
  youtubeRestrictSchema,
  type Settings,
} from './settings';
import { formatZodIssues } from './zod-issues';

/**
 * Policy as read from `storage.managed`, with camelCase field names. A field is present only
 * when its key was set and valid. `settingsLocked` locks every setting; each other field is
 * named like the setting it sets.
 */
export type ParsedPolicy = Partial<Settings> & { settingsLocked?: boolean };
type PolicyField = keyof ParsedPolicy;

interface ParsedValue<T> {
  /** Undefined when the whole value was rejected. */
  value: T | undefined;
  /** Sentences for the errors list; a list key may apply and still report skipped entries. */
  problems: string[];
}

type ValueParser<T> = (value: unknown) => ParsedValue<T>;

interface PolicyKeyDefinition {
  field: PolicyField;
  /** Parses a raw value and, when valid, writes it to `policy`; returns the problems found. */
  apply(value: unknown, policy: ParsedPolicy): string[];
}

function rejected<T>(reason: string): ParsedValue<T> {
  return { value: undefined, problems: [`${reason} This key is ignored.`] };
}

function fromSchema<T>(schema: z.ZodMiniType<T>): ValueParser<T> {
  return (value) => {
    const result = schema.safeParse(value);
    return result.success ? { value: result.data, problems: [] } : rejected(formatZodIssues(result.error));
  };
}

/** Splits a list into its text entries and a problem sentence for each entry of another type. */
function textEntries(value: unknown, noun: string): ParsedValue<string[]> {
  if (!Array.isArray(value)) return rejected(`Expected a list of ${noun}s, got ${describeValue(value)}.`);

  const texts: string[] = [];
  const problems: string[] = [];
  value.forEach((entry: unknown, index) => {
    if (typeof entry === 'string') texts.push(entry);
    else problems.push(`Skipped item [${index}]: expected a ${noun} as text, got ${describeValue(entry)}.`);
  });
  return { value: texts, problems };
}

// Domain and URL lists keep their valid entries: one typo must not switch off a whole
// school deny list. Every skipped entry is reported.
const parseDomainList: ValueParser<string[]> = (value) => {
  const entries = textEntries(value, 'domain name');
  if (entries.value === undefined) return entries;

  const { valid, invalid } = normalizeDomainList(entries.value);
  const skipped = invalid.map((entry) => `Skipped ${JSON.stringify(entry.input)}: ${entry.reason}`);
  return { value: valid, problems: [...entries.problems, ...skipped] };
};

const parseUrlList: ValueParser<string[]> = (value) => {
  const entries = textEntries(value, 'URL');
  if (entries.value === undefined) return entries;

  const problems = [...entries.problems];
  const urls = new Set<string>();
  for (const url of entries.value) {
    const problem = endpointProblem(url);
    if (problem === null) urls.add(url);
    else problems.push(`Skipped an entry: ${problem}`);
  }
  return { value: [...urls], problems };
};

function defineKey<F extends PolicyField>(field: F, parse: ValueParser<ParsedPolicy[F]>): PolicyKeyDefinition {
  return {
    field,
    apply(value, policy) {
      const result = parse(value);
      if (result.value !== undefined) policy[field] = result.value;
      return result.problems;
    },
  };
}

/**
 * Every policy key that `public/managed_schema.json` declares, with the field it sets. A unit
 * test checks that the schema file and this table list the same keys.
 */
export const POLICY_KEY_DEFINITIONS = {
  AgeGroup: defineKey('ageGroup', fromSchema(ageGroupSettingSchema)),
  CategoriesAdded: defineKey('categoriesAdded', fromSchema(categoryOverridesSchema)),
  CategoriesRemoved: defineKey('categoriesRemoved', fromSchema(categoryOverridesSchema)),
  AllowList: defineKey('allowList', parseDomainList),
  DenyList: defineKey('denyList', parseDomainList),
  AllowOnlyMode: defineKey('allowOnlyMode', fromSchema(booleanSettingSchema)),
  AllowOnlyList: defineKey('allowOnlyList', parseDomainList),
  SafeSearch: defineKey('safeSearch', fromSchema(booleanSettingSchema)),
  YouTubeRestrict: defineKey('youtubeRestrict', fromSchema(youtubeRestrictSchema)),
  ReportEndpoint: defineKey('reportEndpoint', fromSchema(endpointSchema)),
  ReportAuthToken: defineKey('reportAuthToken', fromSchema(reportAuthTokenSchema)),
  OrganizationId: defineKey('organizationId', fromSchema(organizationTextSchema)),
  OrganizationName: defineKey('organizationName', fromSchema(organizationTextSchema)),
  HelpContacts: defineKey('helpContacts', fromSchema(helpContactListSchema)),
  ReportButtonVisible: defineKey('reportButtonVisible', fromSchema(booleanSettingSchema)),
  DefaultLanguage: defineKey('language', fromSchema(languageSettingSchema)),
  SettingsLocked: defineKey('settingsLocked', fromSchema(booleanSettingSchema)),
  ExtraListUrls: defineKey('extraListUrls', parseUrlList),
} satisfies Record<string, PolicyKeyDefinition>;

export type PolicyKey = keyof typeof POLICY_KEY_DEFINITIONS;

export const POLICY_KEYS = Object.keys(POLICY_KEY_DEFINITIONS) as PolicyKey[];

export function isPolicyKey(key: string): key is PolicyKey {
  return Object.hasOwn(POLICY_KEY_DEFINITIONS, key);
}
