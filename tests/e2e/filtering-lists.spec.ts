import { expect, test } from '@playwright/test';
import { DEFAULT_ALLOW_ONLY_SITES } from '../../utils/rules/allow-only';
import type { SaveDomainListsResult } from '../../utils/rules/save-domain-lists';
import { MAX_SITE_LIST_ENTRIES } from '../../utils/rules/site-lists';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { sampleListedHost } from '../support/list-samples';
import { startSiteServer, type SiteServer } from '../support/site-server';
import { applySettings, blockedReason, visit } from './filter-helpers';

// One browser for the whole file; each test sets every setting it relies on.
test.describe.configure({ mode: 'serial' });

let extension: ExtensionBrowser;
let site: SiteServer;
// Some never-block hosts are on Chromium's HSTS preload list, so they load only over https.
let secureSite: SiteServer;
let gamblingHost: string;

test.beforeAll(async () => {
  gamblingHost = sampleListedHost('gambling');
  site = await startSiteServer();
  secureSite = await startSiteServer({ https: true });
  extension = await launchWithExtension({ ignoreHTTPSErrors: true });
});

test.afterAll(async () => {
  await extension.close();
  await site.close();
  await secureSite.close();
});

const NO_LISTS = { allowList: [], denyList: [], allowOnlyList: [], allowOnlyMode: false };

test('preschool opens only approved sites', async () => {
  await applySettings(extension.serviceWorker, { ...NO_LISTS, ageGroup: 'preschool', allowOnlyList: ['my-kindergarten.edu.vn'] });
  const page = await extension.context.newPage();

  for (const host of [DEFAULT_ALLOW_ONLY_SITES[0]!, 'www.pbskids.org', 'my-kindergarten.edu.vn']) {
    await visit(page, site.urlFor(host));
    await expect(page.locator('#site-heading')).toHaveText(`Welcome to ${host}`);
  }
  await visit(page, site.urlFor('news.example.com', '/a?b=1'));
  expect(await blockedReason(page)).toBe('allowOnly');
  await expect(page.getByTestId('blocked-url')).toHaveText(site.urlFor('news.example.com', '/a?b=1'));
  await expect(page.getByTestId('call-111')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/blocked-allow-only-vi.png', fullPage: true });
  await page.close();
});

test('allow-only keeps embedded frames', async () => {
  await applySettings(extension.serviceWorker, { ...NO_LISTS, ageGroup: 'preschool' });
  site.setPage('/with-frame', `<!doctype html><h1 id="site-heading">frame host</h1><iframe id="f" src="${site.urlFor('video.example.com', '/embedded')}"></iframe>`);
  const page = await extension.context.newPage();

  await visit(page, site.urlFor('pbskids.org', '/with-frame'));
  await expect(page.locator('#site-heading')).toHaveText('frame host');
  await expect(page.frameLocator('#f').locator('#site-heading')).toHaveText('Welcome to video.example.com');
  await page.close();
});

test('allow-only setting applies to other groups', async () => {
  await applySettings(extension.serviceWorker, { ...NO_LISTS, ageGroup: 'upperSecondary', allowOnlyMode: true });
  const page = await extension.context.newPage();

  await visit(page, site.urlFor('news.example.com'));
  expect(await blockedReason(page)).toBe('allowOnly');
  await visit(page, site.urlFor('olm.vn'));
  await expect(page.locator('#site-heading')).toHaveText('Welcome to olm.vn');
  await page.close();
});

test('allow list beats deny list and categories', async () => {
  await applySettings(extension.serviceWorker, {
    ...NO_LISTS,
    ageGroup: 'primary',
    allowList: [gamblingHost, 'ok.school.example'],
    denyList: ['school.example', 'teams.microsoft.com', gamblingHost],
  });
  const page = await extension.context.newPage();

  await visit(page, site.urlFor(gamblingHost));
  await expect(page.locator('#site-heading')).toHaveText(`Welcome to ${gamblingHost}`);
  await visit(page, site.urlFor('ok.school.example'));
  await expect(page.locator('#site-heading')).toHaveText('Welcome to ok.school.example');

  await visit(page, site.urlFor('games.school.example'));
  expect(await blockedReason(page)).toBe('denyList');
  await expect(page.getByTestId('blocked-explanation')).toContainText('danh sách chặn');
  await visit(page, secureSite.urlFor('teams.microsoft.com'));
  expect(await blockedReason(page)).toBe('denyList');
  await page.close();
});

test('never-block sites load', async () => {
  await applySettings(extension.serviceWorker, { ...NO_LISTS, ageGroup: 'primary' });
  const page = await extension.context.newPage();

  for (const host of ['teams.microsoft.com', 'archive.org', 'www.gutenberg.org', 'researchgate.net', 'godaddysites.com', 'mega.nz']) {
    await visit(page, secureSite.urlFor(host));
    await expect(page.locator('#site-heading')).toHaveText(`Welcome to ${host}`);
  }
  await page.close();
});

test('saveDomainLists names invalid entries', async () => {
  await applySettings(extension.serviceWorker, { ...NO_LISTS, ageGroup: 'primary' });
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/blocked.html`);

  const result = await page.evaluate(
    (lists) => chrome.runtime.sendMessage({ type: 'saveDomainLists', data: lists }),
    { denyList: ['https://Quiz.Bad.example/x', 'not a domain', '192.168.1.1'], allowList: ['good.example'] },
  ) as { ok: true; value: SaveDomainListsResult };

  expect(result.ok).toBe(true);
  expect(result.value.saved).toEqual({ denyList: ['quiz.bad.example'], allowList: ['good.example'] });
  expect(result.value.invalid.map((entry) => entry.input)).toEqual(['not a domain', '192.168.1.1']);
  expect(result.value.message).toContain('"not a domain" in denyList');
  expect(result.value.message).toContain('"192.168.1.1" in denyList');
  await applySettings(extension.serviceWorker, {});

  await visit(page, site.urlFor('quiz.bad.example'));
  expect(await blockedReason(page)).toBe('denyList');
  await visit(page, site.urlFor('good.example'));
  await expect(page.locator('#site-heading')).toHaveText('Welcome to good.example');
  await page.close();
});

test('oversized list rejected, categories work', async () => {
  const tooMany = Array.from({ length: MAX_SITE_LIST_ENTRIES + 1 }, (_, index) => `site${index}.example.org`);
  await extension.serviceWorker.evaluate(async (denyList) => {
    const current = (await chrome.storage.local.get('parentSettings')).parentSettings ?? {};
    await chrome.storage.local.set({ parentSettings: { ...current, ageGroup: 'primary', denyList, allowList: [] } });
  }, tooMany);

  await expect
    .poll(async () => extension.serviceWorker.evaluate(async () => (await chrome.storage.local.get('filterListStatus')).filterListStatus?.refused?.[0]?.reason ?? ''))
    .toMatch(/denyList has 10,001 sites, more than the limit of 10,000/);
  const page = await extension.context.newPage();
  await visit(page, site.urlFor(gamblingHost));
  expect(await blockedReason(page)).toBe('gambling');
  await visit(page, site.urlFor('site5.example.org'));
  await expect(page.locator('#site-heading')).toHaveText('Welcome to site5.example.org');
  await page.close();
});
