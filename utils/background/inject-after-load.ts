import type { Browser } from 'wxt/browser';
import { injectContentScript, pageNeedsContentScript } from '../content-flags/injection';
import { createLogger } from '../logger';
import { loadSettings } from '../settings/stored-settings';

const log = createLogger('page-injection');

/**
 * Web pages only. Chrome applies the filter before it wakes the worker, so navigations elsewhere
 * (the block page, browser pages) cost the worker nothing. The filter takes address prefixes:
 * webNavigation ignores a filter's `schemes`.
 */
export const WEB_PAGE_NAVIGATIONS: Browser.webNavigation.WebNavigationEventFilter = { url: [{ urlPrefix: 'http://' }, { urlPrefix: 'https://' }] };

type CompletedNavigation = Pick<Browser.webNavigation.WebNavigationFramedCallbackDetails, 'tabId' | 'url' | 'documentId' | 'frameType'>;

/**
 * Runs the content script (button and page check) in a page once its `load` event has fired.
 *
 * A content script listed in the manifest, even an empty one, costs each page load an isolated
 * world and the browser's injection work. Chrome does that work before the `load` event, about
 * 12 ms of CPU per small page in docs/benchmarks.md. Injected from here, the script runs after
 * the page has loaded, at the price of one event to the worker per page load.
 *
 * The injection targets the document that finished loading, so a tab that has already moved on
 * to another page gets nothing instead of a script in a page that is still loading. A second copy
 * in the same document (a page restored from the back/forward cache) keeps the first one's button
 * and page check (see start-overlay.ts and run-page-check.ts).
 */
export async function injectAfterLoad(details: CompletedNavigation): Promise<void> {
  // Chrome sends this event for a prerendered page only when the page is shown, with frame id 0
  // and lifecycle `active` (Chromium 150). The button and the page check therefore act on the
  // page on screen, never on one the child has not opened (tests/e2e/prerender.spec.ts).
  if (details.frameType !== 'outermost_frame') return;

  const settings = await loadSettings();
  if (!pageNeedsContentScript(settings, details.url)) return;
  const target = details.documentId ? { tabId: details.tabId, documentIds: [details.documentId] } : { tabId: details.tabId, frameIds: [0] };
  try {
    await injectContentScript(target, settings, details.url);
  } catch (error) {
    // Chrome rejects injection into some web pages (the Web Store, error pages), and a tab may close first.
    log.debug(`No content script in tab ${details.tabId} (${details.url}): ${String(error)}`);
  }
}
