/**
 * The demo: opens Chromium with the built extension, a local report endpoint that prints and
 * saves what it receives, and the extension already set to report there. With DEMO_HEADLESS=1 it
 * instead runs one scripted tour headless (block page, then a report) and saves screenshots.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { waitForAgeGroupRulesets, waitForBackgroundReady } from '../tests/support/background-ready';
import { launchWithExtension } from '../tests/support/chromium';
import type { ExtensionBrowser } from '../tests/support/chromium';
import { sampleListedHost } from '../tests/support/list-samples';
import { startReportReceiver } from '../tests/support/report-receiver';
import type { ReportReceiver } from '../tests/support/report-receiver';
import { startSiteServer } from '../tests/support/site-server';
import type { Report } from '../utils/report/schema';
import { demoPage } from './demo-page';

const OUTPUT_DIR = resolve('demo-output');
const RECEIVER_PORT = Number(process.env.DEMO_RECEIVER_PORT ?? 8787);
const headless = process.env.DEMO_HEADLESS === '1';

async function main(): Promise<void> {
  if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error('No display found. Run the demo in a desktop session, under Xvfb (xvfb-run -a npm run demo), or set DEMO_HEADLESS=1 for the scripted headless tour.');
  }
  mkdirSync(OUTPUT_DIR, { recursive: true });

  const receiver = await startReportReceiver({ port: RECEIVER_PORT, onReport: saveReport });
  const site = await startSiteServer();
  const gamblingHost = sampleListedHost('gambling');
  site.setPage('/', demoPage(site.urlFor(gamblingHost), `http://127.0.0.1:${RECEIVER_PORT}/`));

  const browser = await launchWithExtension({ headless });
  await waitForBackgroundReady(browser.serviceWorker);
  await browser.serviceWorker.evaluate(async (endpoint) => {
    await chrome.storage.local.set({ parentSettings: { ageGroup: 'primary', language: 'vi', reportEndpoint: endpoint } });
  }, receiver.url);
  await waitForAgeGroupRulesets(browser.serviceWorker, 'primary');
  console.log(`Report endpoint: ${receiver.url} (received reports: http://127.0.0.1:${RECEIVER_PORT}/)`);
  console.log(`Extension ID: ${browser.extensionId}`);

  if (headless) {
    await scriptedTour(browser, receiver, site.urlFor('demo.khienxanh.test'), site.urlFor(gamblingHost));
    await browser.close();
    await site.close();
    await receiver.close();
    return;
  }

  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(site.urlFor('demo.khienxanh.test'));
  console.log('Chromium is open. Close its window or press Ctrl+C to end the demo.');
  await new Promise<void>((resolveClosed) => browser.context.on('close', () => resolveClosed()));
  await site.close();
  await receiver.close();
}

function saveReport(report: Report): void {
  const { screenshot, ...rest } = report;
  writeFileSync(join(OUTPUT_DIR, `${report.id}.json`), JSON.stringify(rest, null, 2));
  if (screenshot) writeFileSync(join(OUTPUT_DIR, `${report.id}.jpg`), Buffer.from(screenshot.data, 'base64'));
  const image = screenshot ? `${screenshot.width}×${screenshot.height} JPEG` : 'no screenshot';
  console.log(`Report received: ${report.category} ${report.url} (${image}) → demo-output/${report.id}.json`);
}

async function scriptedTour(browser: ExtensionBrowser, receiver: ReportReceiver, demoUrl: string, blockedUrl: string): Promise<void> {
  const blockedPage = await browser.context.newPage();
  await blockedPage.goto(blockedUrl).catch(() => undefined);
  await blockedPage.getByTestId('blocked-category').waitFor();
  await blockedPage.screenshot({ path: join(OUTPUT_DIR, 'blocked-page.png') });
  console.log(`Opened ${blockedUrl}: ${blockedPage.url()}`);

  const page = await browser.context.newPage();
  await page.goto(demoUrl);
  // The report button is the right-hand end of the overlay; the move and collapse buttons sit left of it.
  const overlay = page.locator('khien-xanh-overlay');
  await overlay.waitFor({ state: 'visible' });
  const overlayBox = (await overlay.boundingBox())!;
  await overlay.click({ position: { x: overlayBox.width - 24, y: overlayBox.height / 2 } });
  const form = await waitForReportFrame(page, browser.extensionId);
  await form.getByRole('heading', { level: 1 }).waitFor();
  await page.screenshot({ path: join(OUTPUT_DIR, 'report-form.png') });
  await form.getByLabel('Nội dung xấu khác').check();
  await form.getByTestId('screenshot-preview').waitFor();
  await form.getByTestId('screenshot-preview').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUTPUT_DIR, 'report-screenshot.png') });
  await form.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await receiver.waitForReports(1);
  console.log(`Scripted tour done; screenshots and the received report are in ${OUTPUT_DIR}`);
}

async function waitForReportFrame(page: import('@playwright/test').Page, extensionId: string) {
  for (let tries = 0; tries < 100; tries += 1) {
    const frame = page.frames().find((candidate) => candidate.url().startsWith(`chrome-extension://${extensionId}/report.html`));
    if (frame) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error('The report form did not open');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
