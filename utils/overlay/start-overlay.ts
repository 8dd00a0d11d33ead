import { extensionApi } from '../extension-api';
import { createReportOverlay, listenForOverlayRequests } from './report-overlay';

/**
 * The running overlay of this frame, kept on the content script's global object. That object
 * belongs to the extension's isolated world, which the page cannot read or write, and scripts of
 * this extension injected again into the same frame (after an update, or by the popup) share it.
 */
const RUNNING_OVERLAY = Symbol.for('khien-xanh.running-overlay');
type OverlayHandle = { stop(): void; isAlive(): boolean };
type OverlayGlobal = typeof globalThis & { [RUNNING_OVERLAY]?: OverlayHandle };

/**
 * Starts the report overlay in the top frame unless a working one already runs there, so that a
 * page never shows two buttons. A copy injected again into a tab keeps the running overlay and
 * any open form, and one whose extension runtime has gone (after an update) is replaced.
 *
 * NOTE: WXT's `ctx.onInvalidated` is not used to remove the overlay, because WXT invalidates a
 * script when a document event named after the public extension id is dispatched, which any page
 * can do. The overlay removes itself only when the extension's runtime is gone.
 */
export function startReportOverlay(options: { buttonVisible: boolean }): void {
  if (window.top !== window) return;

  const global = globalThis as OverlayGlobal;
  if (global[RUNNING_OVERLAY]?.isAlive()) return;
  global[RUNNING_OVERLAY]?.stop();

  for (const stale of document.querySelectorAll('khien-xanh-overlay')) stale.remove();
  const overlay = createReportOverlay();
  const stopListening = listenForOverlayRequests(overlay);
  global[RUNNING_OVERLAY] = {
    stop: () => {
      stopListening();
      overlay.remove();
    },
    isAlive: () => extensionApi().runtime?.id !== undefined && overlay.isAttached(),
  };
  // The background injects a flag script before this one while the button is off (see
  // utils/content-flags), so a school that turned the button off never sees it flash.
  overlay.setButtonVisible(options.buttonVisible);
}
