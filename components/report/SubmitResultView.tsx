import { useState } from 'preact/hooks';
import { translate } from '../../utils/i18n';
import type { Language } from '../../utils/i18n';
import { sendToBackground } from '../../utils/messages';
import type { BackgroundResults } from '../../utils/messages';
import { HelplineCard } from '../shared/HelplineCard';
import { saveReportFiles } from './save-report-files';

export type SubmitState =
  | { kind: 'editing' }
  | { kind: 'saving' }
  | { kind: 'saved'; outcome: BackgroundResults['submitReport'] }
  | { kind: 'failed'; message: string };

/** Shows the outcome once the report is stored: sent, queued, rejected, or kept with no receiver set. */
export function SubmitResultView({ language, state, onClose }: { language: Language; state: Extract<SubmitState, { kind: 'saved' }>; onClose: () => void }) {
  const { outcome } = state;
  const keptOnDevice = !outcome.endpointConfigured || outcome.rejected;
  const message = !outcome.endpointConfigured
    ? translate(language, 'reportFormNoEndpoint')
    : outcome.rejected
      ? translate(language, 'reportFormRejected')
      : outcome.delivered
        ? translate(language, 'reportFormDelivered')
        : translate(language, 'reportFormSaved');

  return (
    <section aria-live="polite">
      <h1>{translate(language, 'reportFormTitle')}</h1>
      <p class="card" role="status" data-testid="report-status" data-report-id={outcome.id}>
        {message}
      </p>
      {keptOnDevice && <NextSteps language={language} reportId={outcome.id} />}
      <HelplineCard language={language} />
      <button type="button" onClick={onClose}>
        {translate(language, 'reportFormCancel')}
      </button>
    </section>
  );
}

/** For a report no one will receive: talk to an adult, and save the report to show them. */
function NextSteps({ language, reportId }: { language: Language; reportId: string }) {
  const [error, setError] = useState<string | null>(null);
  const save = async (): Promise<void> => {
    const report = await sendToBackground('getSavedReport', { id: reportId });
    if (report) saveReportFiles(report);
    else setError(reportId);
  };

  return (
    <section class="next-steps" aria-labelledby="next-steps-title">
      <h2 id="next-steps-title">{translate(language, 'reportFormNextStepsTitle')}</h2>
      <p>{translate(language, 'reportFormNextStepsTalk')}</p>
      <button type="button" class="secondary" onClick={() => void save().catch((failure: unknown) => setError(String(failure)))}>
        💾 {translate(language, 'reportFormSaveFiles')}
      </button>
      {error && <p class="error" role="alert">{translate(language, 'reportFormError', [error])}</p>}
    </section>
  );
}
