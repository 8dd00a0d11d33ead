/**
 * `npm run bench:pageload`: where Khiên Xanh's page-load cost comes from. Loads the small page and
 * the single-page app in browsers that each run a copy of the build with one piece removed, and
 * compares each with the floor extension, in interleaved, paired rounds (the same method as the
 * page-load suite of `npm run bench`, with fewer pages and more variants).
 *
 * Environment:
 * - PAGELOAD_VARIANTS: comma-separated variant ids (default: all, see VARIANTS below).
 * - PAGELOAD_ROUNDS: measured rounds (default 30), after 3 warm-up rounds.
 * - PAGELOAD_PAGES: comma-separated pages among small, heavy, spa (default small,spa).
 * - PAGELOAD_SAMPLES: a file to write the raw samples to, as JSON.
 */
import type { Worker } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../tests/support/chromium';
import { FLOOR_EXTENSION_DIR, launchWithExtension } from './lib/launch';
import type { BenchBrowser } from './lib/launch';
import { startPageServer } from './lib/page-server';
import { formatMs, formatRatio, table } from './lib/report';
import { bootstrapMedianRatio, createRandom, median, shuffled } from './lib/stats';
import { measureLoad } from './suites/page-load';

interface VariantSpec {
  id: string;
  description: string;
  /** The extension folder, or null for no extension. */
  dir: () => string | null;
  /** Runs in the service worker once it has applied the stored settings. */
  setUp?: (worker: Worker) => Promise<void>;
}

const PAGES = {
  small: { path: '/small.html', spa: false },
  heavy: { path: '/heavy.html', spa: false },
  spa: { path: '/app/lessons', spa: true },
} as const;
type PageId = keyof typeof PAGES;
type Metric = 'loadMs' | 'routesMs';

const copies: string[] = [];
process.once('exit', () => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});

/** Copies the build (without Chromium's `_metadata`) and lets `change` edit the copy. */
function buildCopy(name: string, change: (dir: string) => void): () => string {
  let dir: string | null = null;
  return () => {
    if (dir) return dir;
    dir = mkdtempSync(join(tmpdir(), `khien-xanh-variant-${name}-`));
    cpSync(EXTENSION_DIR, dir, { recursive: true, filter: (source) => !source.includes('_metadata') });
    change(dir);
    copies.push(dir);
    return dir;
  };
}

function editManifest(dir: string, edit: (manifest: Record<string, unknown>) => void): void {
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  edit(manifest);
  writeFileSync(path, JSON.stringify(manifest));
}

const withoutManifestContentScript = buildCopy('no-content', (dir) => editManifest(dir, (manifest) => delete manifest.content_scripts));
const withEmptyContentScript = buildCopy('empty-content', (dir) => writeFileSync(join(dir, 'content-scripts/content.js'), '// empty\n'));

async function unregisterPageCheck(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    const scripts = await chrome.scripting.getRegisteredContentScripts();
    if (scripts.length > 0) await chrome.scripting.unregisterContentScripts({ ids: scripts.map((script) => script.id) });
  });
}

async function removeDynamicRules(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    const rules = await chrome.declarativeNetRequest.getDynamicRules();
    await chrome.declarativeNetRequest.updateDynamicRules({ removeRuleIds: rules.map((rule) => rule.id) });
  });
}

const both =
  (...steps: ((worker: Worker) => Promise<void>)[]) =>
  async (worker: Worker): Promise<void> => {
    for (const step of steps) await step(worker);
  };

const VARIANTS: VariantSpec[] = [
  { id: 'bare', description: 'no extension', dir: () => null },
  { id: 'floor', description: 'floor extension (one DNR rule, empty worker)', dir: () => FLOOR_EXTENSION_DIR },
  { id: 'full', description: 'Khiên Xanh as built', dir: () => EXTENSION_DIR },
  { id: 'noPageCheck', description: 'page-check.js unregistered', dir: () => EXTENSION_DIR, setUp: unregisterPageCheck },
  {
    id: 'noContent',
    description: 'no content script at all (content.js left out of the manifest, page-check.js unregistered)',
    dir: withoutManifestContentScript,
    setUp: unregisterPageCheck,
  },
  {
    id: 'emptyContent',
    description: 'content.js replaced by an empty script, page-check.js unregistered (the isolated world alone)',
    dir: withEmptyContentScript,
    setUp: unregisterPageCheck,
  },
  { id: 'noDynamic', description: 'dynamic rules removed', dir: () => EXTENSION_DIR, setUp: removeDynamicRules },
  {
    id: 'staticOnly',
    description: 'static rulesets only (no content script, no dynamic rules)',
    dir: withoutManifestContentScript,
    setUp: both(unregisterPageCheck, removeDynamicRules),
  },
];

const WARMUP_ROUNDS = 3;

async function waitForStart(worker: Worker, timeoutMs = 30_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const ready = await worker.evaluate(async () => (await chrome.storage.session.get('backgroundReadyAt')).backgroundReadyAt !== undefined);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('The service worker did not finish its start-up');
}

async function describeState(worker: Worker): Promise<string> {
  return worker.evaluate(async () => {
    const [rulesets, dynamic, scripts] = await Promise.all([
      chrome.declarativeNetRequest.getEnabledRulesets(),
      chrome.declarativeNetRequest.getDynamicRules(),
      chrome.scripting.getRegisteredContentScripts(),
    ]);
    return `${rulesets.length} rulesets, ${dynamic.length} dynamic rules, registered scripts: ${scripts.map((script) => script.id).join(', ') || 'none'}`;
  });
}

async function main(): Promise<void> {
  const wanted = (process.env.PAGELOAD_VARIANTS ?? VARIANTS.map((variant) => variant.id).join(',')).split(',');
  const variants = VARIANTS.filter((variant) => wanted.includes(variant.id));
  if (!variants.some((variant) => variant.id === 'floor')) variants.unshift(VARIANTS.find((variant) => variant.id === 'floor')!);
  const rounds = Number(process.env.PAGELOAD_ROUNDS ?? 30);
  const pages = (process.env.PAGELOAD_PAGES ?? 'small,spa').split(',') as PageId[];

  const server = await startPageServer();
  const browsers: (Omit<BenchBrowser, 'variant'> & { id: string })[] = [];
  const loadBefore = loadavg()[0]!;
  try {
    for (const variant of variants) {
      const dir = variant.dir();
      const browser = await launchWithExtension(variant.id, dir, dir !== null && dir !== FLOOR_EXTENSION_DIR);
      browsers.push({ ...browser, id: variant.id });
      if (browser.serviceWorker && dir !== FLOOR_EXTENSION_DIR) {
        await waitForStart(browser.serviceWorker);
        await variant.setUp?.(browser.serviceWorker);
        console.log(`[pageload] ${variant.id}: ${await describeState(browser.serviceWorker)}`);
      }
    }
    const tabs = await Promise.all(browsers.map(async (browser) => ({ id: browser.id, page: await browser.context.newPage() })));
    const samples: Record<string, Record<string, number[]>> = {};
    const keyOf = (page: PageId, metric: Metric) => `${page} ${metric}`;
    const random = createRandom(20_261_204);
    const started = performance.now();

    for (let round = 0; round < WARMUP_ROUNDS + rounds; round += 1) {
      for (const pageId of pages) {
        for (const tab of shuffled(tabs, random)) {
          const result = await measureLoad(tab.page, server.urlFor(PAGES[pageId].path), PAGES[pageId].spa);
          if (round < WARMUP_ROUNDS) continue;
          const push = (metric: Metric, value: number) => ((samples[keyOf(pageId, metric)] ??= {})[tab.id] ??= []).push(value);
          push('loadMs', result.loadMs);
          if (result.routesMs !== null) push('routesMs', result.routesMs);
        }
      }
      if ((round + 1) % 10 === 0) console.log(`[pageload] round ${round + 1 - WARMUP_ROUNDS} of ${rounds}`);
    }

    if (process.env.PAGELOAD_SAMPLES) writeFileSync(process.env.PAGELOAD_SAMPLES, JSON.stringify(samples));
    const rows: string[][] = [];
    for (const [key, byVariant] of Object.entries(samples)) {
      const floor = byVariant.floor!;
      for (const variant of variants) {
        const values = byVariant[variant.id]!;
        rows.push([
          key.replace(' loadMs', ' `load`').replace(' routesMs', ' 10 routes'),
          variant.id,
          formatMs(median(values)),
          variant.id === 'floor' ? '' : `${median(values) - median(floor) >= 0 ? '+' : '−'}${formatMs(Math.abs(median(values) - median(floor)))}`,
          variant.id === 'floor' ? '' : formatRatio(bootstrapMedianRatio(values, floor, { paired: true })),
        ]);
      }
    }
    console.log('');
    console.log(`${rounds} rounds after ${WARMUP_ROUNDS} warm-up rounds in ${((performance.now() - started) / 1000).toFixed(0)} s; load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`);
    for (const variant of variants) console.log(`- ${variant.id}: ${variant.description}`);
    console.log('');
    console.log(table(['page and metric', 'variant', 'median', 'vs floor (ms)', 'vs floor (ratio, 95% paired interval)'], rows));
  } finally {
    for (const browser of browsers) await browser.close();
    await server.close();
  }
}

await main();
