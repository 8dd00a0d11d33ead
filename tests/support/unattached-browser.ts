import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH, EXTENSION_DIR, LOOPBACK_ONLY_ARGS, loadExtensionArgs } from './chromium';

/**
 * Chromium with the built extension and no DevTools client attached until the test calls `attach`.
 *
 * Playwright attaches to every page it can see, and Chromium does not prerender a page while a
 * DevTools client is attached (the prerender fails with `PrerenderingDisabledByDevTools`). A test
 * of prerendered pages therefore starts Chromium itself, lets the page under test drive the
 * navigation, and attaches Playwright only once the prerendered page has been shown.
 */
export interface UnattachedBrowser {
  /** Connects Playwright to the running browser, which attaches to every page from then on. */
  attach(): Promise<Browser>;
  close(): Promise<void>;
}

const PORT_FILE_TIMEOUT_MS = 15_000;

export async function launchUnattached(startUrl: string): Promise<UnattachedBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'khien-xanh-unattached-'));
  const args = [
    ...LOOPBACK_ONLY_ARGS,
    '--headless',
    // The tests run as root here, where Chromium starts only without its sandbox (Playwright
    // passes the same flag to the browsers it launches).
    '--no-sandbox',
    '--remote-debugging-port=0',
    `--user-data-dir=${userDataDir}`,
    ...loadExtensionArgs(EXTENSION_DIR),
    startUrl,
  ];
  // A process group of its own, so that closing stops Chromium's helper processes too: they can
  // still be writing to the profile after the browser process has exited.
  const child = spawn(CHROMIUM_PATH, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const portFile = join(userDataDir, 'DevToolsActivePort');
  const deadline = Date.now() + PORT_FILE_TIMEOUT_MS;
  while (!existsSync(portFile) || readFileSync(portFile, 'utf8').trim() === '') {
    if (child.exitCode !== null) throw new Error(`Chromium exited with code ${child.exitCode}:\n${stderr}`);
    if (Date.now() > deadline) throw new Error(`Chromium wrote no DevToolsActivePort within ${PORT_FILE_TIMEOUT_MS} ms:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const port = readFileSync(portFile, 'utf8').split('\n')[0]!;

  let attached: Browser | null = null;
  return {
    attach: async () => {
      attached ??= await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      return attached;
    },
    close: async () => {
      // Disconnects only: a browser reached over CDP keeps running after `close()`.
      await attached?.close();
      if (child.exitCode === null && child.pid !== undefined) {
        process.kill(-child.pid, 'SIGTERM');
        await exited;
      }
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}
