import type { BrowserContext, Page } from '@playwright/test';
import { startReportReceiver } from '../support/report-receiver';
import { configure, expect, openReportOverlay, test } from './fixtures';
import { chooseCategory, sendReport } from './reporting-helpers';

/**
 * Follows the extension's service worker through the DevTools protocol: `stopAll()` stops every
 * service worker of the profile, and `statuses()` lists the running states the extension's
 * worker went through, so a test can prove the worker really stopped and started again.
 */
async function watchServiceWorker(context: BrowserContext, page: Page, extensionId: string) {
  const session = await context.newCDPSession(page);
  const statuses: string[] = [];
  session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (version.scriptURL.startsWith(`chrome-extension://${extensionId}/`) && statuses.at(-1) !== version.runningStatus) statuses.push(version.runningStatus);
    }
  });
  await session.send('ServiceWorker.enable');
  return {
    stopAll: () => session.send('ServiceWorker.stopAllWorkers'),
    statuses: () => [...statuses],
  };
}

async function reportScam(page: Page, extensionId: string): Promise<void> {
  const form = await openReportOverlay(page, extensionId);
  await chooseCategory(form, 'Lừa đảo (kể cả giả danh công an)');
  await expect(form.getByTestId('screenshot-canvas')).toBeVisible();
  await sendReport(form);
  await expect(form.getByTestId('report-status')).toContainText('Đã lưu báo cáo');
}

async function expectPopupCounts(context: BrowserContext, extensionId: string, counts: { pending: number; delivered: number }): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('count-pending')).toHaveText(`Đang chờ gửi: ${counts.pending}`);
  await expect(popup.getByTestId('count-delivered')).toHaveText(`Đã gửi: ${counts.delivered}`);
  return popup;
}

test.describe('delivery', () => {
  test('stopped worker still delivers once', async ({ extension, site, receiver }) => {
    await configure(extension.serviceWorker, { reportEndpoint: receiver.url });
    receiver.setFailure({ status: 503, headers: { 'Retry-After': '3' } });
    const page = await extension.context.newPage();
    await page.goto(site.urlFor('shop.example.test'));
    const worker = await watchServiceWorker(extension.context, page, extension.extensionId);

    await reportScam(page, extension.extensionId);
    expect(receiver.attempts().map((attempt) => attempt.outcome)).toEqual(['failed']);
    await worker.stopAll();
    receiver.setFailure({});

    // Only the retry alarm can start the worker again and send the report.
    await receiver.waitForReports(1, 30_000);
    expect(worker.statuses()).toContain('stopped');
    expect(worker.statuses().at(-1)).toBe('running');
    expect(receiver.attempts().map((attempt) => attempt.outcome)).toEqual(['failed', 'stored']);
    const popup = await expectPopupCounts(extension.context, extension.extensionId, { pending: 0, delivered: 1 });
    await expect(popup.getByTestId('report-row')).toHaveAttribute('data-status', 'delivered');
    expect(receiver.reports()).toHaveLength(1);
  });

  test('slow receiver and stopped worker store one report', async ({ extension, site, receiver }) => {
    test.setTimeout(150_000);
    await configure(extension.serviceWorker, { reportEndpoint: receiver.url });
    // Longer than the 30 s Chrome allows a service worker's fetch() to wait for its response.
    receiver.setFailure({ delayMs: 35_000 });
    const page = await extension.context.newPage();
    await page.goto(site.urlFor('shop.example.test'));
    const worker = await watchServiceWorker(extension.context, page, extension.extensionId);

    await reportScam(page, extension.extensionId);
    await expect.poll(() => receiver.attempts().length).toBe(1);
    await worker.stopAll();
    receiver.setFailure({});

    // The stopped attempt's request still completes at the receiver. The alarm at the end of the
    // attempt's lease sends the report again under the same id, and either may arrive first.
    await expect
      .poll(() => receiver.attempts().map((attempt) => attempt.outcome).sort(), { timeout: 90_000 })
      .toEqual(['duplicate', 'stored']);
    expect(worker.statuses()).toContain('stopped');
    expect(receiver.reports()).toHaveLength(1);
    await expectPopupCounts(extension.context, extension.extensionId, { pending: 0, delivered: 1 });
  });

  test('offline then online delivers once', async ({ extension, site }) => {
    test.setTimeout(150_000);
    // The receiver's port is chosen, then closed: the endpoint refuses connections like an
    // unplugged network, until a receiver listens on the same port again.
    const first = await startReportReceiver();
    const endpoint = first.url;
    await first.close();
    await configure(extension.serviceWorker, { reportEndpoint: endpoint });
    const page = await extension.context.newPage();
    await page.goto(site.urlFor('shop.example.test'));

    await reportScam(page, extension.extensionId);
    const online = await startReportReceiver({ port: Number(new URL(endpoint).port) });
    try {
      // The first retry after a network error comes 30–36 s later (backoff with jitter).
      await online.waitForReports(1, 60_000);
      expect(online.attempts().map((attempt) => attempt.outcome)).toEqual(['stored']);
      await expectPopupCounts(extension.context, extension.extensionId, { pending: 0, delivered: 1 });
    } finally {
      await online.close();
    }
  });

  test('endpoint set later sends kept report', async ({ extension, site, receiver }) => {
    await configure(extension.serviceWorker, { reportEndpoint: null });
    const page = await extension.context.newPage();
    await page.goto(site.urlFor('shop.example.test'));
    const form = await openReportOverlay(page, extension.extensionId);
    await chooseCategory(form, 'Lừa đảo (kể cả giả danh công an)');
    await expect(form.getByTestId('screenshot-canvas')).toBeVisible();
    await sendReport(form);
    await expect(form.getByTestId('report-status')).toContainText('chưa có nơi nhận');

    // Without an endpoint no retry alarm keeps waking the worker.
    expect(await extension.serviceWorker.evaluate(() => chrome.alarms.get('deliver-reports'))).toBeUndefined();
    await expectPopupCounts(extension.context, extension.extensionId, { pending: 1, delivered: 0 });

    // Setting the endpoint sends the kept report at once, well before any 30 s alarm could.
    await configure(extension.serviceWorker, { reportEndpoint: receiver.url });
    const [report] = await receiver.waitForReports(1, 10_000);
    expect(report!.url).toBe(site.urlFor('shop.example.test'));
    expect(receiver.attempts().map((attempt) => attempt.outcome)).toEqual(['stored']);
  });

  test('rejected report is kept and listed', async ({ extension, site, receiver }) => {
    await configure(extension.serviceWorker, { reportEndpoint: receiver.url });
    receiver.setFailure({ status: 422 });
    const page = await extension.context.newPage();
    await page.goto(site.urlFor('shop.example.test'));
    const form = await openReportOverlay(page, extension.extensionId);
    await chooseCategory(form, 'Hình ảnh hoặc video tình dục có trẻ em');
    await sendReport(form);
    await expect(form.getByTestId('report-status')).toContainText('Nơi nhận đã từ chối');
    await expect(form.getByRole('button', { name: 'Lưu báo cáo vào máy để cho người lớn xem' })).toBeVisible();

    const popup = await expectPopupCounts(extension.context, extension.extensionId, { pending: 0, delivered: 0 });
    await expect(popup.getByTestId('count-rejected')).toHaveText(/1/);
    const row = popup.getByTestId('report-row');
    await expect(row).toHaveAttribute('data-status', 'rejected');
    await expect(row).toContainText('HTTP 422');
    await expect(row.getByRole('button', { name: 'Lưu' })).toBeVisible();
  });
});
