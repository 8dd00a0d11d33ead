import type { WxtBrowser } from 'wxt/browser';

type ApiGlobal = typeof globalThis & { browser?: WxtBrowser; chrome?: WxtBrowser };

/**
 * Returns the extension API, looked up at the call rather than when the module loads.
 *
 * `wxt/browser` reads `chrome` at module level. In a content script, the first read makes Chrome
 * build the API's bindings in the page's isolated world (about 0.4 ms on the bench machine). Content
 * script code calls this function from its idle callbacks, so that cost stays out of the injection.
 */
export function extensionApi(): WxtBrowser {
  const global = globalThis as ApiGlobal;
  const api = global.browser?.runtime?.id ? global.browser : global.chrome;
  if (!api) throw new Error('Extension API not found: neither `browser` nor `chrome` is defined in this context');
  return api;
}
