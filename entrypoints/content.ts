import { defineContentScript } from 'wxt/utils/define-content-script';
import { startReportOverlay } from '../utils/overlay/start-overlay';

/** Maximum wait for an idle moment before the button is built anyway, in milliseconds. */
const OVERLAY_START_TIMEOUT_MS = 1000;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    // The button is built in an idle moment, so it adds nothing to the page's own loading work.
    requestIdleCallback(() => startReportOverlay(), { timeout: OVERLAY_START_TIMEOUT_MS });
  },
});
