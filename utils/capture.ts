import { browser } from 'wxt/browser';
import type { ContentRequest } from './overlay/content-request';
import type { Screenshot } from './report/schema';

const JPEG_QUALITY = 85;

export interface CaptureOptions {
  /** Hide the in-page overlay for the capture; false for a tab whose form is in its own window. */
  hideOverlay: boolean;
}

/**
 * Captures the visible part of the tab `tabId`, with the report overlay hidden for the capture.
 * `captureVisibleTab` captures whichever tab is active in the window, so the tab must be the
 * active tab of its window both before and after the capture; otherwise the picture, which could
 * show another tab, is thrown away and an error is raised.
 */
export async function captureTab(tabId: number, options: CaptureOptions): Promise<Screenshot> {
  const tab = await browser.tabs.get(tabId);
  if (!tab.active) throw new Error('The reported tab is not the visible tab of its window, so no screenshot was taken');

  if (options.hideOverlay) await sendToTopFrame(tabId, { type: 'setOverlayHidden', hidden: true });
  let dataUrl: string;
  try {
    dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'jpeg', quality: JPEG_QUALITY });
  } finally {
    if (options.hideOverlay) await sendToTopFrame(tabId, { type: 'setOverlayHidden', hidden: false });
  }

  const [activeAfter] = await browser.tabs.query({ active: true, windowId: tab.windowId });
  if (activeAfter?.id !== tabId) throw new Error('The reported tab stopped being visible during the capture, so the screenshot was discarded');
  return screenshotFromDataUrl(dataUrl);
}

export async function sendToTopFrame(tabId: number, request: ContentRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request, { frameId: 0 });
}

async function screenshotFromDataUrl(dataUrl: string): Promise<Screenshot> {
  const blob = await (await fetch(dataUrl)).blob();
  const bitmap = await createImageBitmap(blob);
  const screenshot: Screenshot = {
    mediaType: 'image/jpeg',
    width: bitmap.width,
    height: bitmap.height,
    data: dataUrl.slice(dataUrl.indexOf(',') + 1),
  };
  bitmap.close();
  return screenshot;
}
