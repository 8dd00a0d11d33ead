import { translate } from '../../utils/i18n';
import type { Language } from '../../utils/i18n';
import type { BackgroundResults } from '../../utils/messages';
import { HelplineCard } from '../shared/HelplineCard';

export type SubmitState =
  | { kind: 'editing' }
  | { kind: 'saving' }
  | { kind: 'saved'; outcome: BackgroundResults['submitReport'] }
  | { kind: 'failed'; message: string };

/** What the child sees once the report is stored: sent, queued, or kept with no receiver set. */
export function SubmitResultView({ language, state, onClose }: { language: Language; state: Extract<SubmitState, { kind: 'saved' }>; onClose: () => void }) {
  const { outcome } = state;
  const message = !outcome.endpointConfigured
    ? translate(language, 'reportFormNoEndpoint')
    : outcome.delivered
      ? translate(language, 'reportFormDelivered')
      : translate(language, 'reportFormSaved');

  return (
    <section aria-live="polite">
      <h1>{translate(language, 'reportFormTitle')}</h1>
      <p class="card" role="status" data-testid="report-status" data-report-id={outcome.id}>
        {message}
      </p>
      <HelplineCard language={language} />
      <button type="button" onClick={onClose}>
        {translate(language, 'reportFormCancel')}
      </button>
    </section>
  );
}
