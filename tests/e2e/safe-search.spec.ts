import { expect, test } from '@playwright/test';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { startSiteServer, type SiteServer } from '../support/site-server';
import { applySettings } from './filter-helpers';

/*
 * google.com, youtube.com and the other engines are on Chromium's HSTS preload list, so an
 * http:// URL would be upgraded to https:// before it reaches a loopback server. These tests
 * therefore use an HTTPS loopback server with a self-signed certificate, and the browser ignores
 * certificate errors. The extension's redirect then happens in the real navigation, and each
 * test asserts the URL the page ends on and the request the server received.
 */
test.describe.configure({ mode: 'serial' });

let extension: ExtensionBrowser;
let site: SiteServer;

test.beforeAll(async () => {
  site = await startSiteServer({ https: true });
  extension = await launchWithExtension({ ignoreHTTPSErrors: true });
});

test.afterAll(async () => {
  await extension.close();
  await site.close();
});

const SEARCH_CASES: [string, string, string][] = [
  ['www.google.com', '/search?q=cats', '/search?q=cats&safe=active'],
  ['www.google.com', '/search?q=cats&safe=off', '/search?q=cats&safe=active'],
  ['www.google.com', '/search?safe=off&q=cats&safe=images', '/search?q=cats&safe=active'],
  ['www.google.com', '/search?q=cats&safe=active', '/search?q=cats&safe=active'],
  ['www.google.com.vn', '/search?q=m%C3%A8o&tbm=isch', '/search?q=m%C3%A8o&tbm=isch&safe=active'],
  ['www.google.vn', '/search?q=meo&udm=2', '/search?q=meo&udm=2&safe=active'],
  ['www.google.co.uk', '/search?q=cats', '/search?q=cats&safe=active'],
  ['www.bing.com', '/search?q=cats&adlt=off', '/search?q=cats&adlt=strict'],
  ['www.bing.com', '/images/search?q=cats', '/images/search?q=cats&adlt=strict'],
  ['duckduckgo.com', '/?q=cats&kp=-2', '/?q=cats&kp=1'],
  ['html.duckduckgo.com', '/html/?q=cats', '/html/?q=cats&kp=1'],
  ['search.yahoo.com', '/search?p=cats', '/search?p=cats&vm=r'],
  ['vn.search.yahoo.com', '/search?p=cats&vm=p', '/search?p=cats&vm=r'],
];

test('SafeSearch rewrites search URLs', async () => {
  await applySettings(extension.serviceWorker, { ageGroup: 'primary', safeSearch: true });
  const page = await extension.context.newPage();

  for (const [host, path, expectedPath] of SEARCH_CASES) {
    await page.goto(site.urlFor(host, path));
    expect({ host, path, url: page.url() }).toEqual({ host, path, url: site.urlFor(host, expectedPath) });
  }
  const served = site.requests().filter((request) => request.path !== '/favicon.ico').map((request) => `${request.host}${request.path}`);
  expect(served).toEqual(SEARCH_CASES.map(([host, , expectedPath]) => `${host}${expectedPath}`));
  await page.close();
});

test('SafeSearch off leaves URLs', async () => {
  await applySettings(extension.serviceWorker, { ageGroup: 'primary', safeSearch: false });
  const page = await extension.context.newPage();

  await page.goto(site.urlFor('www.google.com', '/search?q=cats&safe=off'));
  expect(page.url()).toBe(site.urlFor('www.google.com', '/search?q=cats&safe=off'));
  await applySettings(extension.serviceWorker, { ageGroup: 'off', safeSearch: true });
  await page.goto(site.urlFor('www.bing.com', '/search?q=cats'));
  expect(page.url()).toBe(site.urlFor('www.bing.com', '/search?q=cats'));
  await page.close();
});

/** Returns the YouTube-Restrict header of the last request the server saw for `host` and `path`. */
function restrictHeader(host: string, path: string): string | undefined {
  const request = site.requests().filter((candidate) => candidate.host === host && candidate.path === path).at(-1);
  expect(request, `no request for ${host}${path}`).toBeDefined();
  return request!.headers['youtube-restrict'] as string | undefined;
}

test('YouTube header on pages, frames and XHR', async () => {
  await applySettings(extension.serviceWorker, { ageGroup: 'primary', youtubeRestrict: 'strict', safeSearch: true });
  site.setPage('/school-page', `<!doctype html><h1 id="site-heading">lesson</h1>
<iframe id="a" src="${site.urlFor('www.youtube-nocookie.com', '/embed/abc')}"></iframe>
<iframe id="b" src="${site.urlFor('www.youtube.com', '/embed/def')}"></iframe>`);
  const page = await extension.context.newPage();

  for (const host of ['www.youtube.com', 'm.youtube.com']) {
    await page.goto(site.urlFor(host, '/watch?v=1'));
    expect({ host, header: restrictHeader(host, '/watch?v=1') }).toEqual({ host, header: 'Strict' });
  }
  await page.goto(site.urlFor('school.example.com', '/school-page'));
  await expect(page.frameLocator('#a').locator('#site-heading')).toBeVisible();
  await expect(page.frameLocator('#b').locator('#site-heading')).toBeVisible();
  expect(restrictHeader('www.youtube-nocookie.com', '/embed/abc')).toBe('Strict');
  expect(restrictHeader('www.youtube.com', '/embed/def')).toBe('Strict');
  expect(restrictHeader('school.example.com', '/school-page')).toBeUndefined();

  await page.goto(site.urlFor('www.youtube.com', '/'));
  for (const host of ['youtubei.googleapis.com', 'youtube.googleapis.com']) {
    await page.evaluate(async (url) => {
      await fetch(url, { method: 'POST', body: '{}' });
    }, site.urlFor(host, '/youtubei/v1/player'));
    expect({ host, header: restrictHeader(host, '/youtubei/v1/player') }).toEqual({ host, header: 'Strict' });
  }
  await page.close();
});

test('YouTube header follows age and setting', async () => {
  const page = await extension.context.newPage();

  await applySettings(extension.serviceWorker, { ageGroup: 'upperSecondary', youtubeRestrict: 'byAge' });
  await page.goto(site.urlFor('www.youtube.com', '/watch?v=2'));
  expect(restrictHeader('www.youtube.com', '/watch?v=2')).toBe('Moderate');

  await applySettings(extension.serviceWorker, { ageGroup: 'upperSecondary', youtubeRestrict: 'strict' });
  await page.goto(site.urlFor('www.youtube.com', '/watch?v=5'));
  expect(restrictHeader('www.youtube.com', '/watch?v=5')).toBe('Strict');

  await applySettings(extension.serviceWorker, { ageGroup: 'primary', youtubeRestrict: 'moderate' });
  await page.goto(site.urlFor('www.youtube.com', '/watch?v=3'));
  expect(restrictHeader('www.youtube.com', '/watch?v=3')).toBe('Moderate');

  await applySettings(extension.serviceWorker, { ageGroup: 'primary', youtubeRestrict: 'off' });
  await page.goto(site.urlFor('www.youtube.com', '/watch?v=4'));
  expect(restrictHeader('www.youtube.com', '/watch?v=4')).toBeUndefined();
  await page.close();
});
