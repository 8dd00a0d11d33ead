import { defineContentScript } from 'wxt/utils/define-content-script';
import { readContentFlags } from '../utils/content-flags/flags';
import { startReportOverlay } from '../utils/overlay/start-overlay';
import { schedulePageCheck } from '../utils/page-check/run-page-check';

/** Maximum wait for an idle moment before the button is built anyway, in milliseconds. */
const OVERLAY_START_TIMEOUT_MS = 1000;

/**
 * The one content script: the report button and the on-device page check. Chrome runs
 * `document_idle` scripts before the page's `load` event and delays that event until they have run,
 * so the top level only reads the flags the background set for this page and schedules the rest:
 * the button in an idle moment, the page check in an idle moment after `load`. Only a page the
 * check finds harmful sends the background a message, so an ordinary page load does not wake the
 * service worker.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    if (window.top !== window) return;
    const flags = readContentFlags();
    requestIdleCallback(() => startReportOverlay({ buttonVisible: !flags.overlayHidden }), { timeout: OVERLAY_START_TIMEOUT_MS });
    if (!flags.pageCheckOff) schedulePageCheck();
  },
});
