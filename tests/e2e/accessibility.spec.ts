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

/** Smallest touch target, in CSS pixels, for children on Chromebook touch screens. */
const MIN_TARGET_SIZE = 44;
const MAX_TAB_STOPS = 60;

interface TabStop {
  name: string;
  outlined: boolean;
  width: number;
  height: number;
}

/**
 * Presses Tab through a page until focus leaves it or comes back to the first stop, and returns
 * each focused element with its focus outline and its target size. A radio button or checkbox
 * is measured by its label, which is what a finger touches.
 */
async function walkTabStops(page: Page): Promise<TabStop[]> {
  const stops: TabStop[] = [];
  for (let index = 0; index < MAX_TAB_STOPS; index += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;

      const style = getComputedStyle(element);
      const target = element.closest('label') ?? element;
      const rect = target.getBoundingClientRect();
      const text = (element.getAttribute('aria-label') ?? target.textContent ?? '').trim().replace(/\s+/g, ' ');
      return {
        name: `${element.tagName.toLowerCase()} "${text.slice(0, 50)}"`,
        outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        width: Math.round(rect.width),
        height: Math.round(rect.height),
      };
    });
    if (!stop || stop.name === stops[0]?.name) break;
    stops.push(stop);
  }
  return stops;
}

async function expectKeyboardReachable(page: Page, minimumStops: number): Promise<void> {
  const stops = await walkTabStops(page);
  expect(stops.length, 'tab stops').toBeGreaterThanOrEqual(minimumStops);
  expect(stops.filter((stop) => !stop.outlined).map((stop) => stop.name), 'focus without a visible outline').toEqual([]);
  const small = stops.filter((stop) => stop.width < MIN_TARGET_SIZE || stop.height < MIN_TARGET_SIZE);
  expect(small.map((stop) => `${stop.name} ${stop.width}×${stop.height}`), 'targets under 44 px').toEqual([]);
}

/** Smallest body text, in CSS pixels, that children read comfortably. */
const MIN_FONT_SIZE = 16;

/** Returns each visible text that is rendered smaller than MIN_FONT_SIZE, with its size. */
function smallTexts(page: Page): Promise<string[]> {
  return page.evaluate((minimum) => {
    const small: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!element || text === '' || element.closest('.visually-hidden') || element.getClientRects().length === 0) continue;

      const size = parseFloat(getComputedStyle(element).fontSize);
      if (size < minimum) small.push(`${size}px "${text.slice(0, 40)}"`);
    }
    return small;
  }, MIN_FONT_SIZE);
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

  test('keyboard walk: popup', async ({ extension }) => {
    const page = await openExtensionPage(extension, 'popup.html', POPUP_VIEWPORT);
    await expectKeyboardReachable(page, 7);

    await page.getByRole('button', { name: 'Cần giúp đỡ' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    // From the heading: call 111, the 111 website, the contact's phone and website.
    await expectKeyboardReachable(page, 4);
  });

  test('keyboard walk: skills and guide', async ({ extension }) => {
    for (const path of ['skills.html', 'guide.html']) {
      const page = await openExtensionPage(extension, path);
      await expectKeyboardReachable(page, 8);
      await page.close();
    }
  });

  test('keyboard walk: block page', async ({ extension }) => {
    const page = await openExtensionPage(extension, 'blocked.html?category=adult#https://adult.example/video');
    await expectKeyboardReachable(page, 4);
  });

  test('keyboard walk: options', async ({ extension }) => {
    const page = await openExtensionPage(extension, 'options.html');
    await expectKeyboardReachable(page, 4);
  });

  test('keyboard walk: report form', async ({ extension }) => {
    const page = await openExtensionPage(extension, 'report.html');
    await expectKeyboardReachable(page, 4);
  });

  test('text is at least 16 px', async ({ extension }) => {
    const paths = ['popup.html', 'skills.html', 'guide.html', 'blocked.html?category=adult#https://adult.example/', 'options.html', 'report.html'];
    for (const path of paths) {
      const page = await openExtensionPage(extension, path);
      expect(await smallTexts(page), path).toEqual([]);
      await page.close();
    }
  });
});
