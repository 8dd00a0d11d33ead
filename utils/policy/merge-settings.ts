import type { ParsedPolicy } from './policy-keys';
import { SETTINGS_FIELDS, type Settings, type SettingsField } from './settings';

export interface MergedSettings {
  settings: Settings;
  /** Fields that the parent cannot change because policy sets or locks them, in field order. */
  lockedFields: SettingsField[];
}

/** Copies the fields whose value is not undefined, so an explicit undefined cannot hide a default. */
function definedFields(partial: Partial<Settings>): Partial<Settings> {
  const entries = Object.entries(partial).filter(([, value]) => value !== undefined);
  return Object.fromEntries(entries) as Partial<Settings>;
}

/**
 * Applies the precedence policy > parent settings > defaults, field by field. A policy value
 * replaces the parent's value whole: lists are not merged. Each field that policy sets is
 * locked, and `SettingsLocked: true` locks every field while the parent's values still apply
 * where policy sets nothing.
 */
export function mergeSettings(defaults: Settings, parent: Partial<Settings>, policy: ParsedPolicy): MergedSettings {
  const { settingsLocked, ...policyValues } = policy;
  const enforced = definedFields(policyValues);

  const settings: Settings = { ...defaults, ...definedFields(parent), ...enforced };
  const lockedFields =
    settingsLocked === true ? [...SETTINGS_FIELDS] : SETTINGS_FIELDS.filter((field) => field in enforced);
  return { settings, lockedFields };
}
