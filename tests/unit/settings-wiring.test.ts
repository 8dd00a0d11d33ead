import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { shouldOpenOptionsAfterInstall } from '../../utils/background/first-run';
import { CATEGORIES, CATEGORY_IDS, blockedCategoriesFor } from '../../utils/categories';
import { FILTERED_AGE_GROUPS } from '../../utils/policy/category-overrides';
import { endpointProblem, endpointProblemKind } from '../../utils/policy/endpoint';
import { withCategoryChoice } from '../../utils/settings/category-choices';
import type { CategoryOverrideFields } from '../../utils/settings/category-choices';
import { POLICY_RECHECK_ALARM, refreshManagedPolicy } from '../../utils/settings/managed-policy';
import {
  isEverySettingLocked,
  loadEffectiveSettings,
  POLICY_CACHE_KEY,
  saveParentSettings,
} from '../../utils/settings/stored-settings';

const NO_OVERRIDES: CategoryOverrideFields = { categoriesAdded: {}, categoriesRemoved: {} };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('category choices', () => {
  it('follows the table without overrides', () => {
    for (const group of FILTERED_AGE_GROUPS) {
      const table = CATEGORIES.filter((category) => category.blockedFor.includes(group)).map((category) => category.id);
      expect(blockedCategoriesFor(group, NO_OVERRIDES)).toEqual(table);
    }
    expect(blockedCategoriesFor('off', NO_OVERRIDES)).toEqual([]);
  });

  it('stores a removal from the table', () => {
    const category = blockedCategoriesFor('primary')[0]!;
    const next = withCategoryChoice(NO_OVERRIDES, 'primary', category, false);
    expect(next).toEqual({ categoriesAdded: {}, categoriesRemoved: { primary: [category] } });
    expect(blockedCategoriesFor('primary', next)).not.toContain(category);
  });

  it('forgets a choice equal to the table', () => {
    const category = blockedCategoriesFor('primary')[0]!;
    const removed = withCategoryChoice(NO_OVERRIDES, 'primary', category, false);
    expect(withCategoryChoice(removed, 'primary', category, true)).toEqual(NO_OVERRIDES);
  });

  // The built-in table may block every category for every group; then there is nothing to add.
  const unblocked = FILTERED_AGE_GROUPS.flatMap((group) =>
    CATEGORY_IDS.filter((id) => !blockedCategoriesFor(group).includes(id)).map((id) => [group, id] as const),
  )[0];
  it.skipIf(unblocked === undefined)('stores an addition outside the table', () => {
    const [group, category] = unblocked!;
    const next = withCategoryChoice(NO_OVERRIDES, group, category, true);
    expect(next).toEqual({ categoriesAdded: { [group]: [category] }, categoriesRemoved: {} });
    expect(blockedCategoriesFor(group, next)).toContain(category);
  });

  it('keeps a category both added and removed', () => {
    const id = CATEGORY_IDS[0];
    const overrides = { categoriesAdded: { primary: [id] }, categoriesRemoved: { primary: [id] } };
    expect(blockedCategoriesFor('primary', overrides)).toContain(id);
  });

  it('leaves other age groups alone', () => {
    const category = CATEGORIES[0]!.id;
    const next = withCategoryChoice({ categoriesAdded: {}, categoriesRemoved: { lowerSecondary: [category] } }, 'primary', category, false);
    expect(next.categoriesRemoved).toEqual({ lowerSecondary: [category], primary: [category] });
  });

  it('blocks nothing when off', () => {
    const overrides = { categoriesAdded: { primary: [...CATEGORY_IDS] }, categoriesRemoved: {} };
    expect(blockedCategoriesFor('off', overrides)).toEqual([]);
  });
});

describe('endpointProblemKind', () => {
  it.each([
    ['https://report.example.vn/api', null],
    ['http://127.0.0.1:8080/reports', null],
    ['http://localhost/reports', null],
    ['http://[::1]/reports', null],
    ['report.example.vn/api', 'invalidUrl'],
    ['https://user:secret@report.example.vn/', 'credentials'],
    ['http://report.example.vn/api', 'insecureHttp'],
    ['ftp://report.example.vn/', 'unsupportedScheme'],
  ] as const)('%s gives %s', (url, kind) => {
    expect(endpointProblemKind(url)).toBe(kind);
    expect(endpointProblem(url) === null).toBe(kind === null);
  });
});

describe('options after install', () => {
  it('opens for a parent install', () => {
    expect(shouldOpenOptionsAfterInstall({ reason: 'install', installType: 'normal', policyKeyCount: 0 })).toBe(true);
    expect(shouldOpenOptionsAfterInstall({ reason: 'install', installType: 'development', policyKeyCount: 0 })).toBe(true);
  });

  it('stays closed when managed', () => {
    expect(shouldOpenOptionsAfterInstall({ reason: 'install', installType: 'admin', policyKeyCount: 0 })).toBe(false);
    expect(shouldOpenOptionsAfterInstall({ reason: 'install', installType: 'normal', policyKeyCount: 2 })).toBe(false);
  });

  it('stays closed on update', () => {
    expect(shouldOpenOptionsAfterInstall({ reason: 'update', installType: 'normal', policyKeyCount: 0 })).toBe(false);
  });
});

describe('managed policy wiring', () => {
  it('caches valid keys and errors', async () => {
    await fakeBrowser.storage.managed.set({ AgeGroup: 'off', DenyList: ['bet.example', 'not a domain'], Colour: 'green' });
    const cache = await refreshManagedPolicy('startup');

    expect(cache?.policy).toEqual({ ageGroup: 'off', denyList: ['bet.example'] });
    expect(cache?.errors.map((error) => error.key)).toEqual(['DenyList', 'Colour']);
    const effective = await loadEffectiveSettings();
    expect(effective.settings.ageGroup).toBe('off');
    expect(effective.lockedFields).toEqual(['ageGroup', 'denyList']);
    expect(effective.policyErrors).toHaveLength(2);
    expect(effective.policyAppliedAt).toBe(cache?.updatedAt);
  });

  it('keeps the cache on an empty start-up read', async () => {
    await fakeBrowser.storage.managed.set({ AgeGroup: 'off' });
    await refreshManagedPolicy('startup');
    await fakeBrowser.storage.managed.clear();

    await refreshManagedPolicy('startup');
    expect((await loadEffectiveSettings()).settings.ageGroup).toBe('off');
    expect(await fakeBrowser.alarms.get(POLICY_RECHECK_ALARM)).toBeDefined();
  });

  it('recheck clears a removed policy', async () => {
    await fakeBrowser.storage.managed.set({ AgeGroup: 'off' });
    await refreshManagedPolicy('startup');
    await fakeBrowser.storage.managed.clear();
    await refreshManagedPolicy('startup');

    await refreshManagedPolicy('recheck');
    expect((await loadEffectiveSettings()).settings.ageGroup).toBe('primary');
  });

  it('stores an unchanged policy once', async () => {
    const cacheWrites: unknown[] = [];
    fakeBrowser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && POLICY_CACHE_KEY in changes) cacheWrites.push(changes[POLICY_CACHE_KEY]!.newValue);
    });
    await fakeBrowser.storage.managed.set({ AgeGroup: 'lowerSecondary', DenyList: ['bet.example', 'not a domain'] });
    const first = await refreshManagedPolicy('startup');

    // What each later start of the worker reads, with the keys in another order.
    await fakeBrowser.storage.managed.clear();
    await fakeBrowser.storage.managed.set({ DenyList: ['bet.example', 'not a domain'], AgeGroup: 'lowerSecondary' });
    const second = await refreshManagedPolicy('startup');
    const third = await refreshManagedPolicy('change');
    expect(cacheWrites).toHaveLength(1);
    expect(second).toEqual(first);
    expect(third).toEqual(first);

    await fakeBrowser.storage.managed.set({ AgeGroup: 'upperSecondary' });
    const changed = await refreshManagedPolicy('change');
    expect(cacheWrites).toHaveLength(2);
    expect(changed?.policy.ageGroup).toBe('upperSecondary');
    expect((await loadEffectiveSettings()).settings.ageGroup).toBe('upperSecondary');
  });

  it('sets no recheck without a cached policy', async () => {
    await refreshManagedPolicy('startup');
    expect(await fakeBrowser.alarms.get(POLICY_RECHECK_ALARM)).toBeUndefined();
  });

  it('clears the cache on an empty change', async () => {
    await fakeBrowser.storage.managed.set({ AgeGroup: 'off' });
    await refreshManagedPolicy('startup');
    await fakeBrowser.storage.managed.clear();

    await refreshManagedPolicy('change');
    const effective = await loadEffectiveSettings();
    expect(effective.settings.ageGroup).toBe('primary');
    expect(effective.managed).toBe(false);
  });

  it('rejects parent changes to policy fields', async () => {
    await fakeBrowser.storage.managed.set({ ReportEndpoint: 'https://school.example/reports' });
    await refreshManagedPolicy('startup');

    await expect(saveParentSettings({ reportEndpoint: 'https://home.example/' })).rejects.toThrow(/reportEndpoint/);
    await saveParentSettings({ denyList: ['games.example'] });
    expect((await loadEffectiveSettings()).settings.denyList).toEqual(['games.example']);
  });

  it('SettingsLocked locks every field', async () => {
    await fakeBrowser.storage.managed.set({ SettingsLocked: true });
    await refreshManagedPolicy('startup');

    const effective = await loadEffectiveSettings();
    expect(isEverySettingLocked(effective)).toBe(true);
    await expect(saveParentSettings({ language: 'en' })).rejects.toThrow(/language/);
  });

  it('partial policy leaves fields open', async () => {
    await fakeBrowser.storage.managed.set({ AgeGroup: 'primary' });
    await refreshManagedPolicy('startup');
    expect(isEverySettingLocked(await loadEffectiveSettings())).toBe(false);
    expect(await fakeBrowser.storage.local.get(POLICY_CACHE_KEY)).toHaveProperty(POLICY_CACHE_KEY);
  });
});
