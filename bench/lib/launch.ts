import { chromium } from '@playwright/test';
import type { BrowserContext, Worker } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_PATH, EXTENSION_DIR, LOOPBACK_ONLY_ARGS, loadExtensionArgs } from '../../tests/support/chromium';

/**
 * The browsers the benchmark compares:
 * - `bare`: Chromium with no extension.
 * - `floor`: the minimal extension in bench/floor-extension (same permissions, one rule that
 *   matches nothing, an empty service worker), the cost any declarativeNetRequest blocker pays.
 * - `khienXanh`: the built extension with every category ruleset enabled (the default age group).
 * - `plainRedirect`: the built extension with its rulesets rewritten to plain
 *   `redirect.extensionPath` rules without `regexFilter`, to show what the regex rules cost.
 */
export type Variant = 'bare' | 'floor' | 'khienXanh' | 'plainRedirect';

export const FLOOR_EXTENSION_DIR = resolve('bench/floor-extension');

export interface BenchBrowser {
  variant: Variant;
  context: BrowserContext;
  serviceWorker: Worker | null;
  extensionId: string | null;
  userDataDir: string;
  /** Milliseconds from the launch call to the extension being ready (or the browser, for bare). */
  startupMs: number;
  close(): Promise<void>;
}

const VIEWPORT = { width: 1280, height: 800 };

/** Starts Chromium for one variant and waits until its extension is ready to block. */
export async function launchVariant(variant: Variant): Promise<BenchBrowser> {
  const extensionDir = extensionDirFor(variant);
  const browser = await launchWithExtension(variant, extensionDir, variant === 'khienXanh' || variant === 'plainRedirect');
  return { ...browser, variant };
}

/**
 * Starts Chromium with the unpacked extension in `extensionDir` (none when null). With
 * `waitForRulesets`, waits until the service worker has enabled every declared ruleset.
 */
export async function launchWithExtension(
  label: string,
  extensionDir: string | null,
  waitForRulesets: boolean,
): Promise<Omit<BenchBrowser, 'variant'>> {
  const userDataDir = mkdtempSync(join(tmpdir(), `khien-xanh-bench-${label}-`));
  const extensionArgs = extensionDir ? loadExtensionArgs(extensionDir) : [];

  const started = performance.now();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: VIEWPORT,
    args: [...LOOPBACK_ONLY_ARGS, ...extensionArgs],
  });
  const serviceWorker = extensionDir ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))) : null;
  if (serviceWorker && waitForRulesets) await waitForAllRulesets(serviceWorker, extensionDir!);
  const startupMs = performance.now() - started;

  return {
    context,
    serviceWorker,
    extensionId: serviceWorker ? new URL(serviceWorker.url()).host : null,
    userDataDir,
    startupMs,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

function extensionDirFor(variant: Variant): string | null {
  if (variant === 'bare') return null;
  if (variant === 'floor') return FLOOR_EXTENSION_DIR;
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "BLOCKLISTS_DIR=... npm run build" first`);
  }
  return variant === 'khienXanh' ? EXTENSION_DIR : plainRedirectCopy();
}

/** Returns the ids of every ruleset the manifest declares. */
export function declaredRulesets(extensionDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    declarative_net_request?: { rule_resources?: { id: string }[] };
  };
  return (manifest.declarative_net_request?.rule_resources ?? []).map((resource) => resource.id);
}

/** Polls until the service worker has enabled every declared ruleset (the default age group). */
export async function waitForAllRulesets(serviceWorker: Worker, extensionDir: string, timeoutMs = 30_000): Promise<void> {
  const expected = declaredRulesets(extensionDir).length;
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const enabled = await serviceWorker.evaluate(() => chrome.declarativeNetRequest.getEnabledRulesets());
    if (enabled.length === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${expected} enabled rulesets`);
}

interface RedirectRule {
  action: { type: string; redirect?: Record<string, string> };
  condition: Record<string, unknown>;
}

let plainRedirectDir: string | null = null;

/**
 * Copies the build once and rewrites each rule from `regexFilter` + `regexSubstitution` to a plain
 * `extensionPath` redirect with the same domains. The block page then loses the blocked address
 * (it is carried in the URL fragment), so this variant exists only to price the regex.
 */
function plainRedirectCopy(): string {
  if (plainRedirectDir) return plainRedirectDir;

  const copy = mkdtempSync(join(tmpdir(), 'khien-xanh-bench-plain-'));
  cpSync(EXTENSION_DIR, copy, { recursive: true, filter: (source) => !source.includes('_metadata') });
  rewriteToPlainRedirects(copy);
  plainRedirectDir = copy;
  process.once('exit', () => rmSync(copy, { recursive: true, force: true }));
  return copy;
}

/** Rewrites the packed-domain rules of every ruleset in the extension folder `dir` (see toPlainRedirect). */
export function rewriteToPlainRedirects(dir: string): void {
  const rulesetDir = join(dir, 'rulesets');
  for (const file of readdirSync(rulesetDir).filter((name) => name !== 'stats.json' && name.endsWith('.json'))) {
    const path = join(rulesetDir, file);
    const rules = (JSON.parse(readFileSync(path, 'utf8')) as RedirectRule[]).map((rule) => toPlainRedirect(rule, file.replace(/\.json$/, '')));
    writeFileSync(path, JSON.stringify(rules));
  }
}

/**
 * Rewrites a packed-domain rule. Host-name rules have no `requestDomains`: their regex is what
 * selects the host, so they stay as they are (without it they would match every request).
 */
function toPlainRedirect(rule: RedirectRule, category: string): RedirectRule {
  if (!rule.condition.requestDomains) return rule;

  const { regexFilter: _regexFilter, ...condition } = rule.condition;
  return {
    ...rule,
    action: { type: 'redirect', redirect: { extensionPath: `/blocked.html?category=${category}` } },
    condition,
  };
}
