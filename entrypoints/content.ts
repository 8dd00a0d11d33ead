import { defineContentScript } from 'wxt/utils/define-content-script';
import { createReportOverlay, listenForOverlayRequests } from '../utils/overlay/report-overlay';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    if (window.top !== window) return;

    const overlay = createReportOverlay();
    const stopListening = listenForOverlayRequests(overlay);
    ctx.onInvalidated(() => {
      stopListening();
      overlay.remove();
    });
  },
});
