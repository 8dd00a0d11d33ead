import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CATEGORY_IDS } from '../../utils/categories';
import { NAME_RULES } from '../../utils/name-rules';
import { compiledDomains, coveredBy } from '../support/list-samples';
import { configure, expect, test } from './fixtures';

const FIXTURE_DIR = 'tests/fixtures/pages';
const labels = JSON.parse(readFileSync(join(FIXTURE_DIR, 'labels.json'), 'utf8')) as { file: string; expected: string | null }[];
const listed = CATEGORY_IDS.map((category) => compiledDomains(category));
const isListed = (host: string) => listed.some((domains) => coveredBy(domains, host));

/** Waits until idle callbacks registered at load (the page check's among them) have run. */
/** Waits until the content script runs in the page (the background injects it after `load`) and its page check has had time to run. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.locator('khien-xanh-overlay').waitFor({ state: 'attached' });
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => requestIdleCallback(() => resolve()))));
  await page.waitForTimeout(500);
}

function blockPagePattern(extensionId: string, category: string): RegExp {
  return new RegExp(`^chrome-extension://${extensionId}/blocked\\.html\\?category=${category}`);
}

test.describe('host-name rules', () => {
  test('block positives, not negatives', async ({ extension, site }) => {
    await configure(extension.serviceWorker, { ageGroup: 'primary' });
    const page = await extension.context.newPage();

    for (const rule of NAME_RULES) {
      const positive = rule.positives[0]!;
      await page.goto(site.urlFor(positive, '/khuyen-mai')).catch(() => undefined);
      await expect(page, `${rule.id} should block ${positive}`).toHaveURL(/blocked\.html\?category=/);

      // Some negatives are HSTS-preloaded names, which Chromium upgrades to https:// that the
      // loopback server cannot answer; what matters is that the block page was not shown.
      for (const negative of rule.negatives.filter((host) => !isListed(host))) {
        const negativePage = await extension.context.newPage();
        await negativePage.goto(site.urlFor(negative, '/')).catch(() => undefined);
        expect(negativePage.url(), `${rule.id} must not block ${negative}`).not.toMatch(/blocked\.html/);
        await negativePage.close();
      }
    }
  });
});

test.describe('page check', () => {
  test('fixture pages blocked as labelled', async ({ extension, site }) => {
    test.setTimeout(240_000);
    await configure(extension.serviceWorker, { ageGroup: 'primary' });
    const page = await extension.context.newPage();

    for (const [index, label] of labels.entries()) {
      const host = `site${index}.fixtures.test`;
      site.setPage(`/${label.file}`, readFileSync(join(FIXTURE_DIR, label.file), 'utf8'));
      await page.goto(site.urlFor(host, `/${label.file}`));
      if (label.expected) {
        await expect(page, `${label.file} should be blocked`).toHaveURL(blockPagePattern(extension.extensionId, 'pageContent'));
        continue;
      }
      await settle(page);
      expect(page.url(), `${label.file} should load`).toBe(site.urlFor(host, `/${label.file}`));
    }
  });

  test('blocked host is blocked at network level next', async ({ extension, site }) => {
    await configure(extension.serviceWorker, { ageGroup: 'primary' });
    const harmful = labels.find((label) => label.expected === 'gambling')!;
    site.setPage('/landing', readFileSync(join(FIXTURE_DIR, harmful.file), 'utf8'));
    const page = await extension.context.newPage();
    await page.goto(site.urlFor('betting.fixtures.test', '/landing'));
    await expect(page).toHaveURL(blockPagePattern(extension.extensionId, 'pageContent'));

    await page.goto(site.urlFor('betting.fixtures.test', '/second-visit')).catch(() => undefined);

    await expect(page).toHaveURL(blockPagePattern(extension.extensionId, 'pageContent'));
    expect(site.requests().some((request) => request.path === '/second-visit')).toBe(false);
  });

  test('allow-listed host is never checked', async ({ extension, site }) => {
    await configure(extension.serviceWorker, { ageGroup: 'primary', allowList: ['trusted.fixtures.test'] });
    const harmful = labels.find((label) => label.expected === 'gambling')!;
    site.setPage('/landing', readFileSync(join(FIXTURE_DIR, harmful.file), 'utf8'));
    const page = await extension.context.newPage();

    await page.goto(site.urlFor('trusted.fixtures.test', '/landing'));
    await settle(page);

    expect(page.url()).toBe(site.urlFor('trusted.fixtures.test', '/landing'));
  });

  test('group off runs no page check', async ({ extension, site }) => {
    await configure(extension.serviceWorker, { ageGroup: 'off' });
    const harmful = labels.find((label) => label.expected === 'adult')!;
    site.setPage('/landing', readFileSync(join(FIXTURE_DIR, harmful.file), 'utf8'));
    const page = await extension.context.newPage();

    await page.goto(site.urlFor('grown-up.fixtures.test', '/landing'));
    await settle(page);

    expect(page.url()).toBe(site.urlFor('grown-up.fixtures.test', '/landing'));
  });
});
