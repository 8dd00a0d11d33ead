import { describe, expect, it } from 'vitest';
import { blockedCategoriesFor, CATEGORIES, CATEGORY_IDS } from '../../utils/categories';
import { EXTENSION_ID } from '../../utils/extension-identity';
import { DEFAULT_ALLOW_ONLY_SITES } from '../../utils/rules/allow-only';
import type { DnrRule } from '../../utils/rules/dnr-types';
import {
  assertWithinDynamicLimits,
  buildDynamicRules,
  isAllowOnlyActive,
  type DynamicRuleSettings,
} from '../../utils/rules/dynamic-rules';
import { RULE_PRIORITY } from '../../utils/rules/priorities';
import { allocateRuleIds, isOwnedRuleId, RULE_ID_RANGES } from '../../utils/rules/rule-ids';
import { buildSafeSearchRules, SEARCH_ENGINES, youtubeRestrictFor } from '../../utils/rules/safe-search';
import { planDomainListSave } from '../../utils/rules/save-domain-lists';
import { checkSiteList, MAX_SITE_LIST_ENTRIES } from '../../utils/rules/site-lists';
import { dynamicRuleChanges } from '../../utils/rules/rule-changes';

function fakeSettings(overrides: Partial<DynamicRuleSettings> = {}): DynamicRuleSettings {
  return {
    ageGroup: 'primary',
    allowList: [],
    denyList: [],
    allowOnlyMode: false,
    allowOnlyList: [],
    safeSearch: true,
    youtubeRestrict: 'byAge',
    ...overrides,
  };
}

function rulesOf(settings: Partial<DynamicRuleSettings>): DnrRule[] {
  return buildDynamicRules(fakeSettings(settings), EXTENSION_ID).rules;
}

function rulesInRange(rules: readonly DnrRule[], feature: keyof typeof RULE_ID_RANGES): DnrRule[] {
  const range = RULE_ID_RANGES[feature];
  return rules.filter((rule) => rule.id >= range.first && rule.id <= range.last);
}

function fakeDomains(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `site${index}.example.com`);
}

describe('blockedCategoriesFor matrix', () => {
  it.each([
    ['preschool', [...CATEGORY_IDS]],
    ['primary', [...CATEGORY_IDS]],
    ['lowerSecondary', [...CATEGORY_IDS]],
    ['upperSecondary', CATEGORY_IDS.filter((id) => id !== 'chat' && id !== 'social')],
    ['off', []],
  ] as const)('%s blocks its categories', (ageGroup, expected) => {
    expect(blockedCategoriesFor(ageGroup)).toEqual(expected);
  });

  it('gives every category a reason', () => {
    for (const category of CATEGORIES) expect(category.reason.length).toBeGreaterThan(20);
  });

  it('adds a category for one group', () => {
    const blocked = blockedCategoriesFor('upperSecondary', { categoriesAdded: { upperSecondary: ['social'] } });

    expect(blocked).toContain('social');
    expect(blocked).not.toContain('chat');
  });

  it('removes a category for one group', () => {
    const overrides = { categoriesRemoved: { lowerSecondary: ['social' as const] } };

    expect(blockedCategoriesFor('lowerSecondary', overrides)).not.toContain('social');
    expect(blockedCategoriesFor('primary', overrides)).toContain('social');
  });

  it('keeps a category both added and removed', () => {
    const overrides = { categoriesAdded: { primary: ['piracy' as const] }, categoriesRemoved: { primary: ['piracy' as const] } };

    expect(blockedCategoriesFor('primary', overrides)).toContain('piracy');
  });

  it('ignores overrides when off', () => {
    expect(blockedCategoriesFor('off', { categoriesAdded: { primary: ['adult'] } })).toEqual([]);
  });
});

describe('youtubeRestrictFor', () => {
  it.each([
    ['preschool', 'byAge', 'strict'],
    ['primary', 'byAge', 'strict'],
    ['lowerSecondary', 'byAge', 'strict'],
    ['upperSecondary', 'byAge', 'moderate'],
    ['upperSecondary', 'strict', 'strict'],
    ['primary', 'moderate', 'moderate'],
    ['upperSecondary', 'moderate', 'moderate'],
    ['primary', 'off', 'off'],
    ['off', 'byAge', 'off'],
    ['off', 'strict', 'off'],
  ] as const)('%s with setting %s gives %s', (ageGroup, setting, expected) => {
    expect(youtubeRestrictFor(ageGroup, setting)).toBe(expected);
  });
});

describe('SafeSearch rules', () => {
  const google = new RegExp(SEARCH_ENGINES.find((engine) => engine.name === 'Google')!.regexFilter);

  it.each([
    'https://www.google.com/search?q=a',
    'https://www.google.com.vn/search?q=a',
    'https://www.google.vn/search?q=a&tbm=isch',
    'https://google.co.uk/search?q=a',
    'http://www.google.de:8443/search?q=a',
  ])('Google pattern matches %s', (url) => {
    expect(google.test(url)).toBe(true);
  });

  it.each([
    'https://www.google.com/maps?q=a',
    'https://www.google.evil.com/search?q=a',
    'https://notgoogle.com/search?q=a',
    'https://docs.google.com/search?q=a',
  ])('Google pattern skips %s', (url) => {
    expect(google.test(url)).toBe(false);
  });

  it('removes then sets each parameter once', () => {
    for (const [index, rule] of buildSafeSearchRules().entries()) {
      const engine = SEARCH_ENGINES[index]!;
      expect(rule.action).toEqual({
        type: 'redirect',
        redirect: {
          transform: {
            queryTransform: { removeParams: [engine.param], addOrReplaceParams: [{ key: engine.param, value: engine.value }] },
          },
        },
      });
    }
  });
});

describe('buildDynamicRules', () => {
  it('builds nothing when off', () => {
    expect(buildDynamicRules(fakeSettings({ ageGroup: 'off', denyList: ['a.com'], allowOnlyMode: true }), EXTENSION_ID)).toEqual({
      rules: [],
      invalid: [],
      refused: [],
    });
  });

  it('uses unique ids inside the ranges', () => {
    const rules = rulesOf({ ageGroup: 'preschool', allowList: ['a.com'], denyList: ['b.com'], allowOnlyList: ['c.com'] });
    const ids = rules.map((rule) => rule.id);

    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every(isOwnedRuleId)).toBe(true);
  });

  it('adds SafeSearch only when set', () => {
    expect(rulesInRange(rulesOf({ safeSearch: true }), 'safeSearch').filter((rule) => rule.action.type === 'redirect')).toHaveLength(
      SEARCH_ENGINES.length,
    );
    expect(rulesOf({ safeSearch: false }).filter((rule) => rule.action.type === 'redirect')).toEqual([]);
  });

  it('sets the YouTube header per age group', () => {
    const header = (ageGroup: DynamicRuleSettings['ageGroup']) =>
      rulesOf({ ageGroup }).flatMap((rule) => (rule.action.type === 'modifyHeaders' ? rule.action.requestHeaders : []));

    expect(header('primary')).toEqual([{ header: 'YouTube-Restrict', operation: 'set', value: 'Strict' }]);
    expect(header('upperSecondary')).toEqual([{ header: 'YouTube-Restrict', operation: 'set', value: 'Moderate' }]);
    expect(rulesOf({ youtubeRestrict: 'off' }).some((rule) => rule.action.type === 'modifyHeaders')).toBe(false);
  });

  it('covers YouTube hosts and request types', () => {
    const rule = rulesOf({}).find((candidate) => candidate.action.type === 'modifyHeaders')!;

    expect(rule.condition.requestDomains).toEqual(
      expect.arrayContaining(['youtube.com', 'youtube-nocookie.com', 'youtubei.googleapis.com', 'youtube.googleapis.com']),
    );
    expect(rule.condition.resourceTypes).toEqual(['main_frame', 'sub_frame', 'xmlhttprequest']);
  });

  it('turns allow-only on for preschool', () => {
    const rules = rulesOf({ ageGroup: 'preschool', allowOnlyList: ['my-school.edu.vn'] });
    const [catchAll] = rulesInRange(rules, 'allowOnly');
    const allowed = rulesInRange(rules, 'allowOnlyList').flatMap((rule) => rule.condition.requestDomains ?? []);

    expect(catchAll?.condition).toEqual({ regexFilter: '^https?://.+$', resourceTypes: ['main_frame'] });
    expect(catchAll?.priority).toBe(RULE_PRIORITY.allowOnlyCatchAll);
    expect(allowed).toEqual(expect.arrayContaining([...DEFAULT_ALLOW_ONLY_SITES, 'my-school.edu.vn']));
  });

  it('turns allow-only on by setting', () => {
    expect(isAllowOnlyActive({ ageGroup: 'primary', allowOnlyMode: false })).toBe(false);
    expect(isAllowOnlyActive({ ageGroup: 'upperSecondary', allowOnlyMode: true })).toBe(true);
    expect(isAllowOnlyActive({ ageGroup: 'off', allowOnlyMode: true })).toBe(false);
    expect(rulesInRange(rulesOf({ ageGroup: 'primary' }), 'allowOnly')).toEqual([]);
  });

  it('orders priorities allow > deny > category > allow-only', () => {
    expect(RULE_PRIORITY.safeSearch).toBeGreaterThan(RULE_PRIORITY.allowList);
    expect(RULE_PRIORITY.allowList).toBeGreaterThan(RULE_PRIORITY.denyList);
    expect(RULE_PRIORITY.denyList).toBeGreaterThan(RULE_PRIORITY.category);
    expect(RULE_PRIORITY.category).toBeGreaterThan(RULE_PRIORITY.allowOnlyCatchAll);

    const rules = rulesOf({ allowList: ['a.com'], denyList: ['b.com'] });
    expect(rulesInRange(rules, 'allowList')[0]?.priority).toBe(RULE_PRIORITY.allowList);
    expect(rulesInRange(rules, 'denyList')[0]?.priority).toBe(RULE_PRIORITY.denyList);
  });

  it('redirects deny-list sites to the block page', () => {
    const [rule] = rulesInRange(rulesOf({ denyList: ['https://Bad.Example.com/x', 'other.vn'] }), 'denyList');

    expect(rule?.condition.requestDomains).toEqual(['bad.example.com', 'other.vn']);
    expect(rule?.action).toEqual({
      type: 'redirect',
      redirect: { regexSubstitution: `chrome-extension://${EXTENSION_ID}/blocked.html?category=denyList#\\0` },
    });
  });

  it('packs 1,000 domains per rule', () => {
    const rules = rulesInRange(rulesOf({ denyList: fakeDomains(2_500) }), 'denyList');

    expect(rules.map((rule) => rule.condition.requestDomains?.length)).toEqual([1_000, 1_000, 500]);
  });

  it('skips invalid entries and names them', () => {
    const plan = buildDynamicRules(fakeSettings({ denyList: ['good.vn', 'not a domain', '10.0.0.1'] }), EXTENSION_ID);

    expect(rulesInRange(plan.rules, 'denyList')[0]?.condition.requestDomains).toEqual(['good.vn']);
    expect(plan.invalid.map((entry) => entry.input)).toEqual(['not a domain', '10.0.0.1']);
    expect(plan.invalid.every((entry) => entry.list === 'denyList')).toBe(true);
  });

  it('refuses an oversized list and keeps others', () => {
    const plan = buildDynamicRules(fakeSettings({ denyList: fakeDomains(MAX_SITE_LIST_ENTRIES + 1), allowList: ['a.com'] }), EXTENSION_ID);

    expect(rulesInRange(plan.rules, 'denyList')).toEqual([]);
    expect(rulesInRange(plan.rules, 'allowList')).toHaveLength(1);
    expect(plan.refused).toHaveLength(1);
    expect(plan.refused[0]?.reason).toMatch(/denyList has 10,001 sites, more than the limit of 10,000/);
  });
});

describe('dynamic rule limits', () => {
  it('accepts a list at the limit', () => {
    expect(checkSiteList('allowList', fakeDomains(MAX_SITE_LIST_ENTRIES)).refused).toBeNull();
  });

  it('rejects too many unsafe rules', () => {
    const rules = Array.from({ length: 5_001 }, (_, index) => ({
      id: index + 1,
      priority: 1,
      action: { type: 'modifyHeaders' as const, requestHeaders: [] },
      condition: { resourceTypes: ['main_frame' as const] },
    }));

    expect(() => assertWithinDynamicLimits(rules)).toThrow(/5001 unsafe dynamic rules, over Chrome's limit of 5000/);
  });

  it('rejects too many regex rules', () => {
    const rules = Array.from({ length: 1_001 }, (_, index) => ({
      id: index + 1,
      priority: 1,
      action: { type: 'allow' as const },
      condition: { regexFilter: '^a', resourceTypes: ['main_frame' as const] },
    }));

    expect(() => assertWithinDynamicLimits(rules)).toThrow(/1001 regex dynamic rules/);
  });

  it('rejects ids beyond a range', () => {
    expect(allocateRuleIds('safeSearch', 99)).toHaveLength(99);
    expect(() => allocateRuleIds('safeSearch', 100)).toThrow(/owns only 99/);
  });
});

describe('dynamicRuleChanges', () => {
  const wanted = rulesOf({ allowList: ['a.com'], denyList: ['b.com'] });

  it('adds every rule the first time', () => {
    expect(dynamicRuleChanges([], wanted)).toEqual({ removeRuleIds: wanted.map((rule) => rule.id), addRules: wanted });
  });

  it('changes nothing the second time', () => {
    expect(dynamicRuleChanges(wanted, wanted)).toEqual({ removeRuleIds: [], addRules: [] });
  });

  it('ignores key order from Chrome', () => {
    const reordered = wanted.map((rule) => JSON.parse(JSON.stringify({ condition: rule.condition, action: rule.action, priority: rule.priority, id: rule.id })) as DnrRule);

    expect(dynamicRuleChanges(reordered, wanted)).toEqual({ removeRuleIds: [], addRules: [] });
  });

  it('removes stale rules and replaces changed ones', () => {
    const next = rulesOf({ allowList: ['a.com'], denyList: ['c.com'], safeSearch: false });
    const changes = dynamicRuleChanges(wanted, next);

    expect(changes.addRules.map((rule) => rule.id)).toEqual([RULE_ID_RANGES.denyList.first]);
    expect(changes.removeRuleIds).toEqual([1, 2, 3, 4, RULE_ID_RANGES.denyList.first]);
  });

  it('leaves rules outside the ranges alone', () => {
    const foreign: DnrRule = { id: 50_000, priority: 1, action: { type: 'allow' }, condition: { resourceTypes: ['main_frame'] } };

    expect(dynamicRuleChanges([foreign, ...wanted], wanted)).toEqual({ removeRuleIds: [], addRules: [] });
  });
});

describe('planDomainListSave', () => {
  it('saves valid entries and names invalid ones', () => {
    const plan = planDomainListSave({ denyList: ['Good.vn', 'bad entry', 'http://x.y.com/path'], allowList: ['ok.org'] });

    expect(plan.saved).toEqual({ denyList: ['good.vn', 'x.y.com'], allowList: ['ok.org'] });
    expect(plan.invalid).toEqual([{ list: 'denyList', input: 'bad entry', reason: expect.any(String) }]);
    expect(plan.message).toContain('"bad entry" in denyList');
  });

  it('does not save an oversized list', () => {
    const plan = planDomainListSave({ allowList: fakeDomains(MAX_SITE_LIST_ENTRIES + 1) });

    expect(plan.saved).toEqual({});
    expect(plan.refused[0]?.list).toBe('allowList');
  });

  it('returns no message when all entries are valid', () => {
    expect(planDomainListSave({ denyList: ['a.vn'] }).message).toBeNull();
  });
});
