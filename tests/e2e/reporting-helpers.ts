import type { BrowserContext, Frame, Page, Worker } from '@playwright/test';
import { expect } from './fixtures';

/** Merges a change into the parent settings, the way the options page stores them. */
export async function setParentSettings(serviceWorker: Worker, change: Record<string, unknown>): Promise<void> {
  await serviceWorker.evaluate(async (values) => {
    const stored = await chrome.storage.local.get('parentSettings');
    await chrome.storage.local.set({ parentSettings: { ...(stored.parentSettings ?? {}), ...values } });
  }, change);
}

/** Stops every service worker of the profile, the extension's included, through the DevTools protocol. */
export async function stopServiceWorkers(context: BrowserContext, page: Page): Promise<void> {
  const session = await context.newCDPSession(page);
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
}

/** Picks a category in the report form and, unless it is URL-only, waits for the screenshot step. */
export async function chooseCategory(form: Frame, label: string): Promise<void> {
  await form.getByLabel(label).check();
}

export async function sendReport(form: Frame): Promise<void> {
  await form.getByRole('button', { name: 'Gửi báo cáo' }).click();
}

/** Returns the RGB values of one pixel of a base64 JPEG, decoded by the browser. */
export function pixelAt(page: Page, base64: string, x: number, y: number): Promise<number[]> {
  return page.evaluate(
    async ({ data, px, py }) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/jpeg;base64,${data}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      return [...context.getImageData(px, py, 1, 1).data].slice(0, 3);
    },
    { data: base64, px: x, py: y },
  );
}

/**
 * Records, from the page, every time the overlay host is made transparent. The background hides
 * the overlay before every capture, so an empty record means no screenshot was taken.
 */
export async function recordOverlayHiding(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const record = { hidden: 0 };
    (window as unknown as { overlayHiding: typeof record }).overlayHiding = record;
    const host = document.querySelector('khien-xanh-overlay')!;
    new MutationObserver(() => {
      if (/opacity: 0 !important/.test(host.getAttribute('style') ?? '')) record.hidden += 1;
    }).observe(host, { attributes: true, attributeFilter: ['style'] });
  });
  return () => page.evaluate(() => (window as unknown as { overlayHiding: { hidden: number } }).overlayHiding.hidden);
}

/** Waits for the report form opened in its own window and returns that window's page. */
export async function waitForReportWindow(context: BrowserContext, extensionId: string): Promise<Page> {
  const prefix = `chrome-extension://${extensionId}/report.html?window=`;
  await expect.poll(() => context.pages().some((candidate) => candidate.url().startsWith(prefix))).toBe(true);
  const page = context.pages().find((candidate) => candidate.url().startsWith(prefix))!;
  await page.waitForLoadState('domcontentloaded');
  return page;
}
