import { defineContentScript } from 'wxt/utils/define-content-script';
import { schedulePageCheck } from '../utils/page-check/run-page-check';

// Registered at runtime by the background (utils/page-check/page-check-registration.ts), so it
// never runs on hosts that the parent, the school or the never-block list allows.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  runAt: 'document_idle',
  main() {
    if (window.top !== window) return;
    schedulePageCheck();
  },
});
