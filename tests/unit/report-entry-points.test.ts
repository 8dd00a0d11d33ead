import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isTrustedSender } from '../../utils/background/handlers';
import { menuTarget } from '../../utils/background/report-bindings';
import { REPORT_MENU_ID, handleReportCommand, handleReportMenuClick, menuTargetUrl } from '../../utils/background/report-entry-points';
import { parseContentRequest } from '../../utils/overlay/content-request';

// WXT's fake browser replaces the extension APIs. tabs.sendMessage needs a content script on
// the other end, so it is replaced by a spy that answers as the content script does.

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

async function openWebTab(url = 'https://forum.example.vn/thread/1') {
  const tab = await fakeBrowser.tabs.create({ url });
  const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
  return { tab, sendMessage };
}

describe('menuTargetUrl', () => {
  it.each([
    [{ linkUrl: 'https://chat.example.vn/u/1' }, 'https://chat.example.vn/u/1'],
    [{ srcUrl: 'https://cdn.example.vn/a.jpg', mediaType: 'image' }, 'https://cdn.example.vn/a.jpg'],
    [{ linkUrl: 'https://a.example.vn/', srcUrl: 'https://cdn.example.vn/a.jpg', mediaType: 'image' }, 'https://a.example.vn/'],
    [{ srcUrl: 'https://cdn.example.vn/v.mp4', mediaType: 'video' }, undefined],
    [{ srcUrl: 'data:image/png;base64,AAAA', mediaType: 'image' }, undefined],
    [{ linkUrl: 'javascript:void(0)' }, undefined],
    [{}, undefined],
  ])('maps %j to %s', (info, expected) => {
    expect(menuTargetUrl(info as Parameters<typeof menuTargetUrl>[0])).toBe(expected);
  });
});

describe('handleReportMenuClick', () => {
  it('opens the form on the link and remembers it', async () => {
    const { tab, sendMessage } = await openWebTab();

    await handleReportMenuClick({ menuItemId: REPORT_MENU_ID, linkUrl: 'https://chat.example.vn/u/1', editable: false, pageUrl: tab.url }, tab);

    expect(sendMessage).toHaveBeenCalledWith(tab.id, { type: 'showReportForm', targetUrl: 'https://chat.example.vn/u/1' }, { frameId: 0 });
    expect(await menuTarget(tab.id!)).toBe('https://chat.example.vn/u/1');
  });

  it('ignores other menu items', async () => {
    const { tab, sendMessage } = await openWebTab();

    await handleReportMenuClick({ menuItemId: 'something-else', editable: false, pageUrl: tab.url }, tab);

    expect(sendMessage).not.toHaveBeenCalled();
  });
});

describe('handleReportCommand', () => {
  it('opens the form without a target and forgets an old one', async () => {
    const { tab, sendMessage } = await openWebTab();
    await handleReportMenuClick({ menuItemId: REPORT_MENU_ID, linkUrl: 'https://chat.example.vn/u/1', editable: false, pageUrl: tab.url }, tab);

    await handleReportCommand('open-report-form', tab);

    expect(sendMessage).toHaveBeenLastCalledWith(tab.id, { type: 'showReportForm' }, { frameId: 0 });
    expect(await menuTarget(tab.id!)).toBeNull();
  });

  it('ignores other commands', async () => {
    const { tab, sendMessage } = await openWebTab();
    await handleReportCommand('_execute_action', tab);
    expect(sendMessage).not.toHaveBeenCalled();
  });
});

describe('isTrustedSender', () => {
  const extensionPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/report.html') };
  const contentScript = { id: fakeBrowser.runtime.id, url: 'https://forum.example.vn/', frameId: 0, tab: { id: 3 } as Browser.tabs.Tab };

  it('accepts every request from an extension page', () => {
    expect(isTrustedSender('submitReport', extensionPage)).toBe(true);
    expect(isTrustedSender('pageCheckVerdict', extensionPage)).toBe(true);
  });

  it('accepts only the page-check verdict from a content script', () => {
    expect(isTrustedSender('pageCheckVerdict', contentScript)).toBe(true);
    expect(isTrustedSender('submitReport', contentScript)).toBe(false);
    expect(isTrustedSender('captureScreenshot', contentScript)).toBe(false);
    expect(isTrustedSender('getStatus', contentScript)).toBe(false);
  });

  it('rejects a content script in a frame', () => {
    expect(isTrustedSender('pageCheckVerdict', { ...contentScript, frameId: 4 })).toBe(false);
  });

  it('rejects another extension', () => {
    expect(isTrustedSender('pageCheckVerdict', { ...contentScript, id: 'another-extension' })).toBe(false);
  });
});

describe('content script message guards', () => {
  it.each([
    [{ type: 'showReportForm' }, { type: 'showReportForm' }],
    [{ type: 'showReportForm', targetUrl: 'https://a.vn/' }, { type: 'showReportForm', targetUrl: 'https://a.vn/' }],
    [{ type: 'applyOverlaySettings', buttonVisible: false }, { type: 'applyOverlaySettings', buttonVisible: false }],
    [{ type: 'applyOverlaySettings', buttonVisible: 'no' }, null],
    [{ type: 'setOverlayHidden' }, null],
    ['showReportForm', null],
  ])('parses %j', (message, expected) => {
    expect(parseContentRequest(message)).toEqual(expected);
  });
});
