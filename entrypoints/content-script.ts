import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readContentFlags } from '../utils/content-flags/flags';
import { startReportOverlay } from '../utils/overlay/start-overlay';
import { schedulePageCheck } from '../utils/page-check/run-page-check';

/** Maximum wait for an idle moment before the button is built anyway, in milliseconds. */
const OVERLAY_START_TIMEOUT_MS = 1000;

/**
 * Runs the report button and the on-device page check in a page (the one content script). It is
 * not in the manifest: the background injects it once the page's `load` event has fired
 * (utils/background/inject-after-load.ts), because Chrome runs manifest scripts before `load`.
 * Being injected only by the background, it is a plain script without WXT's content-script
 * wrapper, which would tell the page about every start with a DOM event and a `postMessage`.
 *
 * The top level only reads the flags the background set for this page and schedules the rest in
 * idle moments: the button, then the page check. Only a page the check finds harmful sends the
 * background a message.
 */
export default defineUnlistedScript(() => {
  if (window.top !== window) return;
  const flags = readContentFlags();
  requestIdleCallback(() => startReportOverlay({ buttonVisible: !flags.overlayHidden }), { timeout: OVERLAY_START_TIMEOUT_MS });
  if (!flags.pageCheckOff) schedulePageCheck();
});
