import { useEffect, useRef, useState } from 'preact/hooks';
import { translate } from '../../utils/i18n';
import type { Language, MessageKey } from '../../utils/i18n';
import { sendToBackground } from '../../utils/messages';
import { MAX_CONTACT_CHARACTERS, MAX_DESCRIPTION_CHARACTERS, REPORTER_ROLES, URL_ONLY_CATEGORIES } from '../../utils/report/schema';
import type { ReportCategory, ReporterRole } from '../../utils/report/schema';
import { HelplineCard } from '../shared/HelplineCard';
import { readFormLocation } from './form-location';
import { redactScreenshot } from './redact-screenshot';
import type { Redaction } from './redact-screenshot';
import { CHILD_REPORT_CATEGORIES } from './report-category-labels';
import { ScreenshotSection } from './ScreenshotSection';
import type { ScreenshotState } from './ScreenshotSection';
import { SubmitResultView } from './SubmitResultView';
import type { SubmitState } from './SubmitResultView';

const ROLE_LABELS: Record<ReporterRole, MessageKey> = {
  child: 'reportRoleChild',
  parent: 'reportRoleParent',
  teacher: 'reportRoleTeacher',
};

/** Renders the report form, where the child chooses what happened, checks the screenshot, describes it and sends. */
export function ReportForm({ language }: { language: Language }) {
  const [formLocation] = useState(readFormLocation);
  const [category, setCategory] = useState<ReportCategory | null>(null);
  const [description, setDescription] = useState('');
  const [contact, setContact] = useState('');
  const [role, setRole] = useState<ReporterRole>('child');
  const [screenshot, setScreenshot] = useState<ScreenshotState>({ kind: 'none' });
  const [attach, setAttach] = useState(true);
  const [redactions, setRedactions] = useState<Redaction[]>([]);
  const [submit, setSubmit] = useState<SubmitState>({ kind: 'editing' });
  const notesRef = useRef<HTMLDivElement>(null);
  const t = (key: MessageKey, values?: string[]) => translate(language, key, values);

  // The 111 card and the no-screenshot notes appear below the category list: bring them into view.
  useEffect(() => {
    if (category) notesRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [category]);

  const chooseCategory = async (next: ReportCategory): Promise<void> => {
    setCategory(next);
    if (URL_ONLY_CATEGORIES.includes(next)) {
      // Drop any picture taken for an earlier choice: it must not be sent or kept on screen.
      setScreenshot({ kind: 'none' });
      setRedactions([]);
      return;
    }
    if (screenshot.kind === 'ready' || screenshot.kind === 'capturing') return;

    setScreenshot({ kind: 'capturing' });
    try {
      setScreenshot({ kind: 'ready', image: await sendToBackground('captureScreenshot', { category: next }) });
    } catch {
      setScreenshot({ kind: 'failed' });
    }
  };

  const send = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (!category || submit.kind === 'saving') return;

    setSubmit({ kind: 'saving' });
    try {
      const withImage = attach && screenshot.kind === 'ready' && !URL_ONLY_CATEGORIES.includes(category);
      const image = withImage ? await redactScreenshot(screenshot.image, redactions) : null;
      const request = { category, description, contact, reporterRole: role, screenshot: image, targetUrl: formLocation.targetUrl };
      setSubmit({ kind: 'saved', outcome: await sendToBackground('submitReport', request) });
    } catch (error) {
      setSubmit({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const close = () => (formLocation.inWindow ? window.close() : void sendToBackground('closeReportForm', {}));

  if (submit.kind === 'saved') return <SubmitResultView language={language} state={submit} onClose={close} />;

  return (
    <form onSubmit={(event) => void send(event)} onKeyDown={blockEnterWhileComposing} aria-labelledby="report-title">
      <h1 id="report-title">{t('reportFormTitle')}</h1>
      <p class="muted">{t('reportFormIntro')}</p>
      {formLocation.targetUrl && (
        <p class="card target" data-testid="report-target">
          {t('reportFormTargetLabel')} <span class="address">{formLocation.targetUrl}</span>
        </p>
      )}

      <fieldset class="categories">
        <legend>{t('reportFormCategoryLabel')}</legend>
        {CHILD_REPORT_CATEGORIES.map((option) => (
          <label class="category-option">
            <input type="radio" name="category" value={option.id} checked={category === option.id} onChange={() => void chooseCategory(option.id)} />
            <span aria-hidden="true">{option.icon}</span> {t(option.label)}
          </label>
        ))}
      </fieldset>

      <div ref={notesRef}>
        {category === 'selfHarm' && <HelplineCard language={language} />}
        {category === 'childSexualAbuse' && <p class="card" data-testid="url-only-note">{t('reportFormNoScreenshotCsam')}</p>}
        {category === 'grooming' && <p class="card" data-testid="url-only-note">{t('reportFormNoScreenshotGrooming')}</p>}
      </div>
      {category && !URL_ONLY_CATEGORIES.includes(category) && (
        <ScreenshotSection language={language} state={screenshot} attach={attach} onAttachChange={setAttach} redactions={redactions} onRedactionsChange={setRedactions} />
      )}

      <label for="description">{t('reportFormDescriptionLabel')}</label>
      <textarea id="description" rows={3} value={description} maxLength={MAX_DESCRIPTION_CHARACTERS} onInput={(event) => setDescription(event.currentTarget.value)} />

      <fieldset class="roles">
        <legend>{t('reportFormRoleLabel')}</legend>
        {REPORTER_ROLES.map((option) => (
          <label class="role-option">
            <input type="radio" name="role" value={option} checked={role === option} onChange={() => setRole(option)} /> {t(ROLE_LABELS[option])}
          </label>
        ))}
      </fieldset>

      <label for="contact">{t('reportFormContactLabel')}</label>
      <input id="contact" type="text" autocomplete="off" value={contact} maxLength={MAX_CONTACT_CHARACTERS} aria-describedby="contact-hint" onInput={(event) => setContact(event.currentTarget.value)} />
      <p id="contact-hint" class="muted hint">{t('reportFormContactHint')}</p>

      {submit.kind === 'failed' && <p class="error" role="alert">{t('reportFormError', [submit.message])}</p>}
      <div class="row actions">
        <button type="submit" disabled={!category || submit.kind === 'saving' || screenshot.kind === 'capturing'}>
          {submit.kind === 'saving' ? t('reportFormSaving') : t('reportFormSubmit')}
        </button>
        <button type="button" class="secondary" onClick={close}>
          {t('reportFormCancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * Stops Enter from submitting while an input method (such as a Vietnamese Telex or VNI keyboard)
 * is composing a word; that Enter confirms the word. Chrome reports such key presses with
 * `isComposing`, or with keyCode 229 on some input methods.
 */
function blockEnterWhileComposing(event: KeyboardEvent): void {
  if (event.key === 'Enter' && (event.isComposing || event.keyCode === 229)) event.preventDefault();
}
