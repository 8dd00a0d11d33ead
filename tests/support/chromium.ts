import { chromium } from '@playwright/test';
import type { BrowserContext, Worker } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The unpacked build that tests, the demo and the benchmarks load. */
export const EXTENSION_DIR = resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3');

/** Debian's Chromium unless CHROMIUM_PATH names another binary. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for every Chromium we start. All host names resolve to loopback, so no request leaves
 * this machine and real listed domain names reach our own loopback servers; the other flags stop
 * Chromium's own background traffic.
 */
export const LOOPBACK_ONLY_ARGS = [
  '--host-resolver-rules=MAP * 127.0.0.1',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-default-browser-check',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  userDataDir: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  /** Reuse a profile directory, for tests that restart the browser. */
  userDataDir?: string;
  viewport?: { width: number; height: number };
  /** Accept the self-signed certificate of an HTTPS loopback server. */
  ignoreHTTPSErrors?: boolean;
}

/** Starts Chromium with the built extension loaded and waits for its service worker. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "npm run build" first (with BLOCKLISTS_DIR set)`);
  }
  const ownsProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'khien-xanh-profile-'));

  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    ignoreHTTPSErrors: options.ignoreHTTPSErrors ?? false,
    args: [...LOOPBACK_ONLY_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;

  return {
    context,
    serviceWorker,
    extensionId,
    userDataDir,
    close: async () => {
      await context.close();
      if (ownsProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
