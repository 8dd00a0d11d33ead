import { chromium } from '@playwright/test';
import type { BrowserContext, Worker } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod/mini';

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

/** Flags that load the unpacked extensions in `extensionDirs` and no other extension. */
export function loadExtensionArgs(...extensionDirs: string[]): string[] {
  const list = extensionDirs.join(',');
  return [`--disable-extensions-except=${list}`, `--load-extension=${list}`];
}

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
  /** Environment of the browser process, such as DISPLAY for a headed browser on Xvfb. Defaults to the test process's. */
  env?: Record<string, string | undefined>;
  /**
   * Turn on Developer mode in the profile. Chromium 156 disables an unpacked extension that
   * reloads itself with `chrome.runtime.reload()` unless Developer mode is on.
   */
  developerMode?: boolean;
}

/** Starts Chromium with the built extension loaded and waits for its service worker. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = requireBuild(options.extensionDir);
  const browser = await launchChromium(options, loadExtensionArgs(extensionDir));
  const { context } = browser;
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;

  return { ...browser, serviceWorker, extensionId };
}

export interface BrowserBeforeInstall {
  context: BrowserContext;
  userDataDir: string;
  /** Installs the built extension into the running browser and returns its ID. */
  installExtension(): Promise<string>;
  close(): Promise<void>;
}

/**
 * Starts Chromium without the extension, for tests of what happens to tabs that are already open
 * when it is installed. `installExtension` loads the unpacked build through the DevTools protocol
 * (`Extensions.loadUnpacked`, which needs `--enable-unsafe-extension-debugging`) as the
 * `--load-extension` flag would at launch, and Chromium fires `runtime.onInstalled` with reason
 * `install`.
 */
export async function launchBeforeInstall(options: LaunchOptions = {}): Promise<BrowserBeforeInstall> {
  const extensionDir = requireBuild(options.extensionDir);
  // Playwright's default --disable-extensions is dropped, because with it the installed extension
  // stays disabled. Exempting the folder with --disable-extensions-except does not help, because
  // that flag loads the extension at launch.
  const browser = await launchChromium(options, ['--enable-unsafe-extension-debugging'], ['--disable-extensions']);

  const installExtension = async (): Promise<string> => {
    const session = await browser.context.browser()!.newBrowserCDPSession();
    const { id } = await session.send('Extensions.loadUnpacked', { path: extensionDir });
    await session.detach();
    return id;
  };
  return { ...browser, installExtension };
}

function requireBuild(extensionDir = EXTENSION_DIR): string {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "npm run build" first (with BLOCKLISTS_DIR set)`);
  }
  return extensionDir;
}

async function launchChromium(
  options: LaunchOptions,
  extensionArgs: string[],
  ignoreDefaultArgs: string[] = [],
): Promise<{ context: BrowserContext; userDataDir: string; close(): Promise<void> }> {
  const ownsProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'khien-xanh-profile-'));
  if (options.developerMode) turnOnDeveloperMode(userDataDir);

  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    ignoreHTTPSErrors: options.ignoreHTTPSErrors ?? false,
    env: options.env ?? process.env,
    args: [...LOOPBACK_ONLY_ARGS, ...extensionArgs],
    ignoreDefaultArgs,
  });

  return {
    context,
    userDataDir,
    close: async () => {
      await context.close();
      if (ownsProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The part of Chromium's profile `Preferences` file that this helper changes; other keys are kept. */
const preferencesSchema = z.looseObject({
  extensions: z.optional(z.looseObject({ ui: z.optional(z.looseObject({})) })),
});

/** Sets the preference behind the Developer mode switch on chrome://extensions, before launch. */
function turnOnDeveloperMode(userDataDir: string): void {
  const preferencesFile = join(userDataDir, 'Default', 'Preferences');
  const preferences = existsSync(preferencesFile) ? preferencesSchema.parse(JSON.parse(readFileSync(preferencesFile, 'utf8'))) : {};
  preferences.extensions = { ...preferences.extensions, ui: { ...preferences.extensions?.ui, developer_mode: true } };
  mkdirSync(join(userDataDir, 'Default'), { recursive: true });
  writeFileSync(preferencesFile, JSON.stringify(preferences));
}
