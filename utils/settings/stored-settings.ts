import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { createLogger } from '../logger';
import { mergeSettings } from '../policy/merge-settings';
import type { PolicyError } from '../policy/parse-managed-policy';
import type { ParsedPolicy } from '../policy/policy-keys';
import { createDefaultSettings, parseStoredSettings, SETTINGS_FIELDS, settingsSchema } from '../policy/settings';
import type { Settings, SettingsField } from '../policy/settings';

/**
 * Settings as every context sees them: policy > parent settings > defaults. Parent settings and the
 * last valid policy both live in `storage.local`; only the background reads `storage.managed` and
 * refreshes the cached policy (see managed-policy.ts), so pages never wait for policy to load.
 */
export const PARENT_SETTINGS_KEY = 'parentSettings';
export const POLICY_CACHE_KEY = 'policyCache';
const log = createLogger('settings');

export const policyCacheSchema = z.object({
  policy: z.record(z.string(), z.unknown()),
  errors: z.array(z.object({ key: z.string(), reason: z.string() })),
  updatedAt: z.number(),
});
export type PolicyCache = { policy: ParsedPolicy; errors: PolicyError[]; updatedAt: number };

export interface EffectiveSettings {
  settings: Settings;
  /** Fields set or locked by policy, which the parent cannot change. */
  lockedFields: SettingsField[];
  /** True when an enterprise policy applies. */
  managed: boolean;
  policyErrors: PolicyError[];
  /**
   * When the background stored the policy in force (its first read of these values), as a Unix
   * time in milliseconds; null before the first read.
   */
  policyAppliedAt: number | null;
}

export function effectiveFrom(parentRaw: unknown, cacheRaw: unknown): EffectiveSettings {
  const parent = parseStoredSettings(parentRaw);
  for (const warning of parent.warnings) log.warn(warning);

  const cache = parsePolicyCache(cacheRaw);
  const policy = cache?.policy ?? {};
  const { settings, lockedFields } = mergeSettings(createDefaultSettings(), parent.settings, policy);
  return {
    settings,
    lockedFields,
    managed: Object.keys(policy).length > 0,
    policyErrors: cache?.errors ?? [],
    policyAppliedAt: cache?.updatedAt ?? null,
  };
}

export function parsePolicyCache(raw: unknown): PolicyCache | null {
  if (raw === undefined) return null;

  const parsed = policyCacheSchema.safeParse(raw);
  if (parsed.success) return parsed.data as PolicyCache;
  log.error('The cached policy is invalid and was ignored until the next policy read', parsed.error.issues);
  return null;
}

export async function loadEffectiveSettings(): Promise<EffectiveSettings> {
  const stored = await browser.storage.local.get([PARENT_SETTINGS_KEY, POLICY_CACHE_KEY]);
  return effectiveFrom(stored[PARENT_SETTINGS_KEY], stored[POLICY_CACHE_KEY]);
}

/** Returns true when policy locks every setting, so the options page has nothing to edit. */
export function isEverySettingLocked(effective: EffectiveSettings): boolean {
  return SETTINGS_FIELDS.every((field) => effective.lockedFields.includes(field));
}

/** Returns the effective settings only, for code that does not show locks. */
export async function loadSettings(): Promise<Settings> {
  return (await loadEffectiveSettings()).settings;
}

/**
 * Validates and stores a change to the parent settings. Throws when a field is locked by policy
 * or invalid, naming the field, and stores nothing in that case.
 */
export async function saveParentSettings(change: Partial<Settings>): Promise<void> {
  const effective = await loadEffectiveSettings();
  const locked = Object.keys(change).filter((field) => effective.lockedFields.includes(field as SettingsField));
  if (locked.length > 0) throw new Error(`Settings managed by policy cannot be changed: ${locked.join(', ')}`);

  const stored = await browser.storage.local.get(PARENT_SETTINGS_KEY);
  const current = parseStoredSettings(stored[PARENT_SETTINGS_KEY]).settings;
  const next = settingsSchema.parse({ ...current, ...change });
  await browser.storage.local.set({ [PARENT_SETTINGS_KEY]: next });
}

/** Calls `listener` with the new effective settings whenever parent settings or policy change. */
export function watchEffectiveSettings(listener: (effective: EffectiveSettings) => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string): void => {
    if (area !== 'local' || !(PARENT_SETTINGS_KEY in changes || POLICY_CACHE_KEY in changes)) return;
    void loadEffectiveSettings().then(listener);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
