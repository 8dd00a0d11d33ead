import type { CDPSession } from '@playwright/test';
import { waitForBackgroundReady } from '../support/background-ready';
import { launchWithExtension } from '../support/chromium';
import { configure, expect, openReportOverlay, test, updateExtension } from './fixtures';
import { setParentSettings, stopServiceWorkers } from './reporting-helpers';
import { wantedRulesetIds } from '../../utils/wanted-rulesets';

// The background injects the content script once a page has loaded (utils/background/inject-after-load.ts),
// so that the extension adds nothing to the page's load.

/** Records, in arrival order, the page's `load` event and each isolated world the extension creates in it. */
async function recordLoadAndWorlds(session: CDPSession, extensionId: string): Promise<string[]> {
  const events: string[] = [];
  session.on('Page.loadEventFired', () => events.push('load'));
  session.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    if (aux?.type === 'isolated' && context.origin === `chrome-extension://${extensionId}`) events.push('extension world');
  });
  await session.send('Page.enable');
  await session.send('Runtime.enable');
  return events;
}

test.describe('content script injection', () => {
  test('injects only after load', async ({ extension, site }) => {
    await waitForBackgroundReady(extension.serviceWorker);
    const page = await extension.context.newPage();
    const events = await recordLoadAndWorlds(await extension.context.newCDPSession(page), extension.extensionId);

    await page.goto(site.urlFor('forum.example.test'));
    await expect(page.locator('khien-xanh-overlay')).toBeVisible();

    expect(events).toEqual(['load', 'extension world']);
  });

  test('one working button after going back', async ({ extension, site }) => {
    await waitForBackgroundReady(extension.serviceWorker);
    const page = await extension.context.newPage();
    const overlay = page.locator('khien-xanh-overlay');
    await page.goto(site.urlFor('forum.example.test'));
    await expect(overlay).toBeVisible();
    await page.goto(site.urlFor('news.example.test', '/second'));
    await expect(overlay).toBeVisible();

    await page.goBack();
    await expect(page.locator('#site-heading')).toHaveText('Welcome to forum.example.test');
    await expect(overlay).toBeVisible();
    await expect(overlay).toHaveCount(1);
    const form = await openReportOverlay(page, extension.extensionId);
    await expect(form.getByRole('heading', { name: 'Báo cáo trang này' })).toBeVisible();
  });

  test('no script without button or check', async ({ extension, site }) => {
    await configure(extension.serviceWorker, { ageGroup: 'primary', allowList: ['school.example.test'] });
    await setParentSettings(extension.serviceWorker, { reportButtonVisible: false });
    const exempt = await extension.context.newPage();
    const events = await recordLoadAndWorlds(await extension.context.newCDPSession(exempt), extension.extensionId);
    await exempt.goto(site.urlFor('school.example.test'));
    // A page the check still covers gets the script, hidden button included: once it has run
    // there, the allow-listed page above has had its `load` handled too.
    const checked = await extension.context.newPage();
    await checked.goto(site.urlFor('forum.example.test'));
    await expect(checked.locator('khien-xanh-overlay')).toBeAttached();
    await expect(checked.locator('khien-xanh-overlay')).toBeHidden();

    expect(events).toEqual(['load']);
    await expect(exempt.locator('khien-xanh-overlay')).toHaveCount(0);

    // Turning the button on brings it to the open page without a reload.
    await setParentSettings(extension.serviceWorker, { reportButtonVisible: true });
    await expect(exempt.locator('khien-xanh-overlay')).toBeVisible();
    await expect(checked.locator('khien-xanh-overlay')).toBeVisible();
    const form = await openReportOverlay(exempt, extension.extensionId);
    await expect(form.getByRole('heading', { name: 'Báo cáo trang này' })).toBeVisible();
  });

  test('sleeping worker wakes for a page', async ({ extension, site }) => {
    await waitForBackgroundReady(extension.serviceWorker);
    const options = await extension.context.newPage();
    await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
    const session = () =>
      options.evaluate(() => chrome.storage.session.get(['backgroundReadyAt', 'backgroundStartedAt']) as Promise<Record<string, number>>);
    const before = await session();

    // A page load is the event that starts the stopped worker, which injects the button.
    await stopServiceWorkers(extension.context, options);
    const page = await extension.context.newPage();
    await page.goto(site.urlFor('forum.example.test'));
    await expect(page.locator('khien-xanh-overlay')).toBeVisible();
    await expect.poll(async () => (await session()).backgroundStartedAt).toBeGreaterThan(before.backgroundStartedAt!);
    // The start-up steps ran once in this browser session and were not repeated.
    expect((await session()).backgroundReadyAt).toBe(before.backgroundReadyAt);
    // The storage access level they set still keeps content scripts out of storage.local.
    const access = await options.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      const [injection] = await chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        func: () => chrome.storage.local.get(null).then(() => 'readable', (error: unknown) => `rejected: ${String(error)}`),
      });
      return injection!.result;
    }, page.url());
    expect(access).toMatch(/^rejected: .*not allowed/);

    // A settings change made while the worker sleeps starts it and applies.
    await stopServiceWorkers(extension.context, options);
    await options.evaluate(async () => {
      const stored = await chrome.storage.local.get('parentSettings');
      await chrome.storage.local.set({ parentSettings: { ...(stored.parentSettings ?? {}), ageGroup: 'upperSecondary' } });
    });
    const expected = wantedRulesetIds('upperSecondary').sort();
    await expect.poll(async () => (await options.evaluate(() => chrome.declarativeNetRequest.getEnabledRulesets())).sort()).toEqual(expected);
  });

  // Earlier versions registered flag scripts with scripting.registerContentScripts; this version
  // registers none and relies on Chrome dropping them when the extension is updated.
  test('update drops old registered scripts', async ({ site }) => {
    const extension = await launchWithExtension({ developerMode: true });
    try {
      await waitForBackgroundReady(extension.serviceWorker);
      // What an earlier version registered while the button was turned off: a flag script that hides the button on every page.
      await extension.serviceWorker.evaluate(() =>
        chrome.scripting.registerContentScripts([
          { id: 'flag-overlay-hidden', js: ['flag-overlay-hidden.js'], matches: ['http://*/*', 'https://*/*'], runAt: 'document_start' },
        ]),
      );

      const worker = await updateExtension(extension);
      await waitForBackgroundReady(worker);

      expect(await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
      const page = await extension.context.newPage();
      await page.goto(site.urlFor('forum.example.test'));
      await expect(page.locator('khien-xanh-overlay')).toBeVisible();
    } finally {
      await extension.close();
    }
  });

  test('webNavigation adds no permission warning', async ({ extension }) => {
    const page = await extension.context.newPage();
    await page.goto(`chrome-extension://${extension.extensionId}/options.html`);

    const warnings = await page.evaluate(async () => {
      const manifest = chrome.runtime.getManifest();
      const without = { ...manifest, permissions: manifest.permissions?.filter((permission) => permission !== 'webNavigation') };
      const warningsOf = (value: object) => chrome.management.getPermissionWarningsByManifest(JSON.stringify(value));
      return { withWebNavigation: await warningsOf(manifest), without: await warningsOf(without), hasWebNavigation: manifest.permissions?.includes('webNavigation') };
    });

    expect(warnings.hasWebNavigation).toBe(true);
    expect(warnings.withWebNavigation).toEqual(warnings.without);
    expect(warnings.withWebNavigation.length).toBeGreaterThan(0);
  });
});
