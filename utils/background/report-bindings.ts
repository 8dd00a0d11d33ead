import { browser } from 'wxt/browser';
import { z } from 'zod/mini';

/**
 * State of open report forms that the background must trust and the form's URL cannot carry
 * safely. It is kept in `storage.session`, which only the extension's own pages and worker can
 * read, and which lasts while the browser runs, even when the service worker stops.
 *
 * - A report window opened for a tab with no content script carries a random token in its URL;
 *   the token maps to the reported tab. report.html is web-accessible, so a web page could open it
 *   with any query, but cannot guess a token.
 * - The link or image chosen in the context menu is remembered per tab; a form may send only that
 *   target URL, so a page that embeds report.html cannot make a report about a URL of its choice.
 */
const windowKey = (token: string) => `reportWindow:${token}`;
const menuTargetKey = (tabId: number) => `reportMenuTarget:${tabId}`;

export async function bindReportWindow(reportedTabId: number): Promise<string> {
  const token = crypto.randomUUID();
  await browser.storage.session.set({ [windowKey(token)]: reportedTabId });
  return token;
}

/** Returns the tab a report window was opened for, or null for an unknown token. */
export async function boundTabId(token: string): Promise<number | null> {
  const stored = await browser.storage.session.get(windowKey(token));
  const parsed = z.int().safeParse(stored[windowKey(token)]);
  return parsed.success ? parsed.data : null;
}

export async function rememberMenuTarget(tabId: number, targetUrl: string | undefined): Promise<void> {
  if (targetUrl) await browser.storage.session.set({ [menuTargetKey(tabId)]: targetUrl });
  else await browser.storage.session.remove(menuTargetKey(tabId));
}

export async function menuTarget(tabId: number): Promise<string | null> {
  const stored = await browser.storage.session.get(menuTargetKey(tabId));
  const parsed = z.string().safeParse(stored[menuTargetKey(tabId)]);
  return parsed.success ? parsed.data : null;
}
