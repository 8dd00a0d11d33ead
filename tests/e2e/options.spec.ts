import type { Page, Worker } from '@playwright/test';
import { blockedCategoriesFor, CATEGORIES } from '../../utils/categories';
import { readFileSync } from 'node:fs';
import { categoryNameKey } from '../../components/shared/category-names';
import { nameRulesetsFor } from '../../utils/name-rules/rulesets';
import type { ExtensionBrowser } from '../support/chromium';
import { enabledRulesets, expect, test } from './fixtures';

const PIN = '2468';

// Playwright's Node loader cannot import the locale JSON through utils/i18n, so the test reads it.
const VIETNAMESE_CATEGORY_NAMES = JSON.parse(readFileSync('locales/vi/categories.json', 'utf8')) as Record<string, { message: string }>;

async function openOptions(extension: ExtensionBrowser): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
  return page;
}

async function createPin(page: Page, pin = PIN): Promise<void> {
  await page.getByLabel('Mã PIN (4–8 chữ số)').fill(pin);
  await page.getByLabel('Nhập lại mã PIN').fill(pin);
  await page.getByRole('button', { name: 'Tạo mã PIN' }).click();
  await expect(page.getByRole('heading', { name: 'Độ tuổi và nội dung bị chặn' })).toBeVisible();
}

async function enterPin(page: Page, pin: string): Promise<void> {
  await page.getByLabel('Mã PIN (4–8 chữ số)').fill(pin);
  await page.getByRole('button', { name: 'Mở cài đặt' }).click();
}

async function parentSettings(serviceWorker: Worker): Promise<Record<string, unknown>> {
  return serviceWorker.evaluate(async () => ((await chrome.storage.local.get('parentSettings')).parentSettings ?? {}) as Record<string, unknown>);
}

test.describe('parent PIN', () => {
  test('install opens the PIN setup', async ({ extension }) => {
    // The first storage.managed read after launch waits for policy, so the page opens a few seconds in.
    await expect
      .poll(() => extension.context.pages().some((page) => page.url() === `chrome-extension://${extension.extensionId}/options.html`), { timeout: 30_000 })
      .toBe(true);
    const page = extension.context.pages().find((candidate) => candidate.url().endsWith('/options.html'))!;

    await page.getByLabel('Mã PIN (4–8 chữ số)').fill('12');
    await page.getByLabel('Nhập lại mã PIN').fill('12');
    await page.getByRole('button', { name: 'Tạo mã PIN' }).click();
    await expect(page.getByRole('alert')).toHaveText('Mã PIN cần có từ 4 đến 8 chữ số (0–9).');

    await page.getByLabel('Mã PIN (4–8 chữ số)').fill('1357');
    await page.getByLabel('Nhập lại mã PIN').fill('1358');
    await page.getByRole('button', { name: 'Tạo mã PIN' }).click();
    await expect(page.getByRole('alert')).toHaveText('Hai mã PIN không giống nhau. Hãy nhập lại.');
    await expect(page.getByRole('heading', { name: 'Độ tuổi và nội dung bị chặn' })).toHaveCount(0);

    await createPin(page);
    const stored = await extension.serviceWorker.evaluate(() => chrome.storage.local.get('parentPin'));
    expect(JSON.stringify(stored)).toContain('PBKDF2-SHA-256');
    expect(JSON.stringify(stored)).not.toContain(PIN);

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Độ tuổi và nội dung bị chặn' })).toBeVisible();
  });

  test('settings need the PIN after locking', async ({ extension }) => {
    const page = await openOptions(extension);
    await createPin(page);
    await page.getByRole('button', { name: 'Khoá cài đặt' }).click();
    await expect(page.getByTestId('pin-unlock')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Độ tuổi và nội dung bị chặn' })).toHaveCount(0);

    await enterPin(page, '0000');
    await expect(page.getByTestId('pin-error')).toHaveText('Mã PIN không đúng.');
    await enterPin(page, PIN);
    await expect(page.getByRole('heading', { name: 'Độ tuổi và nội dung bị chặn' })).toBeVisible();
  });

  test('wrong PINs make the parent wait', async ({ extension }) => {
    const page = await openOptions(extension);
    await createPin(page);
    await page.getByRole('button', { name: 'Khoá cài đặt' }).click();

    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await enterPin(page, '0000');
      await expect(page.getByTestId('pin-error')).toHaveText('Mã PIN không đúng.');
    }
    await enterPin(page, '0000');
    await expect(page.getByTestId('pin-error')).toHaveText('Mã PIN không đúng. Nhập sai quá nhiều lần. Hãy thử lại sau 30 giây.');
    await expect(page.getByRole('button', { name: 'Mở cài đặt' })).toBeDisabled();

    // The wait is stored, so a reload neither clears it nor lets the right PIN through.
    await page.reload();
    await expect(page.getByTestId('pin-error')).toContainText('Nhập sai quá nhiều lần. Hãy thử lại sau');
    await expect(page.getByRole('button', { name: 'Mở cài đặt' })).toBeDisabled();
  });
});

test.describe('options page', () => {
  test('age group and categories apply', async ({ extension }) => {
    const primary = blockedCategoriesFor('primary');
    const primaryRulesets = [...primary, ...nameRulesetsFor(primary)].sort();
    await expect.poll(async () => (await enabledRulesets(extension.serviceWorker)).sort()).toEqual(primaryRulesets);
    const page = await openOptions(extension);
    await createPin(page);
    const section = page.getByTestId('section-age');

    // Categories are listed from utils/categories.ts, one box per category.
    await expect(section.getByRole('checkbox')).toHaveCount(CATEGORIES.length);
    const firstCategory = blockedCategoriesFor('primary')[0]!;
    await section.getByLabel(VIETNAMESE_CATEGORY_NAMES[categoryNameKey(firstCategory)]!.message).uncheck();
    await section.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByTestId('age-status')).toHaveText('Đã lưu.');
    expect((await parentSettings(extension.serviceWorker)).categoriesRemoved).toEqual({ primary: [firstCategory] });

    await section.getByLabel('Nhóm tuổi của con').selectOption('off');
    await expect(section.getByTestId('categories-off')).toBeVisible();
    await section.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => enabledRulesets(extension.serviceWorker)).toEqual([]);
  });

  test('domain lists keep valid entries', async ({ extension }) => {
    const page = await openOptions(extension);
    await createPin(page);
    const section = page.getByTestId('section-lists');

    await section.getByLabel('Luôn cho phép').fill('vnedu.vn\nbad_name!\nhttps://Zalo.me/chat\n1.2.3.4');
    await section.getByLabel('Luôn chặn').fill('*.bet.example');
    await section.getByLabel('Chỉ cho mở các trang trong danh sách bên dưới').check();
    await section.getByRole('button', { name: 'Lưu' }).click();

    await expect(page.getByTestId('lists-status')).toHaveText('Đã lưu. Luôn cho phép: chưa lưu “bad_name!”, “1.2.3.4” vì không phải tên miền hợp lệ.');
    await expect(section.getByLabel('Luôn cho phép')).toHaveValue('vnedu.vn\nzalo.me');
    const stored = await parentSettings(extension.serviceWorker);
    expect(stored.allowList).toEqual(['vnedu.vn', 'zalo.me']);
    expect(stored.denyList).toEqual(['bet.example']);
    expect(stored.allowOnlyMode).toBe(true);
  });

  test('preschool shows allow-only mode on', async ({ extension }) => {
    const page = await openOptions(extension);
    await createPin(page);
    const lists = page.getByTestId('section-lists');
    const allowOnly = lists.getByLabel('Chỉ cho mở các trang trong danh sách bên dưới');
    await expect(allowOnly).not.toBeChecked();
    await expect(allowOnly).toBeEnabled();
    await expect(lists.getByTestId('allow-only-preschool')).toHaveCount(0);

    const age = page.getByTestId('section-age');
    await age.getByLabel('Nhóm tuổi của con').selectOption('preschool');
    await age.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByTestId('age-status')).toHaveText('Đã lưu.');

    await expect(allowOnly).toBeChecked();
    await expect(allowOnly).toBeDisabled();
    await expect(lists.getByTestId('allow-only-preschool')).toBeVisible();
    await lists.getByTestId('allow-only-defaults').locator('summary').click();
    await expect(lists.getByTestId('allow-only-defaults').getByRole('listitem').filter({ hasText: 'olm.vn' })).toBeVisible();
  });

  test('endpoint and token reach reports', async ({ extension, receiver }) => {
    const page = await openOptions(extension);
    await createPin(page);
    const section = page.getByTestId('section-reports');
    const token = 'home-token-8c1f3a77';

    await section.getByLabel('Địa chỉ nhận báo cáo (HTTPS)').fill('http://reports.example.vn/api');
    await section.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByTestId('reports-status')).toHaveText('Địa chỉ phải bắt đầu bằng https:// (http chỉ dùng được cho 127.0.0.1 và localhost).');
    expect((await parentSettings(extension.serviceWorker)).reportEndpoint).toBeUndefined();

    await section.getByLabel('Địa chỉ nhận báo cáo (HTTPS)').fill(receiver.url);
    await section.getByLabel('Mã xác thực (do nơi nhận báo cáo cung cấp)').fill(token);
    await section.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByTestId('reports-status')).toHaveText('Đã lưu.');
    await expect(section.getByLabel('Mã xác thực (do nơi nhận báo cáo cung cấp)')).toHaveValue('');
    await expect(page.getByTestId('token-state')).toHaveText('Đã lưu một mã, kết thúc bằng …77. Nhập mã mới để thay.');
    expect(await page.content()).not.toContain(token);

    const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'requestUnblock', data: { url: 'https://vnedu.vn/', description: '' } }));
    expect(reply).toMatchObject({ ok: true });
    await receiver.waitForReports(1);
    expect(receiver.attempts().map((attempt) => attempt.authorization)).toEqual([`Bearer ${token}`]);

    await section.getByRole('button', { name: 'Xoá mã' }).click();
    await expect(page.getByTestId('token-state')).toHaveText('Chưa có mã.');
  });

  test('help contacts are checked and saved', async ({ extension }) => {
    const page = await openOptions(extension);
    await createPin(page);
    const section = page.getByTestId('section-contacts');

    await section.getByRole('button', { name: 'Thêm người liên hệ' }).click();
    await section.getByLabel('Số điện thoại').fill('gọi cô');
    await section.getByLabel('Trang web (https)').fill('http://truong.example/tu-van');
    await section.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByTestId('contacts-status')).toHaveText('Chưa lưu: hãy sửa các ô có báo lỗi.');
    await expect(section.getByText('Cần nhập tên.')).toBeVisible();
    await expect(section.getByText('Số điện thoại chỉ gồm chữ số')).toBeVisible();
    await expect(section.getByText('Địa chỉ phải bắt đầu bằng https://')).toBeVisible();

    await section.getByLabel('Tên').fill('Cô Lan, giáo viên chủ nhiệm');
    await section.getByLabel('Số điện thoại').fill('0912 345 678');
    await section.getByLabel('Trang web (https)').fill('');
    await section.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByTestId('contacts-status')).toHaveText('Đã lưu.');
    expect((await parentSettings(extension.serviceWorker)).helpContacts).toEqual([{ name: 'Cô Lan, giáo viên chủ nhiệm', phone: '0912 345 678' }]);

    await section.getByRole('button', { name: 'Xoá người liên hệ này' }).click();
    await section.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(async () => (await parentSettings(extension.serviceWorker)).helpContacts).toEqual([]);
  });

  test('language switch shows English', async ({ extension }) => {
    const page = await openOptions(extension);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Create a parent PIN' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.getByLabel('PIN (4–8 digits)').fill(PIN);
    await page.getByLabel('Enter the PIN again').fill(PIN);
    await page.getByRole('button', { name: 'Create PIN' }).click();
    await expect(page.getByRole('heading', { name: 'Age group and blocked content' })).toBeVisible();
    await page.getByText('For administrators').click();
    await expect(page.getByText('No enterprise policy applies to Khiên Xanh.')).toBeVisible();
  });
});
