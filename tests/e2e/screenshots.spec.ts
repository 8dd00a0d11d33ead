import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { LANGUAGES } from '../../utils/language';
import { openUnlockedOptions } from '../support/options-page';
import { configure, expect, openReportOverlay, test } from './fixtures';
import { POPUP_VIEWPORT, SCHOOL_CONTACT, applyCachedPolicy, openExtensionPage } from './page-setup';

/**
 * Screenshots of the child- and parent-facing screens in both languages. They are always taken,
 * so a screen that fails to render fails here, but they overwrite the committed images in
 * docs/screenshots only when UPDATE_SCREENSHOTS=1; otherwise they go to the test output folder,
 * so an ordinary run or CI leaves the repository unchanged.
 */
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';
const PAGE_VIEWPORT = { width: 1000, height: 760 };

function screenshotPath(name: string, outputDir: string): string {
  const directory = UPDATE ? resolve('docs/screenshots') : outputDir;
  mkdirSync(directory, { recursive: true });
  return join(directory, `${name}.png`);
}

async function save(page: Page, name: string, outputDir: string, fullPage = false): Promise<void> {
  // Fonts and emoji finish loading before the capture, so the image matches what a child sees.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: screenshotPath(name, outputDir), fullPage, animations: 'disabled', caret: 'hide' });
}

for (const language of LANGUAGES) {
  test.describe(`screenshots ${language}`, () => {
    test.beforeEach(async ({ extension }) => {
      await applyCachedPolicy(extension.serviceWorker, { organizationName: 'Trường Tiểu học Kim Đồng', helpContacts: [SCHOOL_CONTACT] });
      await configure(extension.serviceWorker, { ageGroup: 'primary', language });
    });

    test(`popup ${language}`, async ({ extension }, testInfo) => {
      const page = await openExtensionPage(extension, 'popup.html', POPUP_VIEWPORT);
      await expect(page.getByTestId('managed-by')).toBeVisible();
      await save(page, `popup-${language}`, testInfo.outputDir);

      await page.getByRole('button', { name: language === 'vi' ? 'Cần giúp đỡ' : 'Get help' }).click();
      await expect(page.getByTestId('help-contacts')).toBeVisible();
      await save(page, `popup-help-${language}`, testInfo.outputDir, true);
    });

    test(`skills card ${language}`, async ({ extension }, testInfo) => {
      const page = await openExtensionPage(extension, 'skills.html', { width: PAGE_VIEWPORT.width, height: 980 });
      const card = page.getByTestId('skill-card').filter({ has: page.getByTestId('check') }).first();
      await card.getByRole('radio').first().check();
      await expect(card.getByTestId('check-feedback')).not.toBeEmpty();
      await card.screenshot({ path: screenshotPath(`skills-card-${language}`, testInfo.outputDir), animations: 'disabled' });

      await page.evaluate(() => window.scrollTo(0, 0));
      await save(page, `skills-${language}`, testInfo.outputDir);
    });

    test(`guide ${language}`, async ({ extension }, testInfo) => {
      const page = await openExtensionPage(extension, 'guide.html', PAGE_VIEWPORT);
      await save(page, `guide-${language}`, testInfo.outputDir);
    });

    test(`block page ${language}`, async ({ extension }, testInfo) => {
      const page = await openExtensionPage(extension, 'blocked.html?category=gambling#https://casino.example/play', PAGE_VIEWPORT);
      await save(page, `blocked-${language}`, testInfo.outputDir, true);
    });

    test(`options ${language}`, async ({ extension }, testInfo) => {
      const page = await extension.context.newPage();
      await page.setViewportSize({ width: PAGE_VIEWPORT.width, height: 900 });
      await openUnlockedOptions(page, extension.extensionId);
      await save(page, `options-${language}`, testInfo.outputDir);
    });

    test(`report form ${language}`, async ({ extension, site }, testInfo) => {
      const page = await extension.context.newPage();
      await page.goto(site.urlFor('forum.example.test'));
      const form = await openReportOverlay(page, extension.extensionId);
      await expect(form.getByRole('heading', { level: 1 })).toBeVisible();
      await save(page, `report-form-${language}`, testInfo.outputDir);

      // "My personal information is exposed" takes a screenshot, which the form shows for black-outs.
      await form.locator('input[name="category"][value="personalInfo"]').check();
      const preview = form.getByTestId('screenshot-canvas');
      await expect(preview).toBeVisible();
      await preview.scrollIntoViewIfNeeded();
      await save(page, `report-screenshot-${language}`, testInfo.outputDir);
    });
  });
}
