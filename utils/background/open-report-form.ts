import { browser } from 'wxt/browser';
import { sendToTopFrame } from '../capture';
import { createLogger } from '../logger';

const log = createLogger('report-form');
const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/**
 * Opens the in-page report form on a tab. A tab that was open before the extension was installed
 * has no content script yet, so the script is injected first. Returns false for pages where no
 * script may run (browser pages, the web store).
 */
export async function openReportForm(tabId: number): Promise<boolean> {
  if (await trySend(tabId)) return true;

  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  } catch (error) {
    log.warn(`Cannot run the report button on tab ${tabId}: ${String(error)}`);
    return false;
  }
  return trySend(tabId);
}

async function trySend(tabId: number): Promise<boolean> {
  try {
    await sendToTopFrame(tabId, { type: 'showReportForm' });
    return true;
  } catch (error) {
    log.debug(`No content script answered on tab ${tabId}`, error);
    return false;
  }
}
