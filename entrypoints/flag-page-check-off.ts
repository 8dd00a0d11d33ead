import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { setContentFlag } from '../utils/content-flags/flags';

// Injected just before content-script.js on hosts the page check must skip.
export default defineUnlistedScript(() => setContentFlag('pageCheckOff'));
