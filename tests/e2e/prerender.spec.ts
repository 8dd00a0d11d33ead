import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { launchUnattached } from '../support/unattached-browser';
import type { UnattachedBrowser } from '../support/unattached-browser';
import type { SiteServer } from '../support/site-server';
import { expect, openReportOverlay, test } from './fixtures';

// Chrome prerenders pages that a page's speculation rules name, and some it predicts from what is
// typed in the address bar. Such a page loads hidden and is shown later without a new load. These tests check that it still gets the button and the page check once it is shown.
// Playwright is attached only after that (see unattached-browser.ts).

/**
 * The page the child starts on. Its speculation rules name /next, and it goes there once the test
 * serves "go" at /go, as a click on a link would.
 */
const START_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Homework help</title>
<script type="speculationrules">{"prerender":[{"source":"list","urls":["/next"]}]}</script></head>
<body><h1>Homework help</h1><script>
(async () => {
  for (;;) {
    const answer = await (await fetch('/go', { cache: 'no-store' })).text();
    if (answer === 'go') { location.href = '/next'; return; }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
})();
</script></body></html>`;

/** Tells the server when the page has loaded unseen, and when it is shown. */
const BEACONS = `<script>
addEventListener('load', () => { if (document.prerendering) fetch('/beacon/loaded-unseen'); });
document.addEventListener('prerenderingchange', () => fetch('/beacon/shown'));
</script>`;

const HARMFUL_PAGE = readFileSync('tests/fixtures/pages/gambling-01-bookmaker-landing.html', 'utf8');

function beaconSent(site: SiteServer, path: string): boolean {
  return site.requests().some((request) => request.path === path);
}

/** Starts the browser on the start page, waits until /next has loaded unseen, then goes there. */
async function showPrerenderedPage(site: SiteServer, nextPage: string): Promise<UnattachedBrowser> {
  site.setPage('/start', START_PAGE);
  site.setPage('/next', nextPage);
  const browser = await launchUnattached(site.urlFor('homework.example.test', '/start'));
  await expect.poll(() => beaconSent(site, '/beacon/loaded-unseen'), { timeout: 30_000 }).toBe(true);
  const prerenderRequest = site.requests().find((request) => request.path === '/next');
  expect(prerenderRequest?.headers['sec-purpose']).toBe('prefetch;prerender');

  site.setPage('/go', 'go', 'text/plain');
  await expect.poll(() => beaconSent(site, '/beacon/shown')).toBe(true);
  return browser;
}

async function pageAt(browser: Browser, url: string | RegExp): Promise<Page> {
  const [context] = browser.contexts();
  const matches = (page: Page) => (typeof url === 'string' ? page.url() === url : url.test(page.url()));
  await expect.poll(() => context!.pages().some(matches)).toBe(true);
  return context!.pages().find(matches)!;
}

test.describe('prerendered pages', () => {
  let browser: UnattachedBrowser | null = null;
  test.afterEach(async () => {
    await browser?.close();
    browser = null;
  });

  test('button arrives when the page is shown', async ({ site }) => {
    const plainPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lesson</title></head>
<body><h1 id="site-heading">Fractions, lesson 2</h1>${BEACONS}</body></html>`;
    browser = await showPrerenderedPage(site, plainPage);

    const attached = await browser.attach();
    const page = await pageAt(attached, site.urlFor('homework.example.test', '/next'));
    // `activationStart` (Prerendering Revamped) is not in TypeScript's DOM types yet.
    const activationStart = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming & { activationStart: number }).activationStart);
    expect(activationStart).toBeGreaterThan(0);

    await expect(page.locator('khien-xanh-overlay')).toBeVisible();
    const extensionId = new URL(attached.contexts()[0]!.serviceWorkers()[0]!.url()).host;
    const form = await openReportOverlay(page, extensionId);
    await expect(form.getByRole('heading', { name: 'Báo cáo trang này' })).toBeVisible();
  });

  test('page check blocks the page shown', async ({ site }) => {
    browser = await showPrerenderedPage(site, HARMFUL_PAGE.replace('</body>', `${BEACONS}</body>`));

    const attached = await browser.attach();
    const nextUrl = site.urlFor('homework.example.test', '/next');
    // The block page names the prerendered page, not the start page that was on screen while it loaded.
    const blocked = await pageAt(attached, /\/blocked\.html\?category=pageContent&harm=gambling#/);
    expect(blocked.url().split('#')[1]).toBe(nextUrl);
  });
});
