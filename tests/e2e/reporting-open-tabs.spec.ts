import type { Page } from '@playwright/test';
import { launchBeforeInstall, launchWithExtension } from '../support/chromium';
import { expect, openReportOverlay, test, updateExtension } from './fixtures';

// Chrome runs manifest content scripts only in pages loaded after an install or update. These
// tests install and update the extension for real while a tab is open, and never reload that tab,
// so its report button can only come from the background's injection into open tabs.

/** Waits until the tab shows exactly one report button, then presses it and checks the form opens. */
async function expectOneWorkingButton(page: Page, extensionId: string): Promise<void> {
  const overlay = page.locator('khien-xanh-overlay');
  await expect(overlay).toBeVisible();
  await expect(overlay).toHaveCount(1);

  const form = await openReportOverlay(page, extensionId);
  await expect(form.getByRole('heading', { name: 'Báo cáo trang này' })).toBeVisible();
}

test.describe('report button in tabs open before', () => {
  test('install adds one working button', async ({ site }) => {
    const browser = await launchBeforeInstall();
    try {
      const page = await browser.context.newPage();
      await page.goto(site.urlFor('forum.example.test'));
      await expect(page.locator('#site-heading')).toBeVisible();
      await expect(page.locator('khien-xanh-overlay')).toHaveCount(0);

      const extensionId = await browser.installExtension();

      await expectOneWorkingButton(page, extensionId);
    } finally {
      await browser.close();
    }
  });

  test('update replaces the old button', async ({ site }) => {
    const extension = await launchWithExtension({ developerMode: true });
    try {
      const page = await extension.context.newPage();
      await page.goto(site.urlFor('forum.example.test'));
      await expect(page.locator('khien-xanh-overlay')).toBeVisible();
      // Kept in the page's own world: the overlay strips attributes it did not set, so a marker
      // attribute would not survive.
      await page.locator('khien-xanh-overlay').evaluate((host) => {
        (window as unknown as { buttonBeforeUpdate: Element }).buttonBeforeUpdate = host;
      });

      const updatedWorker = await updateExtension(extension);
      expect(new URL(updatedWorker.url()).host, 'the reloaded extension started again').toBe(extension.extensionId);

      const oldButtonAttached = () => page.evaluate(() => (window as unknown as { buttonBeforeUpdate: Element }).buttonBeforeUpdate.isConnected);
      await expect.poll(oldButtonAttached).toBe(false);
      await expectOneWorkingButton(page, extension.extensionId);
    } finally {
      await extension.close();
    }
  });
});
