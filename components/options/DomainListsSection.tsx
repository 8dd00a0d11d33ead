import { useState } from 'preact/hooks';
import { normalizeDomainList, splitDomainInput } from '../../utils/domain-list';
import { DEFAULT_ALLOW_ONLY_SITES } from '../../utils/rules/allow-only';
import type { MessageKey } from '../../utils/i18n';
import type { Settings } from '../../utils/policy/settings';
import { FieldLock, isLocked, saveChange, SettingsSection, StatusMessage, translator, unlockedChange, useDraft } from './section-kit';
import type { SaveMessage, SectionProps, Translator } from './section-kit';

type ListField = 'allowList' | 'denyList' | 'allowOnlyList';

const LIST_LABEL_KEYS: Record<ListField, MessageKey> = {
  allowList: 'optionsAllowListLabel',
  denyList: 'optionsDenyListLabel',
  allowOnlyList: 'optionsAllowOnlyListLabel',
};

const LIST_FIELDS: ListField[] = ['allowList', 'denyList', 'allowOnlyList'];

interface ParsedLists {
  change: Partial<Settings>;
  /** One sentence per list that had entries which are not domain names. */
  problems: string[];
}

/** Normalises every unlocked list; invalid entries are left out and named in `problems`. */
function parseLists(texts: Record<ListField, string>, editable: ListField[], t: Translator): ParsedLists {
  const change: Partial<Settings> = {};
  const problems: string[] = [];
  for (const field of editable) {
    const { valid, invalid } = normalizeDomainList(splitDomainInput(texts[field]));
    change[field] = valid;
    if (invalid.length > 0) {
      problems.push(t('optionsListInvalid', [t(LIST_LABEL_KEYS[field]), invalid.map((entry) => `“${entry.input}”`).join(', ')]));
    }
  }
  return { change, problems };
}

function listTexts(settings: Settings): Record<ListField, string> {
  return {
    allowList: settings.allowList.join('\n'),
    denyList: settings.denyList.join('\n'),
    allowOnlyList: settings.allowOnlyList.join('\n'),
  };
}

/** Allow, deny and allow-only lists, typed one domain per line, and the allow-only switch. */
export function DomainListsSection({ effective, language }: SectionProps) {
  const t = translator(language);
  const [texts, setTexts] = useDraft(listTexts(effective.settings));
  const [allowOnlyMode, setAllowOnlyMode] = useDraft(effective.settings.allowOnlyMode);
  const [message, setMessage] = useState<SaveMessage | null>(null);
  const editableLists = LIST_FIELDS.filter((field) => !isLocked(effective, field));
  const modeLocked = isLocked(effective, 'allowOnlyMode');
  // Preschool always uses allow-only mode, whatever the allowOnlyMode setting is (see isAllowOnlyActive).
  const preschool = effective.settings.ageGroup === 'preschool';

  const save = async (): Promise<void> => {
    const { change, problems } = parseLists(texts, editableLists, t);
    const result = await saveChange(language, unlockedChange(effective, { ...change, allowOnlyMode }));
    if (!result.error) setTexts({ ...texts, ...listTexts({ ...effective.settings, ...change }) });
    setMessage(result.error || problems.length === 0 ? result : { error: true, text: [result.text, ...problems].join(' ') });
  };

  const listBox = (field: ListField) => (
    <div class="field">
      <label for={`list-${field}`}>{t(LIST_LABEL_KEYS[field])}</label>
      <textarea
        id={`list-${field}`}
        rows={4}
        spellcheck={false}
        readOnly={isLocked(effective, field)}
        value={texts[field]}
        onInput={(event) => setTexts({ ...texts, [field]: event.currentTarget.value })}
      />
      <FieldLock effective={effective} language={language} field={field} />
    </div>
  );

  return (
    <SettingsSection id="lists" title={t('optionsListsTitle')} editable={editableLists.length > 0 || !modeLocked} language={language} onSave={save}>
      <p class="muted">{t('optionsListsHelp')}</p>
      {listBox('allowList')}
      {listBox('denyList')}
      <label class="check">
        <input
          type="checkbox"
          checked={preschool || allowOnlyMode}
          disabled={preschool || modeLocked}
          aria-describedby={preschool ? 'allow-only-preschool' : undefined}
          onChange={(event) => setAllowOnlyMode(event.currentTarget.checked)}
        />
        {t('optionsAllowOnlyModeLabel')}
      </label>
      {preschool && (
        <p id="allow-only-preschool" class="muted" data-testid="allow-only-preschool">
          {t('optionsAllowOnlyPreschool')}
        </p>
      )}
      <FieldLock effective={effective} language={language} field="allowOnlyMode" />
      {listBox('allowOnlyList')}
      <details class="field" data-testid="allow-only-defaults">
        <summary>{t('optionsAllowOnlyDefaults', [String(DEFAULT_ALLOW_ONLY_SITES.length)])}</summary>
        <ul>
          {DEFAULT_ALLOW_ONLY_SITES.map((site) => (
            <li>{site}</li>
          ))}
        </ul>
      </details>
      <StatusMessage message={message} testId="lists-status" />
    </SettingsSection>
  );
}
