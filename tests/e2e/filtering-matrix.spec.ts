import { expect, test } from '@playwright/test';
import { AGE_GROUPS } from '../../utils/age-groups';
import { blockedCategoriesFor, CATEGORY_IDS, type CategoryId } from '../../utils/categories';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { sampleListedHost } from '../support/list-samples';
import { startSiteServer, type SiteServer } from '../support/site-server';
import { applySettings, blockedReason, visit } from './filter-helpers';

// One browser for the whole file: each age group is set once and every category is visited.
test.describe.configure({ mode: 'serial' });

let extension: ExtensionBrowser;
let site: SiteServer;
const SAMPLES: Partial<Record<CategoryId, string>> = {};

test.beforeAll(async () => {
  for (const category of CATEGORY_IDS) SAMPLES[category] = sampleListedHost(category);
  site = await startSiteServer();
  extension = await launchWithExtension();
});

test.afterAll(async () => {
  await extension.close();
  await site.close();
});

for (const ageGroup of AGE_GROUPS) {
  test(`${ageGroup} follows the matrix`, async () => {
    await applySettings(extension.serviceWorker, { ageGroup, allowOnlyMode: false });
    const blocked = blockedCategoriesFor(ageGroup);
    const page = await extension.context.newPage();

    for (const category of CATEGORY_IDS) {
      const host = SAMPLES[category]!;
      await visit(page, site.urlFor(host, `/matrix/${ageGroup}`));

      if (blocked.includes(category)) {
        expect({ host, reason: await blockedReason(page) }).toEqual({ host, reason: category });
        await expect(page.getByTestId('blocked-explanation')).not.toBeEmpty();
      } else if (ageGroup === 'preschool') {
        expect({ host, reason: await blockedReason(page) }).toEqual({ host, reason: 'allowOnly' });
      } else {
        await expect(page.locator('#site-heading')).toHaveText(`Welcome to ${host}`);
      }
    }
    await page.close();
  });
}

test('upper secondary allows social and chat', async () => {
  await applySettings(extension.serviceWorker, { ageGroup: 'upperSecondary' });
  const page = await extension.context.newPage();

  for (const category of ['social', 'chat'] as const) {
    await visit(page, site.urlFor(SAMPLES[category]!));
    await expect(page.locator('#site-heading')).toHaveText(`Welcome to ${SAMPLES[category]}`);
  }
  await page.close();
});

test('category overrides apply per group', async () => {
  await applySettings(extension.serviceWorker, {
    ageGroup: 'upperSecondary',
    categoriesAdded: { upperSecondary: ['social'] },
    categoriesRemoved: { upperSecondary: ['piracy'] },
  });
  const page = await extension.context.newPage();

  await visit(page, site.urlFor(SAMPLES.social!));
  expect(await blockedReason(page)).toBe('social');
  await visit(page, site.urlFor(SAMPLES.piracy!));
  await expect(page.locator('#site-heading')).toHaveText(`Welcome to ${SAMPLES.piracy}`);

  await applySettings(extension.serviceWorker, { categoriesAdded: {}, categoriesRemoved: {} });
  await page.close();
});

test('block page explains by age', async () => {
  await applySettings(extension.serviceWorker, { ageGroup: 'primary', language: 'en' });
  const page = await extension.context.newPage();

  await visit(page, site.urlFor(SAMPLES.gambling!, '/bet'));
  await expect(page.getByTestId('blocked-explanation')).toContainText('gambling page');
  await expect(page.getByTestId('blocked-url')).toHaveText(site.urlFor(SAMPLES.gambling!, '/bet'));
  await expect(page.getByTestId('call-111')).toBeVisible();
  await expect(page.getByTestId('who-to-talk-to')).toContainText('class teacher');
  await expect(page.getByRole('button', { name: /Go back/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/blocked-gambling-primary-en.png', fullPage: true });

  await visit(page, site.urlFor(SAMPLES.piracy!));
  expect(await blockedReason(page)).toBe('piracy');
  await expect(page.getByTestId('call-111')).toHaveCount(0);

  await applySettings(extension.serviceWorker, { language: 'vi', ageGroup: 'preschool' });
  await visit(page, site.urlFor(SAMPLES.adult!));
  await expect(page.getByTestId('blocked-explanation')).toContainText('người lớn');
  await page.screenshot({ path: 'test-results/screens/blocked-adult-preschool-vi.png', fullPage: true });
  await page.close();
});
