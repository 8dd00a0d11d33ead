import { useState } from 'preact/hooks';
import type { MessageKey } from '../../utils/i18n';
import { endpointProblemKind } from '../../utils/policy/endpoint';
import { helpContactSchema } from '../../utils/policy/help-contact';
import type { HelpContact } from '../../utils/policy/help-contact';
import { ENDPOINT_PROBLEM_KEYS } from './ReportingSection';
import { FieldLock, isLocked, saveChange, SettingsSection, StatusMessage, translator, useDraft } from './section-kit';
import type { SaveMessage, SectionProps, Translator } from './section-kit';

const CONTACT_FIELDS = ['name', 'phone', 'hours', 'address', 'url'] as const;
type ContactField = (typeof CONTACT_FIELDS)[number];
/** A contact as typed: every field is text, and an empty field means "not given". */
type ContactDraft = Record<ContactField, string>;
type ContactErrors = Partial<Record<ContactField, string>>;

const FIELD_LABEL_KEYS: Record<ContactField, MessageKey> = {
  name: 'optionsContactName',
  phone: 'optionsContactPhone',
  hours: 'optionsContactHours',
  address: 'optionsContactAddress',
  url: 'optionsContactUrl',
};

const EMPTY_CONTACT: ContactDraft = { name: '', phone: '', hours: '', address: '', url: '' };

function toDraft(contact: HelpContact): ContactDraft {
  return { ...EMPTY_CONTACT, ...contact };
}

/** Builds the contact object that helpContactSchema checks, leaving out empty fields. */
function fromDraft(draft: ContactDraft): Record<string, string> {
  const entries = CONTACT_FIELDS.map((field) => [field, draft[field].trim()] as const).filter(([, value]) => value !== '');
  return Object.fromEntries(entries);
}

function fieldError(field: ContactField, draft: ContactDraft, t: Translator): string {
  if (field === 'name') return t('optionsContactNameMissing');
  if (field === 'phone') return t('optionsContactPhoneInvalid');
  const problem = endpointProblemKind(draft.url.trim());
  return t(ENDPOINT_PROBLEM_KEYS[problem ?? 'invalidUrl']);
}

/** Checks one contact and returns a message per field in the page's language. */
function contactErrors(draft: ContactDraft, t: Translator): ContactErrors {
  const result = helpContactSchema.safeParse(fromDraft(draft));
  if (result.success) return {};

  const errors: ContactErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as ContactField;
    errors[field] = fieldError(field, draft, t);
  }
  return errors;
}

/** An editable list of people or services that a child can contact for help. */
export function HelpContactsSection({ effective, language }: SectionProps) {
  const t = translator(language);
  const [drafts, setDrafts] = useDraft<ContactDraft[]>(effective.settings.helpContacts.map(toDraft));
  const [errors, setErrors] = useState<ContactErrors[]>([]);
  const [message, setMessage] = useState<SaveMessage | null>(null);
  const locked = isLocked(effective, 'helpContacts');

  const update = (index: number, field: ContactField, value: string): void => {
    setDrafts(drafts.map((draft, position) => (position === index ? { ...draft, [field]: value } : draft)));
  };
  const save = async (): Promise<void> => {
    // A contact left completely empty is dropped rather than reported.
    const filled = drafts.filter((draft) => Object.keys(fromDraft(draft)).length > 0);
    const found = filled.map((draft) => contactErrors(draft, t));
    setDrafts(filled);
    setErrors(found);
    if (found.some((contactError) => Object.keys(contactError).length > 0)) {
      setMessage({ error: true, text: t('optionsContactsInvalid') });
      return;
    }
    setMessage(await saveChange(language, { helpContacts: filled.map((draft) => helpContactSchema.parse(fromDraft(draft))) }));
  };

  return (
    <SettingsSection id="contacts" title={t('optionsContactsTitle')} editable={!locked} language={language} onSave={save}>
      <p class="muted">{t('optionsContactsHelp')}</p>
      {drafts.map((draft, index) => (
        <fieldset class="contact" data-testid="contact">
          <legend>{t('optionsContactLegend', [String(index + 1)])}</legend>
          {CONTACT_FIELDS.map((field) => (
            <ContactInput
              id={`contact-${index}-${field}`}
              label={t(FIELD_LABEL_KEYS[field])}
              value={draft[field]}
              error={errors[index]?.[field]}
              readOnly={locked}
              onInput={(value) => update(index, field, value)}
            />
          ))}
          {!locked && (
            <button type="button" class="secondary" onClick={() => {
              setDrafts(drafts.filter((_, position) => position !== index));
              setErrors([]);
            }}>
              {t('optionsContactRemove')}
            </button>
          )}
        </fieldset>
      ))}
      {!locked && (
        <button type="button" class="secondary" onClick={() => setDrafts([...drafts, { ...EMPTY_CONTACT }])}>
          ➕ {t('optionsContactAdd')}
        </button>
      )}
      <FieldLock effective={effective} language={language} field="helpContacts" />
      <StatusMessage message={message} testId="contacts-status" />
    </SettingsSection>
  );
}

interface ContactInputProps {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  readOnly: boolean;
  onInput: (value: string) => void;
}

function ContactInput({ id, label, value, error, readOnly, onInput }: ContactInputProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        value={value}
        readOnly={readOnly}
        aria-invalid={error !== undefined}
        aria-describedby={error === undefined ? undefined : `${id}-error`}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {error !== undefined && (
        <p id={`${id}-error`} class="error">
          {error}
        </p>
      )}
    </div>
  );
}
