import { test as base, expect } from '@playwright/test';
import type { Frame, Page, Worker } from '@playwright/test';
import type { AgeGroup } from '../../utils/age-groups';
import type { HelpContact } from '../../utils/policy/help-contact';
import { wantedRulesetIds } from '../../utils/wanted-rulesets';
import { waitForBackgroundReady } from '../support/background-ready';
import { launchWithExtension } from '../support/chromium';
import type { ExtensionBrowser } from '../support/chromium';
import { startReportReceiver } from '../support/report-receiver';
import type { ReportReceiver } from '../support/report-receiver';
import { startSiteServer } from '../support/site-server';
import type { SiteServer } from '../support/site-server';

interface Fixtures {
  extension: ExtensionBrowser;
  site: SiteServer;
  receiver: ReportReceiver;
}

export const test = base.extend<Fixtures>({
  site: async ({}, use) => {
    const site = await startSiteServer();
    await use(site);
    await site.close();
  },
  receiver: async ({}, use) => {
    const receiver = await startReportReceiver();
    await use(receiver);
    await receiver.close();
  },
  extension: async ({}, use) => {
    const browser = await launchWithExtension();
    await use(browser);
    await browser.close();
  },
});
export { expect };

/**
 * Writes parent settings the way the options page stores them; with an age group, waits until
 * the background has enabled exactly that group's rulesets.
 */
export async function configure(
  serviceWorker: Worker,
  settings: {
    ageGroup?: AgeGroup;
    reportEndpoint?: string | null;
    language?: string;
    helpContacts?: HelpContact[];
    allowList?: string[];
    extraListUrls?: string[];
  },
): Promise<void> {
  await waitForBackgroundReady(serviceWorker);
  await serviceWorker.evaluate(async (change) => {
    const stored = await chrome.storage.local.get('parentSettings');
    await chrome.storage.local.set({ parentSettings: { ...(stored.parentSettings ?? {}), ...change } });
  }, settings);
  if (!settings.ageGroup) return;

  const expected = wantedRulesetIds(settings.ageGroup).sort();
  await expect.poll(async () => (await enabledRulesets(serviceWorker)).sort()).toEqual(expected);
}

// Tests wait for the start-up sync, so that a sync of the default settings cannot land after,
// and briefly undo, the settings a test writes.
export { waitForBackgroundReady };

/**
 * Reloads the extension, which Chrome treats as an update: it fires runtime.onInstalled with
 * reason "update" and leaves the content scripts in open tabs orphaned. Returns the new service
 * worker once it has started. The extension needs Developer mode to reload itself.
 */
export async function updateExtension(extension: ExtensionBrowser): Promise<Worker> {
  const updatedWorker = extension.context.waitForEvent('serviceworker');
  await extension.serviceWorker.evaluate(() => {
    // After this evaluation has replied, because the reload ends the worker.
    setTimeout(() => chrome.runtime.reload(), 0);
  });
  return updatedWorker;
}

/** Returns the extension's enabled static rulesets. */
export function enabledRulesets(serviceWorker: Worker): Promise<string[]> {
  return serviceWorker.evaluate(() => chrome.declarativeNetRequest.getEnabledRulesets());
}

/** Presses the in-page report button (inside a closed shadow root) and returns the form's frame. */
export async function openReportOverlay(page: Page, extensionId: string): Promise<Frame> {
  // The report button is the right-hand end of the overlay in its default corner (the small move
  // and collapse buttons sit to its left); the closed shadow root hides it from locators.
  const overlay = page.locator('khien-xanh-overlay');
  await expect.poll(async () => (await overlay.boundingBox())?.width ?? 0).toBeGreaterThan(100);
  const box = (await overlay.boundingBox())!;
  await overlay.click({ position: { x: box.width - 24, y: box.height / 2 } });
  await expect.poll(() => reportFrame(page, extensionId)?.url() ?? null).not.toBeNull();
  const frame = reportFrame(page, extensionId)!;
  await frame.waitForLoadState('domcontentloaded');
  return frame;
}

function reportFrame(page: Page, extensionId: string): Frame | undefined {
  return page.frames().find((frame) => frame.url().startsWith(`chrome-extension://${extensionId}/report.html`));
}

/** Decodes a base64 JPEG with the browser's own image decoder and returns its size. */
export function decodeJpegSize(page: Page, base64: string): Promise<{ width: number; height: number }> {
  return page.evaluate(async (data) => {
    const blob = await (await fetch(`data:image/jpeg;base64,${data}`)).blob();
    const bitmap = await createImageBitmap(blob);
    return { width: bitmap.width, height: bitmap.height };
  }, base64);
}
