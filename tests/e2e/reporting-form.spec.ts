import { readFileSync } from 'node:fs';
import type { Frame, Locator, Page } from '@playwright/test';
import type { ExtensionBrowser } from '../support/chromium';
import type { ReportReceiver } from '../support/report-receiver';
import type { SiteServer } from '../support/site-server';
import { reportSchema } from '../../utils/report/schema';
import { configure, expect, openReportOverlay, test } from './fixtures';
import { chooseCategory, pixelAt, recordOverlayHiding, sendReport } from './reporting-helpers';

interface FormFixtures {
  extension: ExtensionBrowser;
  site: SiteServer;
  receiver: ReportReceiver;
}

/** Sends reports to the receiver, opens the report form on a page of `host` and chooses `category`. */
async function openFormWithCategory({ extension, site, receiver }: FormFixtures, host: string, category: string): Promise<{ page: Page; form: Frame }> {
  await configure(extension.serviceWorker, { reportEndpoint: receiver.url });
  const page = await extension.context.newPage();
  await page.goto(site.urlFor(host));
  const form = await openReportOverlay(page, extension.extensionId);
  await chooseCategory(form, category);
  return { page, form };
}

/** Opens the report form, chooses a category that takes a screenshot and returns its editor. */
async function openScreenshotEditor(fixtures: FormFixtures): Promise<{ page: Page; form: Frame; canvas: Locator }> {
  const { page, form } = await openFormWithCategory(fixtures, 'forum.example.test', 'Thông tin cá nhân của em bị lộ');
  const canvas = form.getByTestId('screenshot-canvas');
  await expect(canvas).toBeVisible();
  return { page, form, canvas };
}

test.describe('report form', () => {
  test('typed keys stay out of the page', async ({ extension, site }) => {
    const page = await extension.context.newPage();
    await page.goto(site.urlFor('forum.example.test'));
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenKeys: string[] }).seenKeys = seen;
      window.addEventListener('keydown', (event) => seen.push(event.key), true);
      window.addEventListener('keypress', (event) => seen.push(event.key), true);
    });

    const form = await openReportOverlay(page, extension.extensionId);
    await form.getByLabel('Kể thêm (không bắt buộc)').click();
    await page.keyboard.type('abc /?');
    await page.keyboard.insertText(' Việt Nam');

    await expect(form.getByLabel('Kể thêm (không bắt buộc)')).toHaveValue('abc /? Việt Nam');
    expect(await page.evaluate(() => (window as unknown as { seenKeys: string[] }).seenKeys)).toEqual([]);
  });

  test('Enter during composition does not submit', async ({ extension, site, receiver }) => {
    const { page, form } = await openFormWithCategory({ extension, site, receiver }, 'forum.example.test', 'Hình ảnh hoặc video tình dục có trẻ em');
    await form.getByLabel('Cách liên lạc lại (không bắt buộc)').click();

    // An input method composes "Việt" (as Telex does from "vieejt"), and Enter confirms the word.
    const session = await extension.context.newCDPSession(form);
    await session.send('Input.imeSetComposition', { text: 'Việt', selectionStart: 4, selectionEnd: 4 });
    await session.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
    await session.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
    await session.send('Input.insertText', { text: 'Việt' });
    await page.waitForTimeout(500);

    expect(receiver.attempts()).toHaveLength(0);
    await expect(form.getByTestId('report-status')).toHaveCount(0);
    const typed = await form.getByLabel('Cách liên lạc lại (không bắt buộc)').inputValue();
    expect(typed).toBe('Việt'.normalize('NFC'));

    // Enter outside a composition submits, so the check above could have failed.
    await page.keyboard.press('Enter');
    const [report] = await receiver.waitForReports(1);
    expect(report!.contact).toBe('Việt'.normalize('NFC'));
  });

  for (const [category, label] of [
    ['childSexualAbuse', 'Hình ảnh hoặc video tình dục có trẻ em'],
    ['grooming', 'Có người đòi ảnh, đòi gặp hoặc bảo em giữ bí mật'],
  ] as const) {
    test(`${category} sends no image`, async ({ extension, site, receiver }) => {
      await configure(extension.serviceWorker, { reportEndpoint: receiver.url });
      const page = await extension.context.newPage();
      await page.goto(site.urlFor('chat.example.test'));
      await expect(page.locator('khien-xanh-overlay')).toBeVisible();
      const overlayHidings = await recordOverlayHiding(page);

      const form = await openReportOverlay(page, extension.extensionId);
      await chooseCategory(form, label);
      await expect(form.getByTestId('url-only-note')).toBeVisible();
      await expect(form.getByTestId('screenshot-preview')).toHaveCount(0);
      await sendReport(form);

      const [stored] = await receiver.waitForReports(1);
      const report = reportSchema.parse(stored);
      expect(report.category).toBe(category);
      expect(report.screenshot).toBeNull();
      expect(await overlayHidings()).toBe(0);
    });
  }

  test('picture taken first is dropped for grooming', async ({ extension, site, receiver }) => {
    const { form } = await openFormWithCategory({ extension, site, receiver }, 'chat.example.test', 'Bắt nạt, chế giễu, đe dọa');
    await expect(form.getByTestId('screenshot-canvas')).toBeVisible();
    await chooseCategory(form, 'Có người đòi ảnh, đòi gặp hoặc bảo em giữ bí mật');
    await expect(form.getByTestId('screenshot-canvas')).toHaveCount(0);
    await sendReport(form);

    const [report] = await receiver.waitForReports(1);
    expect(report!.screenshot).toBeNull();
  });

  test('every choice has a full-size radio', async ({ extension, site }) => {
    const page = await extension.context.newPage();
    await page.goto(site.urlFor('forum.example.test'));
    const form = await openReportOverlay(page, extension.extensionId);

    // A label that wraps to two lines must not squeeze its radio button.
    const radios = form.locator('input[type="radio"]');
    await expect(radios.first()).toBeVisible();
    for (const radio of await radios.all()) {
      const box = (await radio.boundingBox())!;
      expect(box.width, `radio ${await radio.getAttribute('value')}`).toBe(20);
      expect(box.height, `radio ${await radio.getAttribute('value')}`).toBe(20);
    }
  });

  test('self-harm shows the 111 card at once', async ({ extension, site }) => {
    const page = await extension.context.newPage();
    await page.goto(site.urlFor('forum.example.test'));
    const form = await openReportOverlay(page, extension.extensionId);
    await expect(form.getByTestId('call-111')).toHaveCount(0);

    await chooseCategory(form, 'Tự làm hại bản thân hoặc bạo lực');

    await expect(form.getByTestId('call-111')).toBeVisible();
    await expect(form.getByTestId('call-111')).toBeInViewport();
    await expect(form.getByTestId('call-111')).toHaveAttribute('href', 'tel:111');
  });

  test('black-out changes the pixels sent', async ({ extension, site, receiver }) => {
    const { page, form, canvas } = await openScreenshotEditor({ extension, site, receiver });

    // Drag over the top-left quarter of the picture, then draw and undo a second box.
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    const drag = async (fromX: number, fromY: number, toX: number, toY: number) => {
      await page.mouse.move(box.x + box.width * fromX, box.y + box.height * fromY);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * toX, box.y + box.height * toY, { steps: 4 });
      await page.mouse.up();
    };
    await drag(0.02, 0.02, 0.25, 0.25);
    await drag(0.6, 0.6, 0.7, 0.7);
    await expect(canvas).toHaveAttribute('data-redactions', '2');
    await form.getByRole('button', { name: 'Bỏ ô che cuối' }).click();
    await expect(canvas).toHaveAttribute('data-redactions', '1');
    await form.getByLabel('Kể thêm (không bắt buộc)').fill('Có người đăng số điện thoại của em');
    await sendReport(form);

    const [stored] = await receiver.waitForReports(1);
    const { screenshot } = reportSchema.parse(stored);
    const inside = await pixelAt(page, screenshot!.data, Math.round(screenshot!.width * 0.12), Math.round(screenshot!.height * 0.12));
    const undone = await pixelAt(page, screenshot!.data, Math.round(screenshot!.width * 0.65), Math.round(screenshot!.height * 0.65));
    expect(Math.max(...inside)).toBeLessThan(40);
    // The page background is pale blue (#f3f7ff); the undone box must not have been applied.
    expect(Math.min(...undone)).toBeGreaterThan(200);
  });

  test('keyboard black-out changes the pixels sent', async ({ extension, site, receiver }) => {
    const { page, form, canvas } = await openScreenshotEditor({ extension, site, receiver });

    // Tab from the checkbox to the picture, move the frame two steps left, widen it once, black it out.
    await form.getByLabel('Gửi kèm ảnh chụp màn hình').focus();
    await page.keyboard.press('Tab');
    await expect(canvas).toBeFocused();
    await expect(canvas).toHaveAccessibleDescription(/phím mũi tên/);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Enter');
    await expect(canvas).toHaveAttribute('data-redactions', '1');
    await sendReport(form);

    // The frame starts centred, a quarter of the width wide, and now spans about 29% to 58% of the
    // width and 44% to 56% of the height.
    const [stored] = await receiver.waitForReports(1);
    const { screenshot } = reportSchema.parse(stored);
    const at = (x: number, y: number) => pixelAt(page, screenshot!.data, Math.round(screenshot!.width * x), Math.round(screenshot!.height * y));
    expect(Math.max(...(await at(0.32, 0.5)))).toBeLessThan(40);
    expect(Math.max(...(await at(0.55, 0.47)))).toBeLessThan(40);
    expect(Math.min(...(await at(0.65, 0.65)))).toBeGreaterThan(200);
  });

  test('unticked screenshot is not sent', async ({ extension, site, receiver }) => {
    const { form } = await openFormWithCategory({ extension, site, receiver }, 'forum.example.test', 'Cờ bạc, cá độ');
    await form.getByLabel('Gửi kèm ảnh chụp màn hình').uncheck();
    await form.getByLabel('Thầy cô').check();
    await sendReport(form);

    const [report] = await receiver.waitForReports(1);
    expect(report!.screenshot).toBeNull();
    expect(report!.reporterRole).toBe('teacher');
  });

  test('no endpoint keeps the report and offers to save it', async ({ extension, site, receiver }) => {
    await configure(extension.serviceWorker, { reportEndpoint: null });
    const page = await extension.context.newPage();
    await page.goto(site.urlFor('forum.example.test', '/thread/7'));
    const form = await openReportOverlay(page, extension.extensionId);
    await chooseCategory(form, 'Bắt nạt, chế giễu, đe dọa');
    await expect(form.getByTestId('screenshot-canvas')).toBeVisible();
    await sendReport(form);

    await expect(form.getByTestId('report-status')).toContainText('chưa có nơi nhận');
    await expect(form.getByRole('heading', { name: 'Việc em nên làm tiếp' })).toBeVisible();
    await expect(form.getByTestId('call-111')).toBeVisible();
    const reportId = await form.getByTestId('report-status').getAttribute('data-report-id');

    const [json, jpeg] = await Promise.all([
      page.waitForEvent('download'),
      page.waitForEvent('download', (download) => download.suggestedFilename().endsWith('.jpg')),
      form.getByRole('button', { name: 'Lưu báo cáo vào máy để cho người lớn xem' }).click(),
    ]);

    expect(json.suggestedFilename()).toMatch(/^khien-xanh-report-.*\.json$/);
    const saved = reportSchema.parse(JSON.parse(readFileSync((await json.path())!, 'utf8')));
    expect(saved.id).toBe(reportId);
    expect(saved.url).toBe(site.urlFor('forum.example.test', '/thread/7'));
    expect(readFileSync((await jpeg.path())!).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(receiver.attempts()).toHaveLength(0);
  });
});
