import { reportSchema } from '../../utils/report/schema';
import { configure, expect, openReportOverlay, test } from './fixtures';
import { chooseCategory, sendReport, setParentSettings, waitForReportWindow } from './reporting-helpers';

// A page that does what hostile or careless pages do to injected UI: tiny root font size, a
// universal `all: unset`, rules aimed at the host tag, full-window layers at the maximum z-index
// added after load, a script that removes nodes it does not know from <html> several times during
// load, and one that closes every popover.
const HOSTILE_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Hostile page</title>
<style>
  html { font-size: 2px !important; }
  body * { all: unset !important; }
  khien-xanh-overlay, html > :not(head):not(body) { display: none !important; opacity: 0 !important; width: 0 !important; }
  #cover { position: fixed; inset: 0; z-index: 2147483647; background: rgba(200, 0, 0, 0.3); }
</style></head>
<body><h1>Hostile page</h1>
<script>
  const known = new Set(['HEAD', 'BODY', 'DIV']);
  const sweep = () => {
    for (const node of [...document.documentElement.children]) if (!known.has(node.tagName)) node.remove();
  };
  const sweeps = setInterval(sweep, 100);
  setTimeout(() => clearInterval(sweeps), 1000);
  addEventListener('load', () => {
    sweep();
    for (const open of document.querySelectorAll(':popover-open')) open.hidePopover();
    const cover = document.createElement('div');
    cover.id = 'cover';
    document.body.append(cover);
    setTimeout(() => {
      const late = document.createElement('div');
      late.id = 'late-cover';
      late.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,200,0.3)';
      document.documentElement.append(late);
    }, 300);
  });
</script></body></html>`;

test.describe('where a report starts', () => {
  test('hostile page keeps a working button', async ({ extension, site, receiver }) => {
    await configure(extension.serviceWorker, { ageGroup: 'primary', reportEndpoint: receiver.url });
    site.setPage('/hostile', HOSTILE_PAGE);
    const page = await extension.context.newPage();
    await page.goto(site.urlFor('hostile.example.test', '/hostile'));
    await expect(page.locator('#late-cover')).toBeAttached();
    await page.waitForTimeout(1200); // until the page's removal timer has run its sweeps

    const overlay = page.locator('khien-xanh-overlay');
    await expect(overlay).toHaveCount(1);
    const box = (await overlay.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(150);
    const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, { x: box.x + box.width - 24, y: box.y + box.height / 2 });
    expect(onTop).toBe('KHIEN-XANH-OVERLAY');

    const form = await openReportOverlay(page, extension.extensionId);
    await chooseCategory(form, 'Nội dung xấu khác');
    await expect(form.getByTestId('screenshot-preview')).toBeVisible();
    await sendReport(form);
    const [report] = await receiver.waitForReports(1);
    expect(report!.url).toBe(site.urlFor('hostile.example.test', '/hostile'));
  });

  test('injecting the script again keeps one button', async ({ extension, site }) => {
    const page = await extension.context.newPage();
    await page.goto(site.urlFor('forum.example.test'));
    await expect(page.locator('khien-xanh-overlay')).toBeVisible();

    // The same call the background makes for every open tab after an install or update.
    await extension.serviceWorker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, files: ['/content-script.js'] });
    }, page.url());

    await expect(page.locator('khien-xanh-overlay')).toHaveCount(1);
    const form = await openReportOverlay(page, extension.extensionId);
    await expect(form.getByRole('heading', { name: 'Báo cáo trang này' })).toBeVisible();
  });

  test('button hidden by the setting', async ({ extension, site }) => {
    const page = await extension.context.newPage();
    await page.goto(site.urlFor('forum.example.test'));
    await expect(page.locator('khien-xanh-overlay')).toBeVisible();

    await setParentSettings(extension.serviceWorker, { reportButtonVisible: false });
    await expect(page.locator('khien-xanh-overlay')).toBeHidden();
    const later = await extension.context.newPage();
    await later.goto(site.urlFor('video.example.test'));
    await expect(later.locator('khien-xanh-overlay')).toBeAttached();
    await expect(later.locator('khien-xanh-overlay')).toBeHidden();

    await setParentSettings(extension.serviceWorker, { reportButtonVisible: true });
    await expect(page.locator('khien-xanh-overlay')).toBeVisible();
  });

  // Chrome silently leaves a suggested key unbound when it keeps that key for itself, and this
  // test then names that cause. reporting-native-input.spec.ts presses the shortcut with real X input.
  test('shortcut is bound to Alt+Shift+K', async ({ extension }) => {
    const commands = await extension.serviceWorker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((command) => command.name === 'open-report-form')?.shortcut).toBe('Alt+Shift+K');
  });

  // Chrome has no API to list menu items, but updating the item succeeds only if it exists. The
  // item is created by the install handler, which may still be running right after launch.
  // reporting-native-input.spec.ts chooses the item in Chromium's real context menu.
  test('context menu item is registered', async ({ extension }) => {
    const updateMenuItem = () =>
      extension.serviceWorker.evaluate(() =>
        chrome.contextMenus.update('report-this-content', {}).then(
          () => 'updated',
          (error: unknown) => String(error),
        ),
      );
    await expect.poll(updateMenuItem).toBe('updated');
  });

  test('form refuses a target the menu did not choose', async ({ extension, site, receiver }) => {
    await configure(extension.serviceWorker, { reportEndpoint: receiver.url });
    const page = await extension.context.newPage();
    await page.goto(site.urlFor('forum.example.test'));
    await expect(page.locator('khien-xanh-overlay')).toBeVisible();

    await extension.serviceWorker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      await chrome.tabs.sendMessage(tab!.id!, { type: 'showReportForm', targetUrl: 'https://elsewhere.example.test/picture.jpg' }, { frameId: 0 });
    }, page.url());
    await expect.poll(() => page.frames().some((frame) => frame.url().includes('report.html?target='))).toBe(true);
    const form = page.frames().find((frame) => frame.url().includes('report.html?target='));
    await expect(form!.getByTestId('report-target')).toContainText('https://elsewhere.example.test/picture.jpg');
    await chooseCategory(form!, 'Hình ảnh hoặc video tình dục có trẻ em');
    await sendReport(form!);

    await expect(form!.getByRole('alert')).toContainText('not chosen from the context menu');
    expect(receiver.attempts()).toHaveLength(0);
  });

  test('popup request opens the form in the page', async ({ extension, site }) => {
    const page = await extension.context.newPage();
    await page.goto(site.urlFor('forum.example.test'));
    await expect(page.locator('khien-xanh-overlay')).toBeVisible();
    const popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${extension.extensionId}/popup.html`);

    // The request the popup's "report this page" button sends for the active tab.
    const result = await popup.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      return chrome.runtime.sendMessage({ type: 'openReportForm', data: { tabId: tab!.id } });
    }, page.url());

    expect(result).toEqual({ ok: true, value: { opened: true, mode: 'inPage' } });
    await expect.poll(() => page.frames().some((frame) => frame.url().includes('/report.html'))).toBe(true);
  });

  test('page without the button gets a report window', async ({ extension, site, receiver }) => {
    await configure(extension.serviceWorker, { reportEndpoint: receiver.url });
    // A connection-refused error page: the tab keeps its http address, but no script can run there.
    const page = await extension.context.newPage();
    const deadUrl = `http://unreachable.example.test:${site.port + 1}/lost`;
    await page.goto(deadUrl).catch(() => undefined);
    await expect(page.locator('khien-xanh-overlay')).toHaveCount(0);
    const popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${extension.extensionId}/popup.html`);

    const result = await popup.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      return chrome.runtime.sendMessage({ type: 'openReportForm', data: { tabId: tab!.id } });
    }, deadUrl);
    expect(result).toEqual({ ok: true, value: { opened: true, mode: 'window' } });
    // The toolbar popup closes itself and is not a tab; here it is a tab, so close it and show the page.
    await popup.close();
    await page.bringToFront();

    const reportWindow = await waitForReportWindow(extension.context, extension.extensionId);
    await chooseCategory(reportWindow.mainFrame(), 'Lừa đảo (kể cả giả danh công an)');
    await expect(reportWindow.getByRole('button', { name: 'Gửi báo cáo' })).toBeEnabled();
    await sendReport(reportWindow.mainFrame());
    const [stored] = await receiver.waitForReports(1);
    const report = reportSchema.parse(stored);
    expect(report.url).toBe(deadUrl);
    // The reported tab was the visible one, so its picture was taken although the form is elsewhere.
    expect(report.screenshot).not.toBeNull();
  });

  test('report window never captures another tab', async ({ extension, site, receiver }) => {
    await configure(extension.serviceWorker, { reportEndpoint: receiver.url });
    const page = await extension.context.newPage();
    const deadUrl = `http://unreachable.example.test:${site.port + 1}/lost`;
    await page.goto(deadUrl).catch(() => undefined);
    const popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${extension.extensionId}/popup.html`);
    await popup.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      return chrome.runtime.sendMessage({ type: 'openReportForm', data: { tabId: tab!.id } });
    }, deadUrl);
    await popup.close();
    await page.bringToFront();
    const reportWindow = await waitForReportWindow(extension.context, extension.extensionId);

    // Another tab becomes the visible one in the reported tab's window.
    await extension.serviceWorker.evaluate(async ({ url, otherUrl }) => {
      const [tab] = await chrome.tabs.query({ url });
      await chrome.tabs.create({ windowId: tab!.windowId, url: otherUrl, active: true });
    }, { url: deadUrl, otherUrl: site.urlFor('other.example.test') });
    await chooseCategory(reportWindow.mainFrame(), 'Nội dung xấu khác');

    await expect(reportWindow.getByText('Không chụp được màn hình')).toBeVisible();
    await sendReport(reportWindow.mainFrame());
    const [stored] = await receiver.waitForReports(1);
    expect(stored!.url).toBe(deadUrl);
    expect(stored!.screenshot).toBeNull();
  });
});
