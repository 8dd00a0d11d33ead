import { browser } from 'wxt/browser';
import { z } from 'zod';
import { DEFAULT_AGE_GROUP, ageGroupSchema } from './age-groups';
import { DEFAULT_LANGUAGE, languageSchema } from './language';
import { createLogger } from './logger';
import { isAllowedEndpoint } from './endpoint';

/** Parent settings kept in `storage.local`; every read is validated and repaired field by field. */
const STORAGE_KEY = 'parentSettings';
const log = createLogger('settings');

export const parentSettingsSchema = z.object({
  ageGroup: ageGroupSchema,
  language: languageSchema,
  reportEndpoint: z.string().refine(isAllowedEndpoint, 'endpoint must be https, or http on a loopback address').nullable(),
});
export type ParentSettings = z.infer<typeof parentSettingsSchema>;

export const DEFAULT_SETTINGS: ParentSettings = {
  ageGroup: DEFAULT_AGE_GROUP,
  language: DEFAULT_LANGUAGE,
  reportEndpoint: null,
};

/** Repairs each invalid or missing field from the defaults, with one warning per repaired field. */
export function repairSettings(raw: unknown): ParentSettings {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const repaired: Record<string, unknown> = {};

  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof ParentSettings)[]) {
    const field = parentSettingsSchema.shape[key].safeParse(record[key]);
    if (field.success) {
      repaired[key] = field.data;
      continue;
    }
    if (record[key] !== undefined) log.warn(`Stored setting "${key}" is invalid and was reset to its default`);
    repaired[key] = DEFAULT_SETTINGS[key];
  }
  return parentSettingsSchema.parse(repaired);
}

export async function loadSettings(): Promise<ParentSettings> {
  const stored = await browser.storage.local.get(STORAGE_KEY);
  return repairSettings(stored[STORAGE_KEY]);
}

/** Validates and stores a change; throws a ZodError naming the invalid field. */
export async function saveSettings(change: Partial<ParentSettings>): Promise<ParentSettings> {
  const next = parentSettingsSchema.parse({ ...(await loadSettings()), ...change });
  await browser.storage.local.set({ [STORAGE_KEY]: next });
  return next;
}

/** Calls `listener` with the new settings whenever they change in any extension context. */
export function watchSettings(listener: (settings: ParentSettings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && STORAGE_KEY in changes) listener(repairSettings(changes[STORAGE_KEY]?.newValue));
  });
}
