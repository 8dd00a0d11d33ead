import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import type { ContentRequest } from './overlay/content-request';
import type { Screenshot } from './report/schema';

const JPEG_QUALITY = 85;

/**
 * Captures what the child sees in `tab`, with the report overlay hidden for the capture.
 * `captureVisibleTab` captures whichever tab is active in the window, so a tab that is not active
 * is refused: a report must never carry a picture of another tab.
 */
export async function captureTab(tab: Browser.tabs.Tab): Promise<Screenshot> {
  if (tab.id === undefined || !tab.active) {
    throw new Error('The reported tab is not the visible tab of its window, so no screenshot was taken');
  }

  await sendToTopFrame(tab.id, { type: 'setOverlayHidden', hidden: true });
  let dataUrl: string;
  try {
    dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'jpeg', quality: JPEG_QUALITY });
  } finally {
    await sendToTopFrame(tab.id, { type: 'setOverlayHidden', hidden: false });
  }
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
