import { translate } from '../../utils/i18n';
import type { Language } from '../../utils/i18n';
import type { Screenshot } from '../../utils/report/schema';
import type { Redaction } from './redact-screenshot';
import { ScreenshotEditor } from './ScreenshotEditor';

export type ScreenshotState = { kind: 'none' } | { kind: 'capturing' } | { kind: 'ready'; image: Screenshot } | { kind: 'failed' };

interface Props {
  language: Language;
  state: ScreenshotState;
  attach: boolean;
  onAttachChange: (attach: boolean) => void;
  redactions: Redaction[];
  onRedactionsChange: (redactions: Redaction[]) => void;
}

/** Shows the screenshot step of the form: capture progress, the attach checkbox, and the black-out editor. */
export function ScreenshotSection({ language, state, attach, onAttachChange, redactions, onRedactionsChange }: Props) {
  if (state.kind === 'capturing') return <p class="muted" role="status">{translate(language, 'reportFormCapturing')}</p>;
  if (state.kind === 'failed') return <p class="muted" role="status">{translate(language, 'reportFormCaptureFailed')}</p>;
  if (state.kind !== 'ready') return null;

  return (
    <section class="screenshot" data-testid="screenshot-preview">
      <label class="checkbox">
        <input type="checkbox" checked={attach} onChange={(event) => onAttachChange(event.currentTarget.checked)} /> {translate(language, 'reportFormAttachScreenshot')}
      </label>
      {attach && <ScreenshotEditor language={language} screenshot={state.image} redactions={redactions} onChange={onRedactionsChange} />}
    </section>
  );
}
