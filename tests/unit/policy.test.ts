import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AGE_GROUPS } from '../../utils/age-groups';
import { LANGUAGES } from '../../utils/i18n';
import { FILTERED_AGE_GROUPS } from '../../utils/policy/category-overrides';
import { endpointProblem, isAllowedEndpoint } from '../../utils/policy/endpoint';
import { mergeSettings } from '../../utils/policy/merge-settings';
import { parseManagedPolicy, unwrapPolicyValue } from '../../utils/policy/parse-managed-policy';
import { POLICY_KEYS, type ParsedPolicy, type PolicyKey } from '../../utils/policy/policy-keys';
import {
  createDefaultSettings,
  parseStoredSettings,
  SETTINGS_FIELDS,
  YOUTUBE_RESTRICT_SETTINGS,
  type Settings,
} from '../../utils/policy/settings';

interface KeyCase {
  key: PolicyKey;
  good: unknown;
  expected: ParsedPolicy;
  bad: unknown;
  badReason: RegExp;
}

const CONTACT = { name: 'Tổng đài 111', phone: '111', hours: '24/7' };

// One valid and one invalid value for every policy key. The bad reason must name the problem.
const KEY_CASES: KeyCase[] = [
  { key: 'AgeGroup', good: 'lowerSecondary', expected: { ageGroup: 'lowerSecondary' }, bad: 'teen', badReason: /Expected one of preschool, .*got the text "teen"/ },
  { key: 'CategoriesAdded', good: { primary: ['gambling'] }, expected: { categoriesAdded: { primary: ['gambling'] } }, bad: { primary: ['drugz'] }, badReason: /At primary\[0\]: the text "drugz" is not a known category id; known ids are adult, / },
  { key: 'CategoriesRemoved', good: { upperSecondary: ['bypass', 'scam'] }, expected: { categoriesRemoved: { upperSecondary: ['bypass', 'scam'] } }, bad: { teens: ['scam'] }, badReason: /Unknown age group "teens"; use preschool, primary, lowerSecondary, upperSecondary\./ },
  { key: 'AllowList', good: ['vnedu.vn', 'https://Zalo.me/x'], expected: { allowList: ['vnedu.vn', 'zalo.me'] }, bad: 'vnedu.vn', badReason: /Expected a list of domain names, got the text "vnedu.vn"\./ },
  { key: 'DenyList', good: ['*.bet.example'], expected: { denyList: ['bet.example'] }, bad: { domain: 'x.com' }, badReason: /Expected a list of domain names, got an object\./ },
  { key: 'AllowOnlyMode', good: true, expected: { allowOnlyMode: true }, bad: 'true', badReason: /Expected true or false, got the text "true"\./ },
  { key: 'AllowOnlyList', good: ['edu.vn'], expected: { allowOnlyList: ['edu.vn'] }, bad: 42, badReason: /Expected a list of domain names, got the number 42\./ },
  { key: 'SafeSearch', good: false, expected: { safeSearch: false }, bad: 1, badReason: /Expected true or false, got the number 1\./ },
  { key: 'YouTubeRestrict', good: 'moderate', expected: { youtubeRestrict: 'moderate' }, bad: 'Strict', badReason: /Expected one of byAge, strict, moderate, off, got the text "Strict"\./ },
  { key: 'ReportEndpoint', good: 'https://report.example.vn/api', expected: { reportEndpoint: 'https://report.example.vn/api' }, bad: 'http://report.example.vn/api', badReason: /uses http; use https/ },
  { key: 'ReportAuthToken', good: 'tok-123', expected: { reportAuthToken: 'tok-123' }, bad: '', badReason: /The token is empty\./ },
  { key: 'OrganizationId', good: 'truong-th-01', expected: { organizationId: 'truong-th-01' }, bad: ['x'], badReason: /Expected text, got a list of 1 item\./ },
  { key: 'OrganizationName', good: '  Trường Tiểu học Kim Đồng ', expected: { organizationName: 'Trường Tiểu học Kim Đồng' }, bad: 'x'.repeat(201), badReason: /longer than 200 characters/ },
  { key: 'HelpContacts', good: [CONTACT], expected: { helpContacts: [CONTACT] }, bad: [{ phone: '111' }], badReason: /At \[0\]\.name: Expected name as text, got nothing\./ },
  { key: 'ReportButtonVisible', good: false, expected: { reportButtonVisible: false }, bad: null, badReason: /Expected true or false, got null\./ },
  { key: 'DefaultLanguage', good: 'en', expected: { language: 'en' }, bad: 'fr', badReason: /Expected one of vi, en, got the text "fr"\./ },
  { key: 'SettingsLocked', good: true, expected: { settingsLocked: true }, bad: 'yes', badReason: /Expected true or false, got the text "yes"\./ },
  { key: 'ExtraListUrls', good: ['https://lists.example.vn/a.txt'], expected: { extraListUrls: ['https://lists.example.vn/a.txt'] }, bad: 'https://lists.example.vn/a.txt', badReason: /Expected a list of URLs, got the text "https:/ },
];

// A second key, valid in every case above, to show that the other keys still apply.
function companionOf(key: PolicyKey): { raw: Record<string, unknown>; parsed: ParsedPolicy } {
  if (key === 'OrganizationName') return { raw: { OrganizationId: 'school-7' }, parsed: { organizationId: 'school-7' } };
  return { raw: { OrganizationName: 'Trường A' }, parsed: { organizationName: 'Trường A' } };
}

describe('parseManagedPolicy key table', () => {
  it('covers every policy key', () => {
    expect(KEY_CASES.map((keyCase) => keyCase.key).sort()).toEqual([...POLICY_KEYS].sort());
  });

  it.each(KEY_CASES)('$key accepts a valid value', ({ key, good, expected }) => {
    const result = parseManagedPolicy({ [key]: good });

    expect(result.errors).toEqual([]);
    expect(result.policy).toEqual(expected);
  });

  it.each(KEY_CASES)('$key accepts a {Value} wrapper', ({ key, good, expected }) => {
    const result = parseManagedPolicy({ [key]: { Value: good } });

    expect(result.errors).toEqual([]);
    expect(result.policy).toEqual(expected);
  });

  it.each(KEY_CASES)('$key rejects a bad value alone', ({ key, bad, badReason }) => {
    const companion = companionOf(key);

    const result = parseManagedPolicy({ [key]: bad, ...companion.raw });

    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.key).toBe(key);
    expect(result.errors[0]?.reason).toMatch(badReason);
    expect(result.errors[0]?.reason).toMatch(/This key is ignored\.$/);
    expect(result.policy).toEqual(companion.parsed);
  });

  it.each(KEY_CASES)('$key rejects a wrapped bad value', ({ key, bad, badReason }) => {
    const result = parseManagedPolicy({ [key]: { Value: bad } });

    expect(result.errors.map((error) => error.key)).toEqual([key]);
    expect(result.errors[0]?.reason).toMatch(badReason);
    expect(result.policy).toEqual({});
  });
});

describe('parseManagedPolicy details', () => {
  it('parses a full policy in both formats', () => {
    const plain = {
      AgeGroup: 'primary',
      SafeSearch: true,
      DenyList: ['bet.example'],
      HelpContacts: [CONTACT],
      DefaultLanguage: 'vi',
    };
    const wrapped = Object.fromEntries(Object.entries(plain).map(([key, value]) => [key, { Value: value }]));

    expect(parseManagedPolicy(wrapped)).toEqual(parseManagedPolicy(plain));
    expect(parseManagedPolicy(plain).errors).toEqual([]);
  });

  it('reports unknown keys and applies the rest', () => {
    const result = parseManagedPolicy({ Colour: 'blue', SafeSearch: true });

    expect(result.policy).toEqual({ safeSearch: true });
    expect(result.errors).toEqual([
      { key: 'Colour', reason: 'Unknown policy key; see managed_schema.json for the supported keys. This key is ignored.' },
    ]);
  });

  it('suggests the key for a wrong letter case', () => {
    const result = parseManagedPolicy({ agegroup: 'primary' });

    expect(result.policy).toEqual({});
    expect(result.errors[0]?.reason).toMatch(/did you mean "AgeGroup"\? Key names are case-sensitive\./);
  });

  it('treats an empty or missing policy as no policy', () => {
    expect(parseManagedPolicy({})).toEqual({ policy: {}, errors: [] });
    expect(parseManagedPolicy(undefined)).toEqual({ policy: {}, errors: [] });
    expect(parseManagedPolicy(null)).toEqual({ policy: {}, errors: [] });
  });

  it('rejects a root that is not an object', () => {
    const result = parseManagedPolicy(['AgeGroup']);

    expect(result.policy).toEqual({});
    expect(result.errors).toEqual([
      { key: '', reason: 'Managed storage returned a list instead of an object, so no policy applies.' },
    ]);
  });

  it('unwraps only an object whose single key is Value', () => {
    expect(unwrapPolicyValue({ Value: 3 })).toBe(3);
    expect(unwrapPolicyValue({ Value: 3, Level: 'Mandatory' })).toEqual({ Value: 3, Level: 'Mandatory' });
    expect(unwrapPolicyValue({ value: 3 })).toEqual({ value: 3 });
    expect(unwrapPolicyValue([3])).toEqual([3]);
  });

  it('keeps valid domains and reports skipped entries', () => {
    const result = parseManagedPolicy({ DenyList: ['bet.example', 'nodot', 7, 'BET.example'] });

    expect(result.policy).toEqual({ denyList: ['bet.example'] });
    expect(result.errors).toEqual([
      { key: 'DenyList', reason: 'Skipped item [2]: expected a domain name as text, got the number 7.' },
      { key: 'DenyList', reason: 'Skipped "nodot": The host name has no dot; enter a full domain such as example.com.' },
    ]);
  });

  it('keeps valid list URLs and reports skipped entries', () => {
    const result = parseManagedPolicy({
      ExtraListUrls: ['https://a.example/list.txt', 'http://a.example/list.txt', 'http://127.0.0.1:8080/list.txt'],
    });

    expect(result.policy).toEqual({ extraListUrls: ['https://a.example/list.txt', 'http://127.0.0.1:8080/list.txt'] });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.reason).toMatch(/^Skipped an entry: the text "http:\/\/a\.example\/list\.txt" uses http; use https/);
  });

  it('rejects category lists with any unknown id', () => {
    const result = parseManagedPolicy({ CategoriesAdded: { primary: ['adult', 'unknown'], preschool: ['scam'] } });

    expect(result.policy).toEqual({});
    expect(result.errors[0]?.reason).toMatch(/At primary\[1\]: the text "unknown" is not a known category id/);
  });

  it('rejects categories added to the off group', () => {
    const result = parseManagedPolicy({ CategoriesAdded: { off: ['adult'] } });

    expect(result.errors[0]?.reason).toMatch(/Unknown age group "off"/);
  });

  it('rejects categories given as text', () => {
    const result = parseManagedPolicy({ CategoriesRemoved: { primary: 'adult' } });

    expect(result.errors[0]?.reason).toMatch(/At primary: Expected a list of category ids, got the text "adult"\./);
  });

  it('accepts report endpoints on loopback over http', () => {
    for (const url of ['http://127.0.0.1:8787/report', 'http://localhost:3000/r', 'http://[::1]:8080/r']) {
      const result = parseManagedPolicy({ ReportEndpoint: url });

      expect(result.errors).toEqual([]);
      expect(result.policy.reportEndpoint).toBe(url);
    }
  });

  it('never quotes the report token', () => {
    const result = parseManagedPolicy({ ReportAuthToken: 987654321 });

    expect(result.errors[0]?.reason).toBe('Expected the token as text, got a number. This key is ignored.');
  });

  it('reports help contact problems by location', () => {
    const cases: [unknown, RegExp][] = [
      [[{ name: 'A', email: 'a@b.c' }], /At \[0\]: Unknown field "email"; a contact has name, phone, hours, address and url\./],
      [[CONTACT, { name: 'B', url: 'http://b.example' }], /At \[1\]\.url: the text "http:\/\/b\.example" uses http/],
      [[{ name: 'C', phone: 'call me' }], /At \[0\]\.phone: the text "call me" is not a phone number/],
      [[{ name: '  ' }], /At \[0\]\.name: The name is empty/],
      ['111', /Expected a list of contacts, got the text "111"\./],
    ];

    for (const [value, reason] of cases) {
      const result = parseManagedPolicy({ HelpContacts: value });

      expect(result.policy).toEqual({});
      expect(result.errors[0]?.reason).toMatch(reason);
    }
  });

  it('accepts common phone formats', () => {
    const contacts = [
      { name: 'A', phone: '1800 1567' },
      { name: 'B', phone: '+84 24 3936 1234' },
      { name: 'C', phone: '(024) 3936-1234' },
    ];

    expect(parseManagedPolicy({ HelpContacts: contacts }).policy).toEqual({ helpContacts: contacts });
  });
});

describe('isAllowedEndpoint', () => {
  it.each([
    'https://report.example.vn/api',
    'https://report.example.vn:8443/api?x=1',
    'http://127.0.0.1:8787/report',
    'http://127.5.6.7/report',
    'http://localhost/report',
    'http://localhost:3000/report',
    'http://[::1]:8080/report',
  ])('allows %s', (url) => {
    expect(isAllowedEndpoint(url)).toBe(true);
  });

  it.each([
    'http://report.example.vn/api',
    'http://localhost.example.com/report',
    'http://127.0.0.1.example.com/report',
    'http://10.0.0.1/report',
    'ftp://report.example.vn/',
    'javascript:alert(1)',
    'report.example.vn/api',
    '',
    'https://user:secret@report.example.vn/api',
  ])('rejects %j', (url) => {
    expect(isAllowedEndpoint(url)).toBe(false);
  });

  it('never repeats a URL that contains a password', () => {
    const problem = endpointProblem('https://user:secret@report.example.vn/api');

    expect(problem).not.toBeNull();
    expect(problem).not.toContain('secret');
  });
});

describe('mergeSettings', () => {
  const defaults = createDefaultSettings();

  it('uses defaults when nothing is set', () => {
    const merged = mergeSettings(defaults, {}, {});

    expect(merged.settings).toEqual(defaults);
    expect(merged.lockedFields).toEqual([]);
  });

  it('prefers parent settings over defaults', () => {
    const merged = mergeSettings(defaults, { ageGroup: 'upperSecondary', denyList: ['a.example'] }, {});

    expect(merged.settings.ageGroup).toBe('upperSecondary');
    expect(merged.settings.denyList).toEqual(['a.example']);
    expect(merged.settings.safeSearch).toBe(true);
    expect(merged.lockedFields).toEqual([]);
  });

  it('prefers policy over parent settings and locks those fields', () => {
    const parent: Partial<Settings> = { ageGroup: 'upperSecondary', denyList: ['a.example'], safeSearch: false };
    const policy: ParsedPolicy = { ageGroup: 'preschool', denyList: ['b.example'] };

    const merged = mergeSettings(defaults, parent, policy);

    expect(merged.settings.ageGroup).toBe('preschool');
    expect(merged.settings.denyList).toEqual(['b.example']);
    expect(merged.settings.safeSearch).toBe(false);
    expect(merged.lockedFields).toEqual(['ageGroup', 'denyList']);
  });

  it('lets policy set a value to false or null', () => {
    const merged = mergeSettings(defaults, { reportButtonVisible: true }, { reportButtonVisible: false });

    expect(merged.settings.reportButtonVisible).toBe(false);
    expect(merged.lockedFields).toEqual(['reportButtonVisible']);
  });

  it('ignores explicit undefined values', () => {
    const merged = mergeSettings(defaults, { ageGroup: undefined }, { safeSearch: undefined });

    expect(merged.settings.ageGroup).toBe(defaults.ageGroup);
    expect(merged.settings.safeSearch).toBe(defaults.safeSearch);
    expect(merged.lockedFields).toEqual([]);
  });

  it('locks every field when SettingsLocked is true', () => {
    const merged = mergeSettings(defaults, { ageGroup: 'upperSecondary' }, { settingsLocked: true, safeSearch: true });

    expect(merged.settings.ageGroup).toBe('upperSecondary');
    expect(merged.lockedFields).toEqual(SETTINGS_FIELDS);
  });

  it('locks only policy fields when SettingsLocked is false', () => {
    const merged = mergeSettings(defaults, {}, { settingsLocked: false, language: 'en' });

    expect(merged.settings.language).toBe('en');
    expect(merged.lockedFields).toEqual(['language']);
  });

  it('applies a parsed managed policy end to end', () => {
    const { policy } = parseManagedPolicy({ AgeGroup: { Value: 'preschool' }, AllowOnlyMode: true, Bogus: 1 });

    const merged = mergeSettings(defaults, { ageGroup: 'primary', allowOnlyMode: false }, policy);

    expect(merged.settings.ageGroup).toBe('preschool');
    expect(merged.settings.allowOnlyMode).toBe(true);
    expect(merged.lockedFields).toEqual(['ageGroup', 'allowOnlyMode']);
  });

  it('does not change its inputs', () => {
    const parent: Partial<Settings> = { denyList: ['a.example'] };

    mergeSettings(defaults, parent, { ageGroup: 'off' });

    expect(parent).toEqual({ denyList: ['a.example'] });
    expect(defaults).toEqual(createDefaultSettings());
  });
});

describe('settings defaults', () => {
  it('match the documented values', () => {
    const defaults = createDefaultSettings();

    expect(defaults).toEqual({
      ageGroup: 'primary',
      categoriesAdded: {},
      categoriesRemoved: {},
      allowList: [],
      denyList: [],
      allowOnlyMode: false,
      allowOnlyList: [],
      safeSearch: true,
      youtubeRestrict: 'byAge',
      reportEndpoint: null,
      reportAuthToken: null,
      organizationId: null,
      organizationName: null,
      helpContacts: [],
      reportButtonVisible: true,
      language: 'vi',
      extraListUrls: [],
    });
  });

  it('are fresh objects on each call', () => {
    const first = createDefaultSettings();
    first.denyList.push('a.example');

    expect(createDefaultSettings().denyList).toEqual([]);
  });
});

describe('parseStoredSettings', () => {
  it('keeps valid stored settings', () => {
    const stored: Settings = {
      ...createDefaultSettings(),
      ageGroup: 'lowerSecondary',
      denyList: ['bet.example'],
      reportEndpoint: 'https://r.example/api',
      helpContacts: [CONTACT],
    };

    const result = parseStoredSettings(stored);

    expect(result.settings).toEqual(stored);
    expect(result.warnings).toEqual([]);
  });

  it('fills missing fields silently', () => {
    const result = parseStoredSettings({ ageGroup: 'preschool' });

    expect(result.settings).toEqual({ ...createDefaultSettings(), ageGroup: 'preschool' });
    expect(result.warnings).toEqual([]);
  });

  it('repairs each bad field with one warning', () => {
    const result = parseStoredSettings({
      ageGroup: 'toddler',
      safeSearch: 'yes',
      denyList: ['Not Normalised.com'],
      reportEndpoint: 'http://r.example/api',
      youtubeRestrict: 'moderate',
    });

    expect(result.settings).toEqual({ ...createDefaultSettings(), youtubeRestrict: 'moderate' });
    expect(result.warnings).toHaveLength(4);
    expect(result.warnings[0]).toMatch(/^Stored setting "ageGroup" is invalid and was reset to its default: Expected one of/);
    expect(result.warnings[1]).toMatch(/^Stored setting "denyList" is invalid/);
    expect(result.warnings[2]).toMatch(/^Stored setting "safeSearch" is invalid/);
    expect(result.warnings[3]).toMatch(/^Stored setting "reportEndpoint" is invalid.*uses http/);
  });

  it('drops unknown fields with a warning', () => {
    const result = parseStoredSettings({ theme: 'dark', safeSearch: false });

    expect(result.settings.safeSearch).toBe(false);
    expect(result.settings).not.toHaveProperty('theme');
    expect(result.warnings).toEqual(['Stored setting "theme" is unknown and was dropped.']);
  });

  it('never quotes a stored token', () => {
    const result = parseStoredSettings({ reportAuthToken: 55555 });

    expect(result.settings.reportAuthToken).toBeNull();
    expect(result.warnings[0]).not.toContain('55555');
  });

  it('resets a value that is not an object', () => {
    for (const raw of ['settings', 3, null, []]) {
      const result = parseStoredSettings(raw);

      expect(result.settings).toEqual(createDefaultSettings());
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0]).toMatch(/instead of an object; all settings were reset to defaults\./);
    }
  });

  it('returns defaults without warning when nothing is stored', () => {
    expect(parseStoredSettings(undefined)).toEqual({ settings: createDefaultSettings(), warnings: [] });
  });
});

describe('managed_schema.json', () => {
  const schema = JSON.parse(readFileSync(new URL('../../public/managed_schema.json', import.meta.url), 'utf8')) as {
    type: string;
    properties: Record<string, Record<string, unknown>>;
  };

  it('lists exactly the keys the parser knows', () => {
    expect(Object.keys(schema.properties)).toEqual(POLICY_KEYS);
  });

  it('gives every key a title, a description and a type', () => {
    expect(schema.type).toBe('object');
    for (const [key, property] of Object.entries(schema.properties)) {
      expect(typeof property.title, key).toBe('string');
      expect(typeof property.description, key).toBe('string');
      expect(typeof property.type, key).toBe('string');
    }
  });

  it('uses no $ref and no top-level additionalProperties', () => {
    const text = JSON.stringify(schema);

    expect(text).not.toContain('$ref');
    expect(schema).not.toHaveProperty('additionalProperties');
  });

  it('declares the same enums as the code', () => {
    expect(schema.properties.AgeGroup?.enum).toEqual([...AGE_GROUPS]);
    expect(schema.properties.YouTubeRestrict?.enum).toEqual([...YOUTUBE_RESTRICT_SETTINGS]);
    expect(schema.properties.DefaultLanguage?.enum).toEqual([...LANGUAGES]);
  });

  it('declares the filtered age groups for category overrides', () => {
    for (const key of ['CategoriesAdded', 'CategoriesRemoved']) {
      const properties = schema.properties[key]?.properties as Record<string, unknown>;

      expect(Object.keys(properties)).toEqual([...FILTERED_AGE_GROUPS]);
    }
  });

  it('declares the types that each good value in the key table has', () => {
    for (const { key, good } of KEY_CASES) {
      let jsonType: string = typeof good;
      if (Array.isArray(good)) jsonType = 'array';

      expect(schema.properties[key]?.type, key).toBe(jsonType);
    }
  });

  it('marks the report token as sensitive', () => {
    expect(schema.properties.ReportAuthToken?.sensitiveValue).toBe(true);
  });
});
