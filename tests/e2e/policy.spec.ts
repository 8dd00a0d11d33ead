import type { Page, Worker } from '@playwright/test';
import { blockedCategoriesFor } from '../../utils/categories';
import type { AgeGroup } from '../../utils/age-groups';
import { nameRulesetsFor } from '../../utils/name-rules/rulesets';
import { enabledRulesets } from './fixtures';
import { stopServiceWorkers } from './reporting-helpers';
import { expect, test } from './policy-fixtures';

// Chromium reads a real policy file here. The first storage.managed read after launch waits
// until policy has loaded (a few seconds), and a changed file reaches the extension only when
// Chromium next reloads policy, so the polls below allow more than the default time.
const POLICY_TIMEOUT = { timeout: 30_000 };
const ORGANIZATION = 'Trường Tiểu học Kim Đồng';
const SCHOOL_TOKEN = 'school-token-5e2b7c91d4';

interface CachedPolicy {
  policy: Record<string, unknown>;
  errors: { key: string; reason: string }[];
}

async function cachedPolicy(serviceWorker: Worker): Promise<CachedPolicy | null> {
  return serviceWorker.evaluate(async () => ((await chrome.storage.local.get('policyCache')).policyCache as CachedPolicy) ?? null);
}

/** Waits until the background has read a policy whose age group is `ageGroup`, then for its rulesets. */
async function expectAgeGroupApplied(serviceWorker: Worker, ageGroup: AgeGroup): Promise<void> {
  await expect.poll(async () => (await cachedPolicy(serviceWorker))?.policy.ageGroup, POLICY_TIMEOUT).toBe(ageGroup);
  const categories = blockedCategoriesFor(ageGroup);
  const expected = [...categories, ...nameRulesetsFor(categories)].sort();
  await expect.poll(async () => (await enabledRulesets(serviceWorker)).sort()).toEqual(expected);
}

/** Sends a review request from an extension page, as the block page does, which files a report. */
async function sendReviewRequest(page: Page, url: string): Promise<void> {
  const reply = await page.evaluate(
    (target) => chrome.runtime.sendMessage({ type: 'requestUnblock', data: { url: target, description: 'policy test' } }),
    url,
  );
  expect(reply).toMatchObject({ ok: true });
}

test.describe('enterprise policy', () => {
  test('policy applies and locks the settings', async ({ policy, receiver }) => {
    policy.write({
      AgeGroup: 'off',
      AllowList: ['vnedu.vn'],
      DenyList: ['https://Games.Truong.example/play', 'bet.example'],
      ReportEndpoint: receiver.url,
      ReportAuthToken: SCHOOL_TOKEN,
      OrganizationName: ORGANIZATION,
      HelpContacts: [{ name: 'Phòng tư vấn học đường', phone: '024 0000 0000' }],
      SettingsLocked: true,
    });
    const browser = await policy.launch();
    try {
      await expectAgeGroupApplied(browser.serviceWorker, 'off');
      const cached = await cachedPolicy(browser.serviceWorker);
      expect(cached?.policy.allowList).toEqual(['vnedu.vn']);
      expect(cached?.policy.denyList).toEqual(['bet.example', 'games.truong.example']);
      expect(cached?.errors).toEqual([]);

      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await expect(options.getByTestId('managed-page')).toHaveText(`🏫 Toàn bộ cài đặt do ${ORGANIZATION} quản lý nên không thay đổi được ở đây.`);
      await expect(options.getByTestId('pin-create')).toHaveCount(0);
      await expect(options.getByTestId('pin-unlock')).toHaveCount(0);
      await expect(options.getByLabel('Nhóm tuổi của con')).toBeDisabled();
      await expect(options.getByLabel('Luôn chặn')).toHaveValue('bet.example\ngames.truong.example');
      await expect(options.getByLabel('Luôn chặn')).not.toBeEditable();
      await expect(options.getByLabel('Địa chỉ nhận báo cáo (HTTPS)')).toHaveValue(receiver.url);
      await expect(options.getByRole('button', { name: 'Lưu' })).toHaveCount(0);
      await expect(options.getByRole('button', { name: 'English' })).toHaveCount(0);
      await expect(options.getByTestId('managed-by').first()).toHaveText(`🔒 Do ${ORGANIZATION} quản lý`);
      await expect(options.getByTestId('token-state')).toHaveText('Đã lưu một mã, kết thúc bằng …d4. Nhập mã mới để thay.');
      expect(await options.content()).not.toContain(SCHOOL_TOKEN);

      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await expect(popup.getByTestId('managed-by-notice')).toHaveText(`🔒 Do ${ORGANIZATION} quản lý`);

      await sendReviewRequest(options, 'https://vnedu.vn/');
      await receiver.waitForReports(1);
      expect(receiver.attempts().map((attempt) => attempt.authorization)).toEqual([`Bearer ${SCHOOL_TOKEN}`]);

      // The install handler read the same policy, so it did not open the first-run PIN page.
      const optionsPages = browser.context.pages().filter((page) => page.url().endsWith('/options.html'));
      expect(optionsPages).toHaveLength(1);
    } finally {
      await browser.close();
    }
  });

  test('changed policy applies while running', async ({ policy, receiver }) => {
    policy.write({ AgeGroup: 'off', DenyList: ['bet.example'], ReportEndpoint: receiver.url, ReportAuthToken: 'first-token-0001' });
    const browser = await policy.launch();
    try {
      await expectAgeGroupApplied(browser.serviceWorker, 'off');
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.getByLabel('Mã PIN (4–8 chữ số)').fill('2468');
      await options.getByLabel('Nhập lại mã PIN').fill('2468');
      await options.getByRole('button', { name: 'Tạo mã PIN' }).click();
      await expect(options.getByLabel('Luôn chặn')).toHaveValue('bet.example');

      policy.write({ AgeGroup: 'upperSecondary', DenyList: ['casino.example'], ReportEndpoint: receiver.url, ReportAuthToken: 'second-token-0002' });
      await expectAgeGroupApplied(browser.serviceWorker, 'upperSecondary');
      await expect(options.getByLabel('Luôn chặn')).toHaveValue('casino.example');
      await expect(options.getByLabel('Nhóm tuổi của con')).toHaveValue('upperSecondary');

      await sendReviewRequest(options, 'https://vnedu.vn/');
      await receiver.waitForReports(1);
      expect(receiver.attempts().map((attempt) => attempt.authorization)).toEqual(['Bearer second-token-0002']);
    } finally {
      await browser.close();
    }
  });

  test('policy survives a browser restart', async ({ policy }) => {
    policy.write({ AgeGroup: 'off', OrganizationName: ORGANIZATION });
    const first = await policy.launch();
    const profile = first.userDataDir;
    try {
      await expectAgeGroupApplied(first.serviceWorker, 'off');
    } finally {
      await first.close();
    }

    policy.write({ AgeGroup: 'preschool', OrganizationName: ORGANIZATION });
    const second = await policy.launch(profile);
    try {
      await expectAgeGroupApplied(second.serviceWorker, 'preschool');
    } finally {
      await second.close();
    }
  });

  test('bad keys are reported, good keys apply', async ({ policy }) => {
    policy.write({
      AgeGroup: 'off',
      ReportEndpoint: 'http://reports.truong.example/api',
      DenyList: ['bet.example', 'not a domain'],
      CategoriesAdded: { primary: ['astrology'] },
      OrganizationName: ORGANIZATION,
    });
    const browser = await policy.launch();
    try {
      await expectAgeGroupApplied(browser.serviceWorker, 'off');
      const cached = await cachedPolicy(browser.serviceWorker);
      expect(cached?.policy).toEqual({ ageGroup: 'off', denyList: ['bet.example'], organizationName: ORGANIZATION });
      expect(cached?.errors.map((error) => error.key).sort()).toEqual(['CategoriesAdded', 'DenyList', 'ReportEndpoint']);

      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.getByLabel('Mã PIN (4–8 chữ số)').fill('2468');
      await options.getByLabel('Nhập lại mã PIN').fill('2468');
      await options.getByRole('button', { name: 'Tạo mã PIN' }).click();

      await expect(options.getByLabel('Nhóm tuổi của con')).toBeDisabled();
      await expect(options.getByLabel('Luôn chặn')).toHaveValue('bet.example');
      await expect(options.getByLabel('Địa chỉ nhận báo cáo (HTTPS)')).toBeEditable();
      await expect(options.getByLabel('Địa chỉ nhận báo cáo (HTTPS)')).toHaveValue('');

      await options.getByText('Dành cho quản trị viên').click();
      await expect(options.getByTestId('policy-admin')).toContainText('Khiên Xanh áp dụng chính sách này từ');
      const errors = options.getByTestId('policy-errors').locator('li');
      await expect(errors).toHaveCount(3);
      await expect(errors.filter({ hasText: 'ReportEndpoint' })).toContainText('uses http; use https');
      await expect(errors.filter({ hasText: 'DenyList' })).toContainText('Skipped "not a domain"');
      await expect(errors.filter({ hasText: 'CategoriesAdded' })).toContainText('"astrology" is not a known category id');

      // A new start of the worker stores nothing, so nothing reacts to it.
      const startedAt = () => options.evaluate(async () => (await chrome.storage.session.get('backgroundStartedAt')).backgroundStartedAt as number);
      const storedAt = () => options.evaluate(async () => (await chrome.storage.local.get('policyCache')).policyCache.updatedAt as number);
      const [firstStart, firstStored] = [await startedAt(), await storedAt()];
      await stopServiceWorkers(browser.context, options);
      await options.evaluate(() => chrome.runtime.sendMessage({ type: 'getStatus', data: {} }));
      await expect.poll(startedAt, POLICY_TIMEOUT).toBeGreaterThan(firstStart);
      expect(await storedAt()).toBe(firstStored);
    } finally {
      await browser.close();
    }
  });
});
