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
 * - PAGELOAD_BASELINE_BUILD: another unpacked build to add as variant `baseline`.
 * - PAGELOAD_SETTLE_MS: after each load, how long the CPU time after `load` is summed (default 500).
 *
 * Besides wall-clock times, each load's CPU time is read from /proc per kind of process (browser,
 * page renderer, extension process, GPU, network), from just before the navigation to the `load`
 * event (and, on the single-page app, the route changes), and over the settle time after it. CPU
 * time hardly grows when other jobs compete for the cores, so it attributes the cost on a busy
 * machine where wall-clock differences of a few milliseconds drown in noise.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../tests/support/chromium';
import { FLOOR_EXTENSION_DIR, launchWithExtension, rewriteToPlainRedirects } from './lib/launch';
import { cpuDelta, PROCESS_KINDS, profileCpuReader } from './lib/process-cpu';
import type { CpuByKind } from './lib/process-cpu';
import type { BenchBrowser } from './lib/launch';
import { startPageServer } from './lib/page-server';
import { buildSafeSearchRules, buildYouTubeRules } from '../utils/rules/safe-search';
import { formatMs, formatRatio, table } from './lib/report';
import { bootstrapMedianRatio, createRandom, median, quantile, shuffled } from './lib/stats';
import { measureLoad } from './suites/page-load';

interface VariantSpec {
  id: string;
  description: string;
  /** The extension folder, or null for no extension. */
  dir: () => string | null;
  /** Runs in the service worker once it has applied the stored settings. */
  setUp?: (worker: Worker) => Promise<void>;
  /**
   * Stops the extension's service worker before every load, as Chrome does after 30 s without
   * events, so the page's `load` event has to start it again. Without this the worker stays
   * running for the whole run.
   */
  workerAsleep?: boolean;
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

/**
 * Keeps the background from injecting anything into pages: the call that registers its
 * page-load listener becomes a harmless `hasListener` call. Throws when the built worker no longer
 * has that call, so a renamed listener cannot silently leave the injection in place.
 */
function withoutPageInjection(dir: string): void {
  const path = join(dir, 'background.js');
  const source = readFileSync(path, 'utf8');
  const registration = 'webNavigation.onCompleted.addListener(';
  const found = source.split(registration).length - 1;
  if (found !== 1) throw new Error(`Cannot turn off page injection: expected one ${registration} in ${path}, found ${found}`);
  writeFileSync(path, source.replace(registration, 'webNavigation.onCompleted.hasListener('));
}

const withoutInjection = buildCopy('no-content', withoutPageInjection);
/**
 * Keeps the page-load listener but makes it return at once, as it does for a frame: the event
 * still reaches the worker on every load, and nothing is injected.
 */
const withIdleListener = buildCopy('idle-listener', (dir) => {
  const path = join(dir, 'background.js');
  const source = readFileSync(path, 'utf8');
  const frameCheck = 'frameType!==`outermost_frame`)return;';
  const found = source.split(frameCheck).length - 1;
  if (found !== 1) throw new Error(`Cannot make the page-load listener idle: expected one ${frameCheck} in ${path}, found ${found}`);
  writeFileSync(path, source.replace(frameCheck, 'frameType!==`outermost_frame`||true)return;'));
});
/** Each packed-domain rule keeps only its first 10 domains: the same rules, about 1% of the domains. */
const withFewDomains = buildCopy('few-domains', (dir) => {
  withoutPageInjection(dir);
  const rulesetDir = join(dir, 'rulesets');
  for (const file of readdirSync(rulesetDir).filter((name) => name.endsWith('.json') && name !== 'stats.json')) {
    const rules = JSON.parse(readFileSync(join(rulesetDir, file), 'utf8')) as { condition: { requestDomains?: string[] } }[];
    for (const rule of rules) if (rule.condition.requestDomains) rule.condition.requestDomains = rule.condition.requestDomains.slice(0, 10);
    writeFileSync(join(rulesetDir, file), JSON.stringify(rules));
  }
});
/**
 * Each ruleset's packed-domain rules merged into one rule per ruleset (same domains, 11 rules
 * instead of 340), to see whether the per-request cost follows the number of rules. Not a product
 * variant: merging also merges each rule's excludedRequestDomains.
 */
const withMergedRules = buildCopy('merged-rules', (dir) => {
  withoutPageInjection(dir);
  const rulesetDir = join(dir, 'rulesets');
  for (const file of readdirSync(rulesetDir).filter((name) => name.endsWith('.json') && name !== 'stats.json')) {
    type Rule = { condition: { requestDomains?: string[]; excludedRequestDomains?: string[] } };
    const rules = JSON.parse(readFileSync(join(rulesetDir, file), 'utf8')) as Rule[];
    const packed = rules.filter((rule) => rule.condition.requestDomains);
    if (packed.length < 2) continue;
    const merged = structuredClone(packed[0]!);
    merged.condition.requestDomains = packed.flatMap((rule) => rule.condition.requestDomains!);
    const excluded = [...new Set(packed.flatMap((rule) => rule.condition.excludedRequestDomains ?? []))];
    if (excluded.length > 0) merged.condition.excludedRequestDomains = excluded;
    writeFileSync(join(rulesetDir, file), JSON.stringify([merged, ...rules.filter((rule) => !rule.condition.requestDomains)]));
  }
});
const withEmptyContentScript = buildCopy('empty-content', (dir) => writeFileSync(join(dir, 'content-script.js'), '// empty\n'));
/**
 * An empty content script run in the page's main world instead of an isolated world: whether the
 * cost that any injected script leaves comes from the isolated world.
 */
const withEmptyMainWorldScript = buildCopy('empty-main', (dir) => {
  writeFileSync(join(dir, 'content-script.js'), '// empty\n');
  const path = join(dir, 'background.js');
  const source = readFileSync(path, 'utf8');
  const call = 'executeScript({target:';
  const found = source.split(call).length - 1;
  if (found !== 1) throw new Error(`Cannot move the injection to the main world: expected one ${call} in ${path}, found ${found}`);
  writeFileSync(path, source.replace(call, 'executeScript({world:`MAIN`,target:'));
});
/** No page injection, and the packed-domain rules redirect with `extensionPath` instead of a regex. */
const withPlainRedirects = buildCopy('plain-redirects', (dir) => {
  withoutPageInjection(dir);
  rewriteToPlainRedirects(dir);
});
/** Puts the page check's flag script in front of content-script.js, so the check is off on every page. */
const withPageCheckOff = buildCopy('page-check-off', (dir) => {
  const content = join(dir, 'content-script.js');
  writeFileSync(content, `${readFileSync(join(dir, 'flag-page-check-off.js'), 'utf8')}\n${readFileSync(content, 'utf8')}`);
});

/**
 * No page injection, and the SafeSearch and YouTube-Restrict rules in a static ruleset of their
 * own (enabled in the manifest) instead of dynamic rules, which the variant's setUp removes.
 */
const withSafeSearchStatic = buildCopy('safe-search-static', (dir) => {
  withoutPageInjection(dir);
  writeFileSync(join(dir, 'rulesets', 'safe-search.json'), JSON.stringify([...buildSafeSearchRules(), ...buildYouTubeRules('strict')]));
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { declarative_net_request: { rule_resources: { id: string; enabled: boolean; path: string }[] } };
  manifest.declarative_net_request.rule_resources.push({ id: 'safe-search', enabled: true, path: 'rulesets/safe-search.json' });
  writeFileSync(manifestPath, JSON.stringify(manifest));
});

async function removeDynamicRules(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    const rules = await chrome.declarativeNetRequest.getDynamicRules();
    await chrome.declarativeNetRequest.updateDynamicRules({ removeRuleIds: rules.map((rule) => rule.id) });
  });
}

async function disableStaticRulesets(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    const enabled = await chrome.declarativeNetRequest.getEnabledRulesets();
    await chrome.declarativeNetRequest.updateEnabledRulesets({ disableRulesetIds: enabled });
  });
}

/** Removes the dynamic rules of one action type (modifyHeaders: the YouTube-Restrict header). */
const removeDynamicRulesOfType = (type: string) => async (worker: Worker): Promise<void> => {
  await worker.evaluate(async (actionType) => {
    const rules = await chrome.declarativeNetRequest.getDynamicRules();
    const ids = rules.filter((rule) => rule.action.type === actionType).map((rule) => rule.id);
    await chrome.declarativeNetRequest.updateDynamicRules({ removeRuleIds: ids });
  }, type);
};

/** Another build to compare with, e.g. the one before a change: PAGELOAD_BASELINE_BUILD=dir. */
const BASELINE_BUILD = process.env.PAGELOAD_BASELINE_BUILD;

const VARIANTS: VariantSpec[] = [
  { id: 'bare', description: 'no extension', dir: () => null },
  { id: 'floor', description: 'floor extension (one DNR rule, empty worker)', dir: () => FLOOR_EXTENSION_DIR },
  ...(BASELINE_BUILD
    ? [
        { id: 'baseline', description: `the build in ${BASELINE_BUILD}`, dir: () => BASELINE_BUILD },
        { id: 'baselineAsleep', description: `the build in ${BASELINE_BUILD}, its service worker stopped before every load`, dir: () => BASELINE_BUILD, workerAsleep: true },
      ]
    : []),
  { id: 'full', description: 'Khiên Xanh as built', dir: () => EXTENSION_DIR },
  { id: 'fullAsleep', description: 'Khiên Xanh as built, its service worker stopped before every load', dir: () => EXTENSION_DIR, workerAsleep: true },
  { id: 'noPageCheck', description: 'page check turned off by its flag on every page', dir: withPageCheckOff },
  { id: 'noContent', description: 'no content script at all (the background injects nothing)', dir: withoutInjection },
  { id: 'idleListener', description: 'the page-load event reaches the worker, which injects nothing', dir: withIdleListener },
  { id: 'emptyContent', description: 'content-script.js replaced by an empty script (the isolated world alone)', dir: withEmptyContentScript },
  { id: 'emptyMain', description: 'an empty script injected into the main world (no isolated world)', dir: withEmptyMainWorldScript },
  { id: 'noDynamic', description: 'dynamic rules removed', dir: () => EXTENSION_DIR, setUp: removeDynamicRules },
  { id: 'noHeaderRule', description: 'the modifyHeaders rule (YouTube-Restrict) removed', dir: () => EXTENSION_DIR, setUp: removeDynamicRulesOfType('modifyHeaders') },
  { id: 'noSafeSearch', description: 'the SafeSearch redirect rules removed', dir: () => EXTENSION_DIR, setUp: removeDynamicRulesOfType('redirect') },
  {
    id: 'staticOnly',
    description: 'static rulesets only (no content script, no dynamic rules)',
    dir: withoutInjection,
    setUp: removeDynamicRules,
  },
  { id: 'rulesNoHeader', description: 'no content script, the modifyHeaders rule (YouTube-Restrict) removed', dir: withoutInjection, setUp: removeDynamicRulesOfType('modifyHeaders') },
  { id: 'rulesNoSafeSearch', description: 'no content script, the SafeSearch redirect rules removed', dir: withoutInjection, setUp: removeDynamicRulesOfType('redirect') },
  {
    id: 'rulesAllStatic',
    description: 'no content script, the SafeSearch and YouTube-Restrict rules in a static ruleset instead of dynamic rules',
    dir: withSafeSearchStatic,
    setUp: removeDynamicRules,
  },
  {
    id: 'staticPlain',
    description: 'as staticOnly, with the packed-domain rules redirecting by extensionPath instead of regexFilter + regexSubstitution',
    dir: withPlainRedirects,
    setUp: removeDynamicRules,
  },
  {
    id: 'noStatic',
    description: 'no content script, static rulesets disabled (dynamic rules kept)',
    dir: withoutInjection,
    setUp: disableStaticRulesets,
  },
  {
    id: 'workerOnly',
    description: 'no content script, no static rulesets, no dynamic rules: the service worker alone',
    dir: withoutInjection,
    setUp: async (worker) => {
      await disableStaticRulesets(worker);
      await removeDynamicRules(worker);
    },
  },
  {
    id: 'staticMerged',
    description: 'as staticOnly, with the packed-domain rules of each ruleset merged into one rule (11 rules, all 666,000 domains)',
    dir: withMergedRules,
    setUp: removeDynamicRules,
  },
  {
    id: 'staticFewDomains',
    description: 'as staticOnly, with every packed-domain rule cut to its first 10 domains (about 3,700 domains instead of 666,000)',
    dir: withFewDomains,
    setUp: removeDynamicRules,
  },
];

const WARMUP_ROUNDS = 3;

/**
 * Returns a function that stops the extension's service worker through the DevTools protocol and
 * waits for its `stopped` status, then 200 ms more for the browser to tear it down.
 * NOTE: the extension process may outlive the worker, and a load that reuses it skips the process
 * start, so the CPU of `*Asleep` variants can differ between builds for that reason alone. The
 * service-worker suite of `npm run bench` measures loads that start a new process.
 */
async function workerStopper(context: BrowserContext, page: Page): Promise<() => Promise<void>> {
  const session = await context.newCDPSession(page);
  let status = 'unknown';
  session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) if (version.scriptURL.startsWith('chrome-extension://')) status = version.runningStatus;
  });
  await session.send('ServiceWorker.enable');
  return async () => {
    if (status === 'stopped') return;
    await session.send('ServiceWorker.stopAllWorkers');
    const deadline = performance.now() + 5000;
    while (status !== 'stopped') {
      if (performance.now() > deadline) throw new Error(`The service worker did not stop within 5 s (last status: ${status})`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  };
}

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
    const tabs = await Promise.all(
      browsers.map(async (browser) => {
        const page = await browser.context.newPage();
        const asleep = variants.find((variant) => variant.id === browser.id)?.workerAsleep === true;
        const stopWorker = asleep ? await workerStopper(browser.context, page) : null;
        return { id: browser.id, page, readCpu: profileCpuReader(browser.userDataDir), stopWorker };
      }),
    );
    const samples: Record<string, Record<string, number[]>> = {};
    const cpuSamples: Record<string, Record<string, { toLoad: CpuByKind[]; after: CpuByKind[] }>> = {};
    const settleMs = Number(process.env.PAGELOAD_SETTLE_MS ?? 500);
    const keyOf = (page: PageId, metric: Metric) => `${page} ${metric}`;
    const random = createRandom(20_261_204);
    const started = performance.now();

    for (let round = 0; round < WARMUP_ROUNDS + rounds; round += 1) {
      for (const pageId of pages) {
        for (const tab of shuffled(tabs, random)) {
          await tab.stopWorker?.();
          const cpuBefore = tab.readCpu();
          const result = await measureLoad(tab.page, server.urlFor(PAGES[pageId].path), PAGES[pageId].spa);
          const cpuAtLoad = tab.readCpu();
          await new Promise((resolve) => setTimeout(resolve, settleMs));
          const cpuAfter = tab.readCpu();
          if (round < WARMUP_ROUNDS) continue;
          const cpu = ((cpuSamples[pageId] ??= {})[tab.id] ??= { toLoad: [], after: [] });
          cpu.toLoad.push(cpuDelta(cpuBefore, cpuAtLoad));
          cpu.after.push(cpuDelta(cpuAtLoad, cpuAfter));
          const push = (metric: Metric, value: number) => ((samples[keyOf(pageId, metric)] ??= {})[tab.id] ??= []).push(value);
          push('loadMs', result.loadMs);
          if (result.routesMs !== null) push('routesMs', result.routesMs);
        }
      }
      if ((round + 1) % 10 === 0) console.log(`[pageload] round ${round + 1 - WARMUP_ROUNDS} of ${rounds}`);
    }

    if (process.env.PAGELOAD_SAMPLES) writeFileSync(process.env.PAGELOAD_SAMPLES, JSON.stringify({ samples, cpuSamples }));
    const rows: string[][] = [];
    for (const [key, byVariant] of Object.entries(samples)) {
      const floor = byVariant.floor!;
      for (const variant of variants) {
        const values = byVariant[variant.id]!;
        rows.push([
          key.replace(' loadMs', ' `load`').replace(' routesMs', ' 10 routes'),
          variant.id,
          formatMs(median(values)),
          formatMs(quantile(values, 0.25)),
          variant.id === 'floor' ? '' : `${median(values) - median(floor) >= 0 ? '+' : '−'}${formatMs(Math.abs(median(values) - median(floor)))}`,
          variant.id === 'floor' ? '' : formatRatio(bootstrapMedianRatio(values, floor, { paired: true })),
        ]);
      }
    }
    console.log('');
    console.log(`${rounds} rounds after ${WARMUP_ROUNDS} warm-up rounds in ${((performance.now() - started) / 1000).toFixed(0)} s; load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`);
    for (const variant of variants) console.log(`- ${variant.id}: ${variant.description}`);
    console.log('');
    console.log(table(['page and metric', 'variant', 'median', 'p25', 'vs floor (ms, medians)', 'vs floor (ratio, 95% paired interval)'], rows));
    console.log('');
    console.log(`CPU time per load (median over ${rounds} loads, ms), per kind of process, up to \`load\` (SPA: and its route changes) and in the ${settleMs} ms after it:`);
    console.log('');
    console.log(cpuTable(cpuSamples, variants.map((variant) => variant.id)));
  } finally {
    for (const browser of browsers) await browser.close();
    await server.close();
  }
}

const ms = (ns: number) => ns / 1e6;

function cpuTable(cpuSamples: Record<string, Record<string, { toLoad: CpuByKind[]; after: CpuByKind[] }>>, variantIds: string[]): string {
  const rows: string[][] = [];
  for (const [pageId, byVariant] of Object.entries(cpuSamples)) {
    for (const window of ['toLoad', 'after'] as const) {
      const floorTotal = median(byVariant.floor![window].map((sample) => PROCESS_KINDS.reduce((total, kind) => total + sample[kind], 0)));
      for (const id of variantIds) {
        const list = byVariant[id]![window];
        const total = median(list.map((sample) => PROCESS_KINDS.reduce((sum, kind) => sum + sample[kind], 0)));
        rows.push([
          pageId,
          window === 'toLoad' ? 'to `load`' : 'after `load`',
          id,
          ...PROCESS_KINDS.map((kind) => ms(median(list.map((sample) => sample[kind]))).toFixed(2)),
          ms(total).toFixed(2),
          id === 'floor' ? '' : `${total >= floorTotal ? '+' : '−'}${ms(Math.abs(total - floorTotal)).toFixed(2)}`,
        ]);
      }
    }
  }
  return table(['page', 'window', 'variant', ...PROCESS_KINDS, 'total', 'total vs floor'], rows);
}

await main();
