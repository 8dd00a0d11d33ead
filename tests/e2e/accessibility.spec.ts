import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { configure, expect, openReportOverlay, test } from './fixtures';
import { POPUP_VIEWPORT, SCHOOL_CONTACT, applyCachedPolicy, openExtensionPage } from './page-setup';

/** The impacts that fail the test; minor and moderate findings are listed in the failure output only. */
const BLOCKING_IMPACTS = ['serious', 'critical'];

function blockingViolations(results: AxeResults): string[] {
  return results.violations
    .filter((violation) => BLOCKING_IMPACTS.includes(violation.impact ?? ''))
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function expectNoBlockingViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.passes.length, 'axe ran no rules').toBeGreaterThan(0);
  expect(blockingViolations(results)).toEqual([]);
}

/**
 * Runs axe-core inside one frame. The report overlay's iframe sits in a closed shadow root, where
 * axe's frame discovery (and so AxeBuilder, which relies on it) cannot reach, so the script is
 * injected into the frame itself.
 */
async function analyzeFrame(frame: Frame): Promise<AxeResults> {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await frame.evaluate(axeSource);
  return frame.evaluate(() => (window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe.run(document));
}

test.describe('accessibility', () => {
  test.beforeEach(async ({ extension }) => {
    await applyCachedPolicy(extension.serviceWorker, { organizationName: 'Trường Tiểu học Kim Đồng', helpContacts: [SCHOOL_CONTACT] });
    await configure(extension.serviceWorker, { ageGroup: 'primary' });
  });

  test('popup home and help views', async ({ extension }) => {
    const page = await openExtensionPage(extension, 'popup.html', POPUP_VIEWPORT);
    await expectNoBlockingViolations(page);

    await page.getByRole('button', { name: 'Cần giúp đỡ' }).click();
    await expect(page.getByTestId('help-contacts')).toBeVisible();
    await expectNoBlockingViolations(page);
  });

  test('options page', async ({ extension }) => {
    const page = await openExtensionPage(extension, 'options.html');
    await expectNoBlockingViolations(page);
  });

  test('block page', async ({ extension }) => {
    const page = await openExtensionPage(extension, 'blocked.html?category=adult#https://adult.example/video');
    await expectNoBlockingViolations(page);
  });

  test('report form standalone', async ({ extension }) => {
    const page = await openExtensionPage(extension, 'report.html');
    await expectNoBlockingViolations(page);
  });

  test('report form in the overlay', async ({ extension, site }) => {
    const page = await extension.context.newPage();
    await page.goto(site.urlFor('forum.example.test'));
    const form = await openReportOverlay(page, extension.extensionId);
    await expect(form.getByRole('heading', { level: 1 })).toBeVisible();

    const results = await analyzeFrame(form);
    expect(results.url).toContain('/report.html');
    expect(results.passes.length, 'axe ran no rules').toBeGreaterThan(0);
    expect(blockingViolations(results)).toEqual([]);
  });

  test('skills page with an answered check', async ({ extension }) => {
    const page = await openExtensionPage(extension, 'skills.html');
    const card = page.getByTestId('skill-card').filter({ has: page.getByTestId('check') }).first();
    await card.getByRole('radio').last().check();
    await expect(card.getByTestId('check-feedback')).not.toBeEmpty();
    await expectNoBlockingViolations(page);
  });

  test('guide page', async ({ extension }) => {
    const page = await openExtensionPage(extension, 'guide.html');
    await expectNoBlockingViolations(page);
  });

  test('English pages', async ({ extension }) => {
    await configure(extension.serviceWorker, { language: 'en' });
    for (const path of ['popup.html', 'skills.html', 'guide.html', 'blocked.html?category=scam#https://bank.example/login']) {
      const page = await openExtensionPage(extension, path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expectNoBlockingViolations(page);
      await page.close();
    }
  });
});
