import type { Page } from '@playwright/test';
import { buildExtraListRules, isExtraListRuleId } from '../../utils/extra-lists/list-rules';
import { MAX_LIST_BYTES } from '../../utils/extra-lists/list-text';
import { dynamicRuleChanges } from '../../utils/rules/rule-changes';
import { startListServer } from '../support/list-server';
import { openUnlockedOptions } from '../support/options-page';
import type { ListServer } from '../support/list-server';
import { configure, expect, test } from './fixtures';

const GOOD_LIST = ['# Published by the school', '0.0.0.0 listed-by-school.test', 'bad_entry!', 'second-listed.test', ''].join('\n');

let lists: ListServer;
test.beforeEach(async () => {
  lists = await startListServer();
});
test.afterEach(async () => {
  await lists.close();
});

async function openOptions(page: Page, extensionId: string): Promise<void> {
  await openUnlockedOptions(page, extensionId);
}

function statusOf(page: Page, url: string) {
  return page.getByTestId('extra-list-statuses').locator(`li[data-url="${url}"]`);
}

test.describe('extra block lists', () => {
  test('good list applies and skips bad lines', async ({ extension, site }) => {
    lists.respond('/school.txt', { status: 200, body: GOOD_LIST, delayMs: 1500 });
    await configure(extension.serviceWorker, { ageGroup: 'primary', extraListUrls: [lists.url('/school.txt')] });
    const options = await extension.context.newPage();
    await openOptions(options, extension.extensionId);

    await expect(statusOf(options, lists.url('/school.txt'))).toContainText('2 tên miền');
    const page = await extension.context.newPage();
    await page.goto(site.urlFor('listed-by-school.test', '/')).catch(() => undefined);
    await expect(page).toHaveURL(/blocked\.html\?category=extraList/);
    const request = lists.requests()[0]!;
    expect(request.headers.cookie).toBeUndefined();
    expect(request.headers.referer).toBeUndefined();

    // Chrome returns the rules as they were built, so a later start of the worker with the same
    // list finds them unchanged and makes no update.
    const stored = await extension.serviceWorker.evaluate(() => chrome.declarativeNetRequest.getDynamicRules());
    const wanted = buildExtraListRules(['listed-by-school.test', 'second-listed.test']);
    expect(dynamicRuleChanges<{ id: number }>(stored, wanted, isExtraListRuleId)).toEqual({ removeRuleIds: [], addRules: [] });
  });

  test('failed fetch keeps the last good list', async ({ extension, site }) => {
    lists.respond('/school.txt', { status: 200, body: GOOD_LIST });
    await configure(extension.serviceWorker, { ageGroup: 'primary', extraListUrls: [lists.url('/school.txt')] });
    const options = await extension.context.newPage();
    await openOptions(options, extension.extensionId);
    await expect(statusOf(options, lists.url('/school.txt'))).toContainText('2 tên miền');

    lists.respond('/school.txt', { status: 404, body: 'gone' });
    await options.getByRole('button', { name: 'Cập nhật ngay' }).click();

    await expect(statusOf(options, lists.url('/school.txt'))).toContainText('HTTP 404');
    await expect(statusOf(options, lists.url('/school.txt'))).toContainText('2 tên miền');
    const page = await extension.context.newPage();
    await page.goto(site.urlFor('second-listed.test', '/')).catch(() => undefined);
    await expect(page).toHaveURL(/blocked\.html\?category=extraList/);
  });

  test('oversized list is refused with an error', async ({ extension, site }) => {
    const huge = Array.from({ length: Math.ceil(MAX_LIST_BYTES / 20) + 10 }, (_, index) => `host${index}.oversized.test`).join('\n');
    lists.respond('/huge.txt', { status: 200, body: huge });
    await configure(extension.serviceWorker, { ageGroup: 'primary', extraListUrls: [lists.url('/huge.txt')] });
    const options = await extension.context.newPage();
    await openOptions(options, extension.extensionId);

    await expect(statusOf(options, lists.url('/huge.txt'))).toContainText('larger than 5 MB');
    await expect(statusOf(options, lists.url('/huge.txt'))).toContainText('0 tên miền');
    const page = await extension.context.newPage();
    await page.goto(site.urlFor('host1.oversized.test', '/'));
    await expect(page.locator('#site-heading')).toHaveText('Welcome to host1.oversized.test');
  });

  test('missing list reports 404 and blocks nothing', async ({ extension }) => {
    await configure(extension.serviceWorker, { ageGroup: 'primary', extraListUrls: [lists.url('/missing.txt')] });
    const options = await extension.context.newPage();
    await openOptions(options, extension.extensionId);

    await expect(statusOf(options, lists.url('/missing.txt'))).toContainText('HTTP 404');
    await expect(statusOf(options, lists.url('/missing.txt'))).toContainText('Chưa tải được lần nào');
  });
});
