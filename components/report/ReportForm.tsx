import { useState } from 'preact/hooks';
import { translate } from '../../utils/i18n';
import type { Language } from '../../utils/i18n';
import { sendToBackground } from '../../utils/messages';
import { MAX_DESCRIPTION_CHARACTERS, URL_ONLY_CATEGORIES } from '../../utils/report/schema';
import type { ReportCategory, Screenshot } from '../../utils/report/schema';
import { HelplineCard } from '../shared/HelplineCard';
import { CHILD_REPORT_CATEGORIES } from './report-category-labels';
import { SubmitResultView } from './SubmitResultView';
import type { SubmitState } from './SubmitResultView';

type ScreenshotState = { kind: 'none' } | { kind: 'capturing' } | { kind: 'ready'; image: Screenshot } | { kind: 'failed' };

/** The report form shown in the in-page overlay: choose what happened, describe it, send. */
export function ReportForm({ language }: { language: Language }) {
  const [category, setCategory] = useState<ReportCategory | null>(null);
  const [description, setDescription] = useState('');
  const [screenshot, setScreenshot] = useState<ScreenshotState>({ kind: 'none' });
  const [submit, setSubmit] = useState<SubmitState>({ kind: 'editing' });
  const t = (key: Parameters<typeof translate>[1], values?: string[]) => translate(language, key, values);

  const chooseCategory = async (next: ReportCategory): Promise<void> => {
    setCategory(next);
    if (URL_ONLY_CATEGORIES.includes(next)) {
      setScreenshot({ kind: 'none' });
      return;
    }
    if (screenshot.kind === 'ready' || screenshot.kind === 'capturing') return;

    setScreenshot({ kind: 'capturing' });
    try {
      setScreenshot({ kind: 'ready', image: await sendToBackground('captureScreenshot', {}) });
    } catch {
      setScreenshot({ kind: 'failed' });
    }
  };

  const send = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (!category || submit.kind === 'saving') return;

    setSubmit({ kind: 'saving' });
    const image = screenshot.kind === 'ready' && !URL_ONLY_CATEGORIES.includes(category) ? screenshot.image : null;
    try {
      const outcome = await sendToBackground('submitReport', { category, description, screenshot: image });
      setSubmit({ kind: 'saved', outcome });
    } catch (error) {
      setSubmit({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const close = () => void sendToBackground('closeReportForm', {});

  if (submit.kind === 'saved') return <SubmitResultView language={language} state={submit} onClose={close} />;

  return (
    <form onSubmit={(event) => void send(event)} aria-labelledby="report-title">
      <h1 id="report-title">{t('reportFormTitle')}</h1>
      <p class="muted">{t('reportFormIntro')}</p>

      <fieldset class="categories">
        <legend>{t('reportFormCategoryLabel')}</legend>
        {CHILD_REPORT_CATEGORIES.map((option) => (
          <label class="category-option">
            <input
              type="radio"
              name="category"
              value={option.id}
              checked={category === option.id}
              onChange={() => void chooseCategory(option.id)}
            />
            <span aria-hidden="true">{option.icon}</span> {t(option.label)}
          </label>
        ))}
      </fieldset>

      {category === 'selfHarm' && <HelplineCard language={language} />}
      {category && URL_ONLY_CATEGORIES.includes(category) && <p class="card" data-testid="url-only-note">{t('reportFormNoScreenshotCsam')}</p>}
      <ScreenshotPreview state={screenshot} category={category} language={language} />

      <label for="description">{t('reportFormDescriptionLabel')}</label>
      <textarea
        id="description"
        rows={3}
        value={description}
        maxLength={MAX_DESCRIPTION_CHARACTERS}
        onInput={(event) => setDescription(event.currentTarget.value)}
      />

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

function ScreenshotPreview({ state, category, language }: { state: ScreenshotState; category: ReportCategory | null; language: Language }) {
  if (!category || URL_ONLY_CATEGORIES.includes(category)) return null;
  if (state.kind === 'failed') return <p class="muted">{translate(language, 'reportFormCaptureFailed')}</p>;
  if (state.kind !== 'ready') return null;

  return (
    <figure class="screenshot">
      <img src={`data:${state.image.mediaType};base64,${state.image.data}`} alt="" data-testid="screenshot-preview" />
      <figcaption class="muted">{translate(language, 'reportFormScreenshotLabel')}</figcaption>
    </figure>
  );
}
