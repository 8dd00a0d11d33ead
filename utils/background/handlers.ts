import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { captureTab, sendToTopFrame } from '../capture';
import { CONTENT_SCRIPT_REQUESTS } from '../messages';
import type { BackgroundHandlers, BackgroundRequestType } from '../messages';
import { listStatuses, loadListStates } from '../extra-lists/list-store';
import { queueListRefresh } from '../extra-lists/refresh-lists';
import { applyPageVerdict } from '../page-check/page-verdict';
import { reportCounts, retryAllNow, submitReport } from '../report/report-service';
import { loadSettings } from '../settings/stored-settings';
import { openReportForm } from './open-report-form';

/**
 * Requests come from this extension only. Its own pages may send any request; its content scripts
 * (running in the top frame of a web page) only the few in CONTENT_SCRIPT_REQUESTS. Web pages
 * cannot send at all, because the manifest has no `externally_connectable`.
 */
export function isTrustedSender(type: BackgroundRequestType, sender: Browser.runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id) return false;

  const url = sender.url ?? '';
  if (url.startsWith(browser.runtime.getURL('/'))) return true;
  return CONTENT_SCRIPT_REQUESTS.has(type) && sender.frameId === 0 && sender.tab !== undefined && /^https?:/.test(url);
}

function requireTab(sender: Browser.runtime.MessageSender): Browser.tabs.Tab {
  if (!sender.tab?.id) throw new Error('This request must come from a report form shown inside a tab');
  return sender.tab;
}

export const backgroundHandlers: BackgroundHandlers = {
  async getReportContext(_data, sender) {
    const tab = requireTab(sender);
    return { url: tab.url ?? '', title: tab.title ?? '' };
  },

  async captureScreenshot(_data, sender) {
    return captureTab(requireTab(sender));
  },

  async submitReport(data, sender) {
    const tab = requireTab(sender);
    const settings = await loadSettings();
    return submitReport({
      url: tab.url ?? '',
      title: tab.title ?? '',
      category: data.category,
      description: data.description,
      screenshot: data.screenshot,
      locale: settings.language,
    });
  },

  async requestUnblock(data) {
    const settings = await loadSettings();
    const outcome = await submitReport({
      url: data.url,
      title: '',
      category: 'unblockRequest',
      description: data.description,
      screenshot: null,
      locale: settings.language,
    });
    return { id: outcome.id };
  },

  async closeReportForm(_data, sender) {
    const tab = requireTab(sender);
    await sendToTopFrame(tab.id!, { type: 'closeReportForm' });
    return null;
  },

  async openReportForm(data) {
    return { opened: await openReportForm(data.tabId) };
  },

  async getStatus() {
    const settings = await loadSettings();
    return {
      ageGroup: settings.ageGroup,
      language: settings.language,
      endpointConfigured: settings.reportEndpoint !== null,
      ...(await reportCounts()),
    };
  },

  async deliverNow() {
    return retryAllNow();
  },

  async pageCheckVerdict(data, sender) {
    return { blocked: await applyPageVerdict(data, requireTab(sender)) };
  },

  async getExtraListStatus() {
    return listStatuses(await loadListStates());
  },

  async refreshExtraLists() {
    const settings = await loadSettings();
    return listStatuses(await queueListRefresh(settings.extraListUrls, settings.ageGroup !== 'off', true));
  },
};
