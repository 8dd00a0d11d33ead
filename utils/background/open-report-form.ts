import { browser } from 'wxt/browser';
import { sendToTopFrame } from '../capture';
import { injectContentScript } from '../content-flags/injection';
import { createLogger } from '../logger';
import { loadSettings } from '../settings/stored-settings';
import { bindReportWindow, rememberMenuTarget } from './report-bindings';

const log = createLogger('report-form');

/** Size of the report window opened for tabs where the in-page form cannot run. */
const REPORT_WINDOW_SIZE = { width: 420, height: 700 };

export type ReportFormMode = 'inPage' | 'window' | 'none';

/**
 * Opens the report form for a tab, in the page when the content script runs there. A tab opened
 * before the extension was installed gets the script injected first. Otherwise the form opens in
 * a small window bound to that tab, so the report is still about it. Returns 'none' for tabs that
 * are not web pages (browser pages, the block page), because a report cannot name them.
 */
export async function openReportForm(tabId: number, targetUrl?: string): Promise<ReportFormMode> {
  await rememberMenuTarget(tabId, targetUrl);
  if (await showInPage(tabId, targetUrl)) return 'inPage';
  if ((await injectIntoTab(tabId)) && (await showInPage(tabId, targetUrl))) return 'inPage';
  return (await openReportWindow(tabId, targetUrl)) ? 'window' : 'none';
}

async function showInPage(tabId: number, targetUrl: string | undefined): Promise<boolean> {
  try {
    await sendToTopFrame(tabId, targetUrl ? { type: 'showReportForm', targetUrl } : { type: 'showReportForm' });
    return true;
  } catch (error) {
    log.debug(`No content script responded on tab ${tabId}`, error);
    return false;
  }
}

async function injectIntoTab(tabId: number): Promise<boolean> {
  try {
    const [settings, tab] = await Promise.all([loadSettings(), browser.tabs.get(tabId)]);
    await injectContentScript({ tabId }, settings, tab.url ?? '');
    return true;
  } catch (error) {
    log.warn(`Cannot run the report button on tab ${tabId}: ${String(error)}`);
    return false;
  }
}

async function openReportWindow(tabId: number, targetUrl: string | undefined): Promise<boolean> {
  const tab = await browser.tabs.get(tabId);
  if (!/^https?:\/\//i.test(tab.url ?? '')) return false;

  const query = new URLSearchParams({ window: await bindReportWindow(tabId) });
  if (targetUrl) query.set('target', targetUrl);
  await browser.windows.create({ url: browser.runtime.getURL(`/report.html?${query}`), type: 'popup', ...REPORT_WINDOW_SIZE });
  log.info(`Opened the report form in a window for tab ${tabId}`);
  return true;
}
