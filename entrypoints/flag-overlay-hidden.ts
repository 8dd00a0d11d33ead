import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { setContentFlag } from '../utils/content-flags/flags';

// Injected just before content-script.js while the report button is turned off.
export default defineUnlistedScript(() => setContentFlag('overlayHidden'));
