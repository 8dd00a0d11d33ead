import { z } from 'zod/mini';
import { AGE_GROUPS, DEFAULT_AGE_GROUP } from '../age-groups';
import { normalizedDomainSchema } from '../domain-list';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../language';
import { categoryOverridesSchema } from './category-overrides';
import { describeType, describeValue } from './describe-value';
import { endpointSchema } from './endpoint';
import { helpContactListSchema } from './help-contact';
import { formatZodIssues } from './zod-issues';

/** YouTube restricted mode settings: `byAge` gives the age group's default, the others apply to every group. */
export const YOUTUBE_RESTRICT_SETTINGS = ['byAge', 'strict', 'moderate', 'off'] as const;

/** Maximum length of an organisation id or name. A project limit that keeps the popup readable. */
export const MAX_ORGANIZATION_TEXT_LENGTH = 200;

export const booleanSettingSchema = z.boolean({
  error: (issue) => `Expected true or false, got ${describeValue(issue.input)}.`,
});

export const ageGroupSettingSchema = z.enum(AGE_GROUPS, {
  error: (issue) => `Expected one of ${AGE_GROUPS.join(', ')}, got ${describeValue(issue.input)}.`,
});

export const youtubeRestrictSchema = z.enum(YOUTUBE_RESTRICT_SETTINGS, {
  error: (issue) => `Expected one of ${YOUTUBE_RESTRICT_SETTINGS.join(', ')}, got ${describeValue(issue.input)}.`,
});

export const languageSettingSchema = z.enum(LANGUAGES, {
  error: (issue) => `Expected one of ${LANGUAGES.join(', ')}, got ${describeValue(issue.input)}.`,
});

/** The report token is a secret, so its messages name the type but never the content. */
export const reportAuthTokenSchema = z
  .string({ error: (issue) => `Expected the token as text, got ${describeType(issue.input)}.` })
  .check(z.minLength(1, 'The token is empty.'));

export const organizationTextSchema = z
  .string({ error: (issue) => `Expected text, got ${describeValue(issue.input)}.` })
  .check(
    z.trim(),
    z.minLength(1, 'The text is empty.'),
    z.maxLength(MAX_ORGANIZATION_TEXT_LENGTH, `The text is longer than ${MAX_ORGANIZATION_TEXT_LENGTH} characters.`),
  );

const storedDomainListSchema = z.array(normalizedDomainSchema);

/**
 * Settings that decide what the extension blocks and shows. The same shape is stored for the
 * parent's choices and produced by mergeSettings; each field has its default here.
 */
export const settingsSchema = z.object({
  ageGroup: z._default(ageGroupSettingSchema, DEFAULT_AGE_GROUP),
  categoriesAdded: z._default(categoryOverridesSchema, () => ({})),
  categoriesRemoved: z._default(categoryOverridesSchema, () => ({})),
  allowList: z._default(storedDomainListSchema, () => []),
  denyList: z._default(storedDomainListSchema, () => []),
  allowOnlyMode: z._default(booleanSettingSchema, false),
  allowOnlyList: z._default(storedDomainListSchema, () => []),
  safeSearch: z._default(booleanSettingSchema, true),
  youtubeRestrict: z._default(youtubeRestrictSchema, 'byAge'),
  reportEndpoint: z._default(z.nullable(endpointSchema), null),
  reportAuthToken: z._default(z.nullable(reportAuthTokenSchema), null),
  organizationId: z._default(z.nullable(organizationTextSchema), null),
  organizationName: z._default(z.nullable(organizationTextSchema), null),
  helpContacts: z._default(helpContactListSchema, () => []),
  reportButtonVisible: z._default(booleanSettingSchema, true),
  language: z._default(languageSettingSchema, DEFAULT_LANGUAGE),
  extraListUrls: z._default(z.array(endpointSchema), () => []),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsField = keyof Settings;

export const SETTINGS_FIELDS = Object.keys(settingsSchema.shape) as SettingsField[];

/** Returns a fresh copy of the defaults, so a caller may change it without side effects. */
export function createDefaultSettings(): Settings {
  return settingsSchema.parse({});
}

export interface StoredSettingsResult {
  settings: Settings;
  /** One sentence per field that was repaired or dropped. */
  warnings: string[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function repairFields(raw: Record<string, unknown>, warnings: string[]): Record<string, unknown> {
  const repaired: Record<string, unknown> = {};
  for (const field of SETTINGS_FIELDS) {
    const result = settingsSchema.shape[field].safeParse(raw[field]);
    if (result.success) {
      repaired[field] = result.data;
      continue;
    }
    warnings.push(`Stored setting "${field}" is invalid and was reset to its default: ${formatZodIssues(result.error)}`);
  }
  for (const key of Object.keys(raw)) {
    if (!(SETTINGS_FIELDS as string[]).includes(key)) warnings.push(`Stored setting "${key}" is unknown and was dropped.`);
  }
  return repaired;
}

/**
 * Parses settings read from storage. A missing field takes its default silently, because new
 * versions add fields. An invalid field takes its default and adds a warning; so does an
 * unknown field, which is dropped. Does not throw for any JSON value.
 */
export function parseStoredSettings(raw: unknown): StoredSettingsResult {
  if (raw === undefined) return { settings: createDefaultSettings(), warnings: [] };
  if (!isPlainObject(raw)) {
    const warning = `Stored settings are ${describeType(raw)} instead of an object; all settings were reset to defaults.`;
    return { settings: createDefaultSettings(), warnings: [warning] };
  }

  const warnings: string[] = [];
  const assembled = settingsSchema.safeParse(repairFields(raw, warnings));
  if (assembled.success) return { settings: assembled.data, warnings };

  // Unreachable while every field passes its own schema in repairFields; kept so that a
  // future object-level rule cannot make this function throw.
  warnings.push(`Stored settings are inconsistent (${formatZodIssues(assembled.error)}); all settings were reset to defaults.`);
  return { settings: createDefaultSettings(), warnings };
}
