import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { setContentFlag } from '../utils/content-flags/flags';

// Registered at document_start by the background while the report button is turned off.
export default defineUnlistedScript(() => setContentFlag('overlayHidden'));
