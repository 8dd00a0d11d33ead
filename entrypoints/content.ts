import { defineContentScript } from 'wxt/utils/define-content-script';
import { startReportOverlay } from '../utils/overlay/start-overlay';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    startReportOverlay();
  },
});
