import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { captureTab, sendToTopFrame } from '../capture';
import { CONTENT_SCRIPT_REQUESTS } from '../messages';
import type { BackgroundHandlers, BackgroundRequestType } from '../messages';
import { listStatuses, loadListStates } from '../extra-lists/list-store';
import { queueListRefresh } from '../extra-lists/refresh-lists';
import { applyPageVerdict } from '../page-check/page-verdict';
import { URL_ONLY_CATEGORIES } from '../report/schema';
import { recentReports, reportCounts, retryAllNow, savedReport, submitReport } from '../report/report-service';
import { saveDomainLists } from '../rules/save-domain-lists';
import { loadSettings } from '../settings/stored-settings';
import { openReportForm } from './open-report-form';
import { boundTabId, menuTarget, rememberMenuTarget } from './report-bindings';

/** True for this extension's own pages (popup, options, block page, report form). */
export function isExtensionPage(_type: BackgroundRequestType, sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

/**
 * Accepts a request from the extension's pages, or one of CONTENT_SCRIPT_REQUESTS from its own
 * content script in the top frame of a web page. Web pages themselves cannot send at all, because
 * the manifest has no `externally_connectable`, so a sender with this extension's id in a web tab
 * is the content script.
 */
export function isTrustedSender(type: BackgroundRequestType, sender: Browser.runtime.MessageSender): boolean {
  if (isExtensionPage(type, sender)) return true;
  if (!CONTENT_SCRIPT_REQUESTS.has(type)) return false;
  return sender.id === browser.runtime.id && sender.frameId === 0 && sender.tab !== undefined && /^https?:\/\//.test(sender.url ?? '');
}

interface ReportedTab {
  tab: Browser.tabs.Tab & { id: number };
  /** True when the form is in its own window, so there is no in-page overlay to hide or close. */
  inWindow: boolean;
}

/**
 * Returns the tab a report form is about: the tab it is shown in, or, for a form in its own
 * window, the tab that window was opened for (looked up by the token in the form's URL).
 */
async function reportedTab(sender: Browser.runtime.MessageSender): Promise<ReportedTab> {
  const token = sender.frameId === 0 && sender.url ? new URL(sender.url).searchParams.get('window') : null;
  if (token) {
    const tabId = await boundTabId(token);
    if (tabId === null) throw new Error('This report window is no longer linked to a tab; close it and start the report again');
    return { tab: (await browser.tabs.get(tabId)) as ReportedTab['tab'], inWindow: true };
  }

  if (sender.tab?.id === undefined) throw new Error('This request must come from a report form shown inside a tab');
  return { tab: sender.tab as ReportedTab['tab'], inWindow: false };
}

/** Returns the target URL if the context menu chose it for this tab, and throws otherwise. */
async function checkedTargetUrl(tabId: number, targetUrl: string | undefined): Promise<string | undefined> {
  if (targetUrl === undefined) return undefined;
  if ((await menuTarget(tabId)) !== targetUrl) throw new Error('The reported link or image was not chosen from the context menu of this tab');
  return targetUrl;
}

export const backgroundHandlers: BackgroundHandlers = {
  async getReportContext(_data, sender) {
    const { tab } = await reportedTab(sender);
    return { url: tab.url ?? '', title: tab.title ?? '' };
  },

  async captureScreenshot(data, sender) {
    if (URL_ONLY_CATEGORIES.includes(data.category)) throw new Error(`No screenshot is taken for category ${data.category}`);

    const { tab, inWindow } = await reportedTab(sender);
    return captureTab(tab.id, { hideOverlay: !inWindow });
  },

  async submitReport(data, sender) {
    const { tab } = await reportedTab(sender);
    const targetUrl = await checkedTargetUrl(tab.id, data.targetUrl);
    const settings = await loadSettings();
    const outcome = await submitReport({
      url: tab.url ?? '',
      title: tab.title ?? '',
      targetUrl,
      category: data.category,
      description: data.description,
      reporterRole: data.reporterRole,
      contact: data.contact,
      screenshot: data.screenshot,
      locale: settings.language,
    });
    await rememberMenuTarget(tab.id, undefined);
    return outcome;
  },

  async getSavedReport(data) {
    return savedReport(data.id);
  },

  async listReports() {
    return recentReports();
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
    const { tab, inWindow } = await reportedTab(sender);
    if (!inWindow) await sendToTopFrame(tab.id, { type: 'closeReportForm' });
    return null;
  },

  async openReportForm(data) {
    const mode = await openReportForm(data.tabId);
    return { opened: mode !== 'none', mode };
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
    if (!sender.tab) throw new Error('A page-check verdict must come from the content script of a tab');
    return { blocked: await applyPageVerdict(data, sender.tab) };
  },

  async getExtraListStatus() {
    return listStatuses(await loadListStates());
  },

  async refreshExtraLists() {
    const settings = await loadSettings();
    return listStatuses(await queueListRefresh(settings.extraListUrls, settings.ageGroup !== 'off', true));
  },

  async saveDomainLists(data) {
    return saveDomainLists(data);
  },
};
