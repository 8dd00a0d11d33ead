import { extractPageSample } from './extract-page-sample';
import { scorePage } from './score-page';
import { sendVerdict } from './send-verdict';
import { MIN_VERDICT_SCORE } from './should-block';

/** How long the check may wait for an idle moment before it runs anyway, in milliseconds. */
const IDLE_TIMEOUT_MS = 3000;
const CHECK_SCHEDULED = Symbol.for('khien-xanh.page-check-scheduled');

/**
 * Scores the page on this device once the browser is idle after load. The background hears only
 * the category and the score, and only when the score could block the page for some age group.
 * The page's text never leaves the content script.
 */
export function schedulePageCheck(): void {
  // A copy of the content script injected again into this document (after an update, or for a
  // report form) shares this isolated world, so this flag keeps it to one check per document.
  const global = globalThis as typeof globalThis & { [CHECK_SCHEDULED]?: true };
  if (global[CHECK_SCHEDULED]) return;
  global[CHECK_SCHEDULED] = true;

  const run = (): void => {
    const result = scorePage(extractPageSample(document));
    if (!result.category) return;

    const score = result.scores[result.category];
    if (score < MIN_VERDICT_SCORE) return;
    void sendVerdict({ category: result.category, score });
  };

  const whenIdle = (): void => void requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
