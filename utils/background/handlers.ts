import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { captureTab, sendToTopFrame } from '../capture';
import type { BackgroundHandlers, BackgroundRequestType } from '../messages';
import { reportCounts, retryAllNow, submitReport } from '../report/report-service';
import { saveDomainLists } from '../rules/save-domain-lists';
import { loadSettings } from '../settings/stored-settings';
import { openReportForm } from './open-report-form';

/** Only this extension's own pages may send requests; web pages and content scripts may not. */
export function isExtensionPage(_type: BackgroundRequestType, sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
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

  async saveDomainLists(data) {
    return saveDomainLists(data);
  },
};
