import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { setContentFlag } from '../utils/content-flags/flags';

// Registered at document_start by the background on hosts the page check must skip.
export default defineUnlistedScript(() => setContentFlag('pageCheckOff'));
