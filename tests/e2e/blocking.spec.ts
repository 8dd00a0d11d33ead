import { CATEGORY_IDS } from '../../utils/categories';
import { HARM_LIKELY } from '../../utils/content/harm-likely';
import { sampleListedHost } from '../support/list-samples';
import { configure, expect, test } from './fixtures';

test.describe('blocking by age group', () => {
  for (const category of CATEGORY_IDS) {
    test(`primary blocks a listed ${category} host`, async ({ extension, site }) => {
      await configure(extension.serviceWorker, { ageGroup: 'primary' });
      const host = sampleListedHost(category);
      const blockedUrl = site.urlFor(host, '/page?from=test');

      const page = await extension.context.newPage();
      await page.goto(blockedUrl).catch(() => undefined);

      await expect(page).toHaveURL(new RegExp(`^chrome-extension://${extension.extensionId}/blocked\\.html`));
      await expect(page.getByTestId('blocked-category')).toHaveAttribute('data-category', category);
      await expect(page.getByTestId('blocked-url')).toHaveText(blockedUrl);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trang này đã bị chặn');
      // The 111 helpline is shown only for the categories where harm to the child is likely.
      if (HARM_LIKELY[category]) await expect(page.getByTestId('call-111')).toHaveAttribute('href', 'tel:111');
      else await expect(page.getByTestId('call-111')).toHaveCount(0);
      expect(site.requests().some((request) => request.host === host)).toBe(false);
    });
  }

  test('benign host loads normally', async ({ extension, site }) => {
    await configure(extension.serviceWorker, { ageGroup: 'primary' });
    const page = await extension.context.newPage();
    await page.goto(site.urlFor('school.example.test'));

    await expect(page.locator('#site-heading')).toHaveText('Welcome to school.example.test');
    await expect(page).toHaveURL(site.urlFor('school.example.test'));
  });

  test('group off lets a listed host load', async ({ extension, site }) => {
    await configure(extension.serviceWorker, { ageGroup: 'off' });
    const host = sampleListedHost('gambling');
    const page = await extension.context.newPage();
    await page.goto(site.urlFor(host));

    await expect(page.locator('#site-heading')).toHaveText(`Welcome to ${host}`);
  });

  test('block page text is shown as text', async ({ extension, site }) => {
    await configure(extension.serviceWorker, { ageGroup: 'primary' });
    const host = sampleListedHost('adult');
    const page = await extension.context.newPage();
    const hostileUrl = site.urlFor(host, '/<img src=x onerror=alert(1)>');
    await page.goto(hostileUrl).catch(() => undefined);

    await expect(page.getByTestId('blocked-url')).toContainText('onerror=alert(1)');
    await expect(page.locator('.url img')).toHaveCount(0);
  });
});
