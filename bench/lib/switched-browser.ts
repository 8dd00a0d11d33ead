import { chromium } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH, EXTENSION_DIR, LOOPBACK_ONLY_ARGS, loadExtensionArgs } from '../../tests/support/chromium';
import { FLOOR_EXTENSION_DIR, waitForAllRulesets } from './launch';

/**
 * One browser with both the floor extension and Khiên Xanh installed, in which Khiên Xanh can be
 * switched off and on (`chrome.management.setEnabled` from the chrome://extensions page). Switched
 * off, the browser is the floor; switched on, it is the floor plus Khiên Xanh. Measuring both
 * states in the same instances lets the instances' own speed weigh on both sides of the ratio.
 */
export interface SwitchedBrowser {
  /** The tab that loads the pages being measured. */
  page: Page;
  /**
   * Switches Khiên Xanh on or off and waits until its rules are in force (or gone): `probeUrl`, an
   * address on a listed host, must show the block page when on and load normally when off.
   */
  setKhienXanhEnabled(enabled: boolean, probeUrl: string): Promise<void>;
  close(): Promise<void>;
}

const VIEWPORT = { width: 1280, height: 800 };
const SWITCH_TIMEOUT_MS = 30_000;
const PROBE_PAUSE_MS = 50;

export async function launchSwitchedBrowser(): Promise<SwitchedBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'khien-xanh-bench-switched-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: VIEWPORT,
    args: [...LOOPBACK_ONLY_ARGS, ...loadExtensionArgs(FLOOR_EXTENSION_DIR, EXTENSION_DIR)],
  });
  try {
    const extensionId = await waitForKhienXanhWorker(context);
    const settings = await context.newPage();
    await settings.goto('chrome://extensions');
    const page = await context.newPage();
    let enabled = true;

    return {
      page,
      async setKhienXanhEnabled(expected, probeUrl) {
        if (expected !== enabled) {
          await settings.evaluate(([id, on]) => chrome.management.setEnabled(id, on), [extensionId, expected] as [string, boolean]);
          enabled = expected;
        }
        await waitForBlocking(page, probeUrl, expected);
      },
      close: () => closeBrowser(context, userDataDir),
    };
  } catch (error) {
    await closeBrowser(context, userDataDir);
    throw error;
  }
}

/** Finds Khiên Xanh's worker among the two extensions' workers and waits for its rulesets. */
async function waitForKhienXanhWorker(context: BrowserContext): Promise<string> {
  const deadline = performance.now() + SWITCH_TIMEOUT_MS;
  const checked = new Set<string>();
  while (performance.now() < deadline) {
    for (const worker of context.serviceWorkers()) {
      const id = new URL(worker.url()).host;
      if (checked.has(id)) continue;
      checked.add(id);
      const isFloor = await worker.evaluate(() => chrome.runtime.getManifest().name.includes('floor'));
      if (isFloor) continue;
      await waitForAllRulesets(worker, EXTENSION_DIR);
      return id;
    }
    // Polled: a worker that appears while the ones listed are being checked raises no later event.
    await new Promise((resolve) => setTimeout(resolve, PROBE_PAUSE_MS));
  }
  throw new Error(`Timed out after ${SWITCH_TIMEOUT_MS} ms waiting for Khiên Xanh's service worker`);
}

/** Loads `probeUrl` until it shows the block page (`blocked`) or the page itself (not `blocked`). */
async function waitForBlocking(page: Page, probeUrl: string, blocked: boolean): Promise<void> {
  const deadline = performance.now() + SWITCH_TIMEOUT_MS;
  while (performance.now() < deadline) {
    // The redirect to the block page makes Playwright report an aborted navigation.
    await page.goto(probeUrl, { waitUntil: 'load' }).catch(() => undefined);
    if (page.url().includes('/blocked.html') === blocked) return;
    await page.waitForTimeout(PROBE_PAUSE_MS);
  }
  throw new Error(`Khiên Xanh's rules were still ${blocked ? 'off' : 'on'} ${SWITCH_TIMEOUT_MS} ms after switching it ${blocked ? 'on' : 'off'}`);
}

async function closeBrowser(context: BrowserContext, userDataDir: string): Promise<void> {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
