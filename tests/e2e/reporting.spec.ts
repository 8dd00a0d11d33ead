import { reportSchema } from '../../utils/report/schema';
import { configure, decodeJpegSize, expect, openReportOverlay, test } from './fixtures';

const VIEWPORT = { width: 1280, height: 800 };

test.describe('reporting in place', () => {
  test('overlay report is delivered once', async ({ extension, site, receiver }) => {
    await configure(extension.serviceWorker, { ageGroup: 'primary', reportEndpoint: receiver.url });
    const page = await extension.context.newPage();
    const pageUrl = site.urlFor('forum.example.test', '/thread/42');
    await page.goto(pageUrl);

    const form = await openReportOverlay(page, extension.extensionId);
    await form.getByLabel('Bắt nạt, chế giễu, đe dọa').check();
    await expect(form.getByTestId('screenshot-preview')).toBeVisible();
    await form.getByLabel('Kể thêm (không bắt buộc)').fill('Có bạn chê bai em trong nhóm');
    await form.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expect(form.getByTestId('report-status')).toHaveText('Báo cáo đã được gửi. Cảm ơn em!');

    const [stored] = await receiver.waitForReports(1);
    const report = reportSchema.parse(stored);
    expect(report.url).toBe(pageUrl);
    expect(report.category).toBe('bullying');
    expect(report.description).toBe('Có bạn chê bai em trong nhóm');
    expect(report.screenshot).not.toBeNull();
    expect(await decodeJpegSize(page, report.screenshot!.data)).toEqual(VIEWPORT);
    expect(receiver.attempts().map((attempt) => attempt.outcome)).toEqual(['stored']);
    expect(receiver.attempts()[0]!.idempotencyKey).toBe(report.id);
  });

  test('screenshot leaves the overlay out', async ({ extension, site, receiver }) => {
    await configure(extension.serviceWorker, { ageGroup: 'primary', reportEndpoint: receiver.url });
    const page = await extension.context.newPage();
    await page.goto(site.urlFor('forum.example.test'));

    const form = await openReportOverlay(page, extension.extensionId);
    await form.getByLabel('Nội dung xấu khác').check();
    await form.getByRole('button', { name: 'Gửi báo cáo' }).click();
    const [report] = await receiver.waitForReports(1);

    // The button sits in the bottom-right corner; in the capture that spot must show the page's
    // own pale background, not the green button or the form.
    const corner = await page.evaluate(async (data) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/jpeg;base64,${data}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      return [...context.getImageData(bitmap.width - 60, bitmap.height - 30, 1, 1).data];
    }, report!.screenshot!.data);
    expect(corner[0]).toBeGreaterThan(220);
    expect(corner[1]).toBeGreaterThan(220);
  });

  test('report waits out a 503 then delivers', async ({ extension, site, receiver }) => {
    await configure(extension.serviceWorker, { ageGroup: 'primary', reportEndpoint: receiver.url });
    receiver.setFailure({ status: 503 });
    const page = await extension.context.newPage();
    await page.goto(site.urlFor('video.example.test'));

    const form = await openReportOverlay(page, extension.extensionId);
    await form.getByLabel('Lừa đảo (kể cả giả danh công an)').check();
    await form.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expect(form.getByTestId('report-status')).toContainText('Đã lưu báo cáo');
    expect(receiver.attempts().map((attempt) => attempt.outcome)).toEqual(['failed']);
    const queuedId = receiver.attempts()[0]!.idempotencyKey;

    const popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${extension.extensionId}/popup.html`);
    await expect(popup.getByTestId('count-pending')).toHaveText('Đang chờ gửi: 1');

    receiver.setFailure({});
    await popup.getByRole('button', { name: 'Gửi lại ngay' }).click();
    const [delivered] = await receiver.waitForReports(1);
    expect(delivered!.id).toBe(queuedId);
    await expect(popup.getByTestId('count-pending')).toHaveText('Đang chờ gửi: 0');
    await expect(popup.getByTestId('count-delivered')).toHaveText('Đã gửi: 1');
    expect(receiver.attempts().map((attempt) => attempt.outcome)).toEqual(['failed', 'stored']);
    expect(receiver.reports()).toHaveLength(1);
  });
});
