import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import type { Language } from '../language';
import { createLogger } from '../logger';
import { injectContentScript, pageNeedsContentScript } from '../content-flags/injection';
import type { Settings } from '../policy/settings';
import { loadSettings } from '../settings/stored-settings';
import { openReportForm } from './open-report-form';
import { packagedMessage } from './packaged-message';

/**
 * Entry points of a report besides the in-page button and the popup: the keyboard shortcut and
 * the context menu on a page, link or image. Also puts the button into tabs that were already open
 * when the extension was installed or updated.
 */
const log = createLogger('report-entry');

/** Name of the command in the manifest's `commands`, bound to Alt+Shift+K by default. */
export const REPORT_COMMAND = 'open-report-form';
export const REPORT_MENU_ID = 'report-this-content';

/** Creates the context menu item, or renames it when it exists (menus survive worker restarts). */
export async function registerReportMenu(language: Language): Promise<void> {
  const title = await menuTitle(language);
  try {
    await browser.contextMenus.update(REPORT_MENU_ID, { title });
  } catch {
    // Chrome rejects the update when the item does not exist yet: create it.
    const properties = { id: REPORT_MENU_ID, title, contexts: ['page', 'link', 'image'] as ['page', 'link', 'image'], documentUrlPatterns: ['http://*/*', 'https://*/*'] };
    browser.contextMenus.create(properties, () => {
      if (browser.runtime.lastError) log.error(`Could not create the report menu item: ${browser.runtime.lastError.message}`);
    });
  }
}

/** Returns the menu title in the extension's language, or in the browser's when that fails. */
async function menuTitle(language: Language): Promise<string> {
  try {
    return await packagedMessage(language, 'reportMenuTitle');
  } catch (error) {
    log.error('Failed to read the report menu title, so it follows the browser language', error);
    // WXT types getMessage with the keys that it generates, and a build hook merges this project's keys.
    return browser.i18n.getMessage('reportMenuTitle' as Parameters<typeof browser.i18n.getMessage>[0]);
  }
}

/**
 * Returns the URL a context-menu report is about: the link, else the image, when it is a web
 * address. Other targets (data: images, javascript: links) are left out, and the report is about
 * the page.
 */
export function menuTargetUrl(info: Pick<Browser.contextMenus.OnClickData, 'linkUrl' | 'srcUrl' | 'mediaType'>): string | undefined {
  const candidate = info.linkUrl ?? (info.mediaType === 'image' ? info.srcUrl : undefined);
  if (!candidate) return undefined;
  return /^https?:\/\//i.test(candidate) ? candidate : undefined;
}

export async function handleReportMenuClick(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined): Promise<void> {
  if (info.menuItemId !== REPORT_MENU_ID || tab?.id === undefined) return;

  await openReportForm(tab.id, menuTargetUrl(info));
}

export async function handleReportCommand(command: string, tab: Browser.tabs.Tab | undefined): Promise<void> {
  if (command !== REPORT_COMMAND) return;

  const target = tab ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
  if (target?.id !== undefined) await openReportForm(target.id);
}

/**
 * Runs the content script in every open web tab. The background injects it into each page as the
 * page finishes loading (inject-after-load.ts), so without this the tabs open at install or update
 * time would have no button until reloaded. A second copy in a tab replaces a dead first one and
 * keeps a working one (see start-overlay.ts), so a tab never shows two buttons. The flag scripts
 * that apply to the tab run first, as with every injection.
 */
export async function injectIntoOpenTabs(): Promise<number> {
  const settings = await loadSettings();
  const tabs = (await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] })).filter((tab) => pageNeedsContentScript(settings, tab.url ?? ''));
  const results = await Promise.allSettled(
    tabs.map((tab) => injectContentScript({ tabId: tab.id! }, settings, tab.url ?? '')),
  );
  results.forEach((result, index) => {
    if (result.status === 'rejected') log.warn(`No report button in open tab ${tabs[index]!.id}: ${String(result.reason)}`);
  });
  return results.filter((result) => result.status === 'fulfilled').length;
}

let lastBroadcastVisibility: boolean | undefined;

/**
 * Tells the content script of every open web tab whether to show the report button. A tab that
 * got no content script while the button was off (pageNeedsContentScript) gets it injected when
 * the button is turned on, so the button appears there without a reload.
 */
export async function broadcastOverlaySettings(buttonVisible: boolean): Promise<void> {
  if (buttonVisible === lastBroadcastVisibility) return;
  lastBroadcastVisibility = buttonVisible;

  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  const settings = buttonVisible ? await loadSettings() : undefined;
  await Promise.all(tabs.map((tab) => applyButtonVisibility(tab, buttonVisible, settings)));
}

/**
 * Sends one tab the button's visibility. With `settings` (the button turned on), a loaded tab
 * whose page has no content script to receive it gets the script injected.
 */
async function applyButtonVisibility(tab: Browser.tabs.Tab, buttonVisible: boolean, settings: Settings | undefined): Promise<void> {
  try {
    await browser.tabs.sendMessage(tab.id!, { type: 'applyOverlaySettings', buttonVisible }, { frameId: 0 });
    return;
  } catch (error) {
    log.debug(`Tab ${tab.id} has no report button to update`, error);
  }
  // A page still loading gets its script when its `load` fires (inject-after-load.ts).
  if (!settings || tab.status !== 'complete') return;

  try {
    await injectContentScript({ tabId: tab.id!, frameIds: [0] }, settings, tab.url ?? '');
  } catch (error) {
    log.debug(`No content script in tab ${tab.id} (${tab.url}): ${String(error)}`);
  }
}

/** Sets up the report entry points after install or update: the menu, and the button in open tabs. */
export async function setUpReportEntryPoints(language: Language): Promise<void> {
  await registerReportMenu(language);
  const injected = await injectIntoOpenTabs();
  log.info(`Added the report button to ${injected} open tabs`);
}
