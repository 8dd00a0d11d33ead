import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { translate } from '../../utils/i18n';
import type { Language, MessageKey } from '../../utils/i18n';
import type { Settings, SettingsField } from '../../utils/policy/settings';
import { isEverySettingLocked, saveParentSettings } from '../../utils/settings/stored-settings';
import type { EffectiveSettings } from '../../utils/settings/stored-settings';
import { ManagedBy } from '../shared/ManagedBy';

/** Props of every settings section. */
export interface SectionProps {
  effective: EffectiveSettings;
  language: Language;
}

export type Translator = (key: MessageKey, values?: string[]) => string;

export function translator(language: Language): Translator {
  return (key, values) => translate(language, key, values);
}

export function isLocked(effective: EffectiveSettings, field: SettingsField): boolean {
  return effective.lockedFields.includes(field);
}

/** Keeps only the fields that policy leaves to the parent, so a save never touches a locked one. */
export function unlockedChange(effective: EffectiveSettings, change: Partial<Settings>): Partial<Settings> {
  const entries = Object.entries(change).filter(([field]) => !isLocked(effective, field as SettingsField));
  return Object.fromEntries(entries) as Partial<Settings>;
}

/**
 * Returns a form value that starts from a stored value and is reset whenever the stored value
 * changes, for example when policy or another tab changes it while the page is open.
 */
export function useDraft<T>(stored: T): [T, (next: T) => void] {
  const [draft, setDraft] = useState<T>(stored);
  const storedJson = JSON.stringify(stored);
  useEffect(() => setDraft(stored), [storedJson]);
  return [draft, setDraft];
}

export interface SaveMessage {
  error: boolean;
  text: string;
}

/** Saves a parent change and returns the message to show; an error message names the cause. */
export async function saveChange(language: Language, change: Partial<Settings>): Promise<SaveMessage> {
  try {
    await saveParentSettings(change);
    return { error: false, text: translate(language, 'optionsSaved') };
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    return { error: true, text: translate(language, 'optionsSaveFailed', [cause]) };
  }
}

/**
 * The "Managed by …" note under a field that policy sets, or nothing. When policy locks every
 * setting, the page's banner states it once and the fields carry no note.
 */
export function FieldLock({ effective, language, field }: SectionProps & { field: SettingsField }) {
  if (!isLocked(effective, field) || isEverySettingLocked(effective)) return null;
  return <ManagedBy language={language} organizationName={effective.settings.organizationName} />;
}

export function StatusMessage({ message, testId }: { message: SaveMessage | null; testId: string }) {
  if (message === null) return null;
  return (
    <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'} data-testid={testId}>
      {message.text}
    </p>
  );
}

interface SettingsSectionProps {
  id: string;
  title: string;
  /** False when every field of the section is locked: the form then has no Save button. */
  editable: boolean;
  language: Language;
  onSave: () => Promise<void>;
  children: ComponentChildren;
}

/** Renders a titled form with its own Save button, so each section saves independently. */
export function SettingsSection({ id, title, editable, language, onSave, children }: SettingsSectionProps) {
  const submit = (event: Event): void => {
    event.preventDefault();
    void onSave();
  };
  return (
    <section class="card settings-section" aria-labelledby={`${id}-title`} data-testid={`section-${id}`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <form onSubmit={submit}>
        {children}
        {editable && <button type="submit">{translate(language, 'optionsSave')}</button>}
      </form>
    </section>
  );
}
