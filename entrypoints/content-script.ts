import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readContentFlags } from '../utils/content-flags/flags';
import { startReportOverlay } from '../utils/overlay/start-overlay';
import { schedulePageCheck } from '../utils/page-check/run-page-check';

/** Maximum wait for an idle moment before the script starts its work anyway, in milliseconds. */
const START_TIMEOUT_MS = 1000;

/**
 * Runs the report button and the on-device page check in a page (the one content script). It is
 * not in the manifest: the background injects it once the page's `load` event has fired
 * (utils/background/inject-after-load.ts), because Chrome runs manifest scripts before `load`.
 * Being injected only by the background, it is a plain script without WXT's content-script
 * wrapper, which would tell the page about every start with a DOM event and a `postMessage`.
 *
 * The injection task only requests an idle callback. The first read of the page's document and of
 * `chrome` builds their objects in the isolated world, which took most of the injection's time, so
 * that read waits too. The idle callback reads the flags the background set for this page, builds
 * the button and schedules the page check in a later idle callback. Only a page the check finds
 * harmful sends the background a message.
 */
export default defineUnlistedScript(() => {
  requestIdleCallback(start, { timeout: START_TIMEOUT_MS });
});

function start(): void {
  if (window.top !== window) return;
  const flags = readContentFlags();
  startReportOverlay({ buttonVisible: !flags.overlayHidden });
  if (!flags.pageCheckOff) schedulePageCheck();
}
