import type { BrowserContext, Frame, Page } from '@playwright/test';
import { launchWithExtension } from '../support/chromium';
import type { ExtensionBrowser } from '../support/chromium';
import type { ReportReceiver } from '../support/report-receiver';
import type { SiteServer } from '../support/site-server';
import { startVirtualDisplay } from '../support/virtual-display';
import type { VirtualDisplay } from '../support/virtual-display';
import { test as base, configure, expect } from './fixtures';
import { chooseReportMenuItem, focusPageWindow, pressKeys } from './native-input';
import type { MenuContext } from './native-input';
import { chooseCategory, sendReport } from './reporting-helpers';

// The keyboard shortcut and the context menu item, pressed as a user presses them. A headed
// Chromium on an Xvfb display gets real X key presses and clicks from xdotool. Playwright's own
// keyboard and mouse cannot do this, because they reach only the page's renderer.

interface HeadedWorkerFixtures {
  virtualDisplay: VirtualDisplay;
  headed: ExtensionBrowser;
}

// One display and one browser for the file: each test opens and closes its own tab.
const test = base.extend<object, HeadedWorkerFixtures>({
  virtualDisplay: [
    async ({}, use) => {
      const virtualDisplay = await startVirtualDisplay();
      await use(virtualDisplay);
      await virtualDisplay.close();
    },
    { scope: 'worker' },
  ],
  headed: [
    async ({ virtualDisplay }, use) => {
      const extension = await launchWithExtension({ headless: false, env: virtualDisplay.env });
      await closeOptionsWindow(extension.context, extension.extensionId);
      await use(extension);
      await extension.close();
    },
    { scope: 'worker' },
  ],
});

/**
 * Closes the options window that a fresh install opens once policy has loaded (a few seconds after
 * launch). Left open, it would take the keyboard focus from a test's window at an unknown moment.
 */
async function closeOptionsWindow(context: BrowserContext, extensionId: string): Promise<void> {
  const optionsUrl = `chrome-extension://${extensionId}/options.html`;
  const findOptions = () => context.pages().find((page) => page.url().startsWith(optionsUrl));
  await expect.poll(() => findOptions() !== undefined, { message: 'options window opened after install', timeout: 30_000 }).toBe(true);
  await findOptions()!.close();
}

const TARGETS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report targets</title>
<style>body{font:16px sans-serif;margin:0;padding:24px} a{font-size:32px} img{display:block;margin-top:48px}</style></head>
<body><h1>Report targets</h1>
<div id="blank" style="height:120px"></div>
<p><a id="link" href="/linked-page">A linked page</a></p>
<img id="image" src="/picture.svg" width="240" height="160" alt="A picture">
</body></html>`;
const PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="160"><rect width="240" height="160" fill="teal"/></svg>';

/** Opens the targets page in a new tab, with reports going to `receiver`. */
async function openTargetsPage(headed: ExtensionBrowser, site: SiteServer, receiver: ReportReceiver): Promise<Page> {
  await configure(headed.serviceWorker, { reportEndpoint: receiver.url });
  site.setPage('/targets', TARGETS_PAGE);
  site.setPage('/picture.svg', PICTURE, 'image/svg+xml');

  const page = await headed.context.newPage();
  await page.goto(site.urlFor('forum.example.test', '/targets'));
  await expect(page.locator('#image')).toHaveJSProperty('complete', true);
  await expect(page.locator('khien-xanh-overlay')).toBeVisible();
  return page;
}

/** Waits for the report form in the page, opened for `targetUrl` or for the page itself. */
async function waitForReportForm(page: Page, extensionId: string, targetUrl?: string): Promise<Frame> {
  const formUrl = `chrome-extension://${extensionId}/report.html${targetUrl ? `?target=${encodeURIComponent(targetUrl)}` : ''}`;
  const findForm = () => page.frames().find((frame) => frame.url() === formUrl);
  await expect.poll(() => findForm()?.url() ?? null, { message: `report form at ${formUrl}` }).toBe(formUrl);
  const form = findForm()!;
  await form.waitForLoadState('domcontentloaded');
  return form;
}

test.describe('report started by real input', () => {
  test.afterEach(async ({ headed }) => {
    for (const page of headed.context.pages()) {
      if (page.url() !== 'about:blank') await page.close();
    }
  });

  test('shortcut opens the form in the page', async ({ virtualDisplay, headed, site, receiver }) => {
    const page = await openTargetsPage(headed, site, receiver);
    const browserWindow = await focusPageWindow(virtualDisplay, page);

    await pressKeys(browserWindow, 'alt+shift+k');

    const form = await waitForReportForm(page, headed.extensionId);
    await expect(form.getByRole('heading', { name: 'Báo cáo trang này' })).toBeVisible();
    await chooseCategory(form, 'Nội dung xấu khác');
    await expect(form.getByTestId('screenshot-preview')).toBeVisible();
    await sendReport(form);
    const [report] = await receiver.waitForReports(1);
    expect(report!.url).toBe(page.url());
    expect(report!.targetUrl).toBeUndefined();
  });

  const menuCases: { context: MenuContext; selector: string; targetPath?: string }[] = [
    { context: 'page', selector: '#blank' },
    { context: 'link', selector: '#link', targetPath: '/linked-page' },
    { context: 'image', selector: '#image', targetPath: '/picture.svg' },
  ];
  for (const { context, selector, targetPath } of menuCases) {
    test(`context menu on ${context} reports it`, async ({ virtualDisplay, headed, site, receiver }) => {
      const page = await openTargetsPage(headed, site, receiver);
      const browserWindow = await focusPageWindow(virtualDisplay, page);
      const targetUrl = targetPath ? site.urlFor('forum.example.test', targetPath) : undefined;

      await chooseReportMenuItem(browserWindow, page.locator(selector), context);

      const form = await waitForReportForm(page, headed.extensionId, targetUrl);
      if (targetUrl) await expect(form.getByTestId('report-target')).toContainText(targetUrl);
      await chooseCategory(form, 'Nội dung xấu khác');
      await expect(form.getByTestId('screenshot-preview')).toBeVisible();
      await sendReport(form);
      const [report] = await receiver.waitForReports(1);
      expect(report!.url).toBe(page.url());
      expect(report!.targetUrl).toBe(targetUrl);
    });
  }
});
