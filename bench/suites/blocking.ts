import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { EXTENSION_DIR } from '../../tests/support/chromium';
import { declaredRulesets, launchVariant } from '../lib/launch';
import type { BenchBrowser, Variant } from '../lib/launch';
import { readLoadTiming } from '../lib/page-timing';
import { startPageServer } from '../lib/page-server';
import { formatBytes, formatSummaryMs, table } from '../lib/report';
import type { SuiteResult } from '../lib/report';
import { summarize } from '../lib/stats';

/** Chrome's documented limits for static declarativeNetRequest rules. */
const LIMITS = { staticRules: 30_000, enabledRulesets: 50, regexRulesPerRuleset: 1_000 };

export interface BlockingOptions {
  navigations: number;
  launches: number;
}

interface Rule {
  action: { type: string };
  condition: { regexFilter?: string; requestDomains?: string[] };
}

/** Time to the block page, the rulesets against Chrome's limits, and install time. */
export async function runBlockingSuite(options: BlockingOptions): Promise<SuiteResult> {
  const rulesets = describeRulesets();
  const host = listedHost();
  const navigation = await measureBlockPage(host, options.navigations);
  const startup = await measureStartup(options.launches);
  return describe(rulesets, host, navigation, startup);
}

interface RulesetFigures {
  id: string;
  bytes: number;
  rules: number;
  regexRules: number;
  domains: number;
}

function describeRulesets(): RulesetFigures[] {
  return declaredRulesets(EXTENSION_DIR).map((id) => {
    const path = join(EXTENSION_DIR, 'rulesets', `${id}.json`);
    const rules = JSON.parse(readFileSync(path, 'utf8')) as Rule[];
    return {
      id,
      bytes: statSync(path).size,
      rules: rules.length,
      regexRules: rules.filter((rule) => rule.condition.regexFilter !== undefined).length,
      domains: rules.reduce((total, rule) => total + (rule.condition.requestDomains?.length ?? 0), 0),
    };
  });
}

/** Picks the domain in the middle of the first gambling rule's requestDomains. */
export function listedHost(): string {
  const rules = JSON.parse(readFileSync(join(EXTENSION_DIR, 'rulesets', 'gambling.json'), 'utf8')) as Rule[];
  const domains = rules[0]?.condition.requestDomains ?? [];
  const host = domains[Math.floor(domains.length / 2)];
  if (!host) throw new Error('The gambling ruleset has no requestDomains to sample a blocked host from');
  return host;
}

type NavigationSamples = Record<'khienXanh' | 'plainRedirect' | 'floor', { fcpMs: number[]; loadMs: number[] }>;

/**
 * Navigates a reused tab to the listed host: Khiên Xanh and the plain-redirect variant show the
 * block page, and the floor browser loads the small page from the same address, for scale.
 */
async function measureBlockPage(host: string, count: number): Promise<NavigationSamples> {
  const server = await startPageServer();
  const variants = ['khienXanh', 'plainRedirect', 'floor'] as const;
  const browsers: BenchBrowser[] = [];
  const samples = Object.fromEntries(variants.map((variant) => [variant, { fcpMs: [], loadMs: [] }])) as unknown as NavigationSamples;
  try {
    for (const variant of variants) browsers.push(await launchVariant(variant));
    const tabs = await Promise.all(browsers.map(async (browser) => ({ browser, page: await browser.context.newPage() })));
    for (let index = 0; index < count + 1; index += 1) {
      for (const { browser, page } of tabs) {
        const timing = await navigateToListedHost(page, browser, server.urlFor(`/small.html?visit=${index}`, host));
        if (index === 0) continue;
        samples[browser.variant as keyof NavigationSamples].fcpMs.push(timing.fcpMs);
        samples[browser.variant as keyof NavigationSamples].loadMs.push(timing.loadMs);
      }
    }
  } finally {
    for (const browser of browsers) await browser.close();
    await server.close();
  }
  return samples;
}

async function navigateToListedHost(page: Page, browser: BenchBrowser, url: string): Promise<{ fcpMs: number; loadMs: number }> {
  // The redirect to the extension page makes Playwright's goto report an aborted navigation.
  await page.goto(url, { waitUntil: 'load' }).catch(() => undefined);
  if (browser.variant !== 'floor') {
    await page.waitForURL(/\/blocked\.html/, { waitUntil: 'load' });
    await page.getByTestId('blocked-category').waitFor();
  }
  return readLoadTiming(page);
}

interface StartupSamples {
  bare: number[];
  floor: number[];
  khienXanh: number[];
}

/** Launches each variant with a fresh profile, so Chromium installs and indexes the rulesets. */
async function measureStartup(launches: number): Promise<StartupSamples> {
  const samples: StartupSamples = { bare: [], floor: [], khienXanh: [] };
  for (let index = 0; index < launches; index += 1) {
    for (const variant of ['bare', 'floor', 'khienXanh'] as Variant[]) {
      const browser = await launchVariant(variant);
      samples[variant as keyof StartupSamples].push(browser.startupMs);
      await browser.close();
    }
  }
  return samples;
}

function describe(rulesets: RulesetFigures[], host: string, navigation: NavigationSamples, startup: StartupSamples): SuiteResult {
  const totalRules = rulesets.reduce((total, ruleset) => total + ruleset.rules, 0);
  const maxRegex = Math.max(...rulesets.map((ruleset) => ruleset.regexRules));
  const rulesetRows = rulesets.map((ruleset) => [ruleset.id, formatBytes(ruleset.bytes), String(ruleset.rules), String(ruleset.regexRules), ruleset.domains.toLocaleString('en')]);
  rulesetRows.push([
    '**total**',
    formatBytes(rulesets.reduce((total, ruleset) => total + ruleset.bytes, 0)),
    `${totalRules} of ${LIMITS.staticRules.toLocaleString('en')}`,
    `max ${maxRegex} of ${LIMITS.regexRulesPerRuleset.toLocaleString('en')} per ruleset`,
    rulesets.reduce((total, ruleset) => total + ruleset.domains, 0).toLocaleString('en'),
  ]);

  const markdown = [
    `Blocked address: \`${host}\` (from the first rule of rulesets/gambling.json), loaded ${navigation.khienXanh.fcpMs.length} times per browser after one warm-up, in one reused tab. Times run from the navigation start of the blocked address (the redirect is part of the block page's navigation timing).`,
    '',
    table(
      ['browser', 'first contentful paint (median / p95)', '`load` event (median / p95)'],
      [
        ['Khiên Xanh: block page', formatSummaryMs(summarize(navigation.khienXanh.fcpMs)), formatSummaryMs(summarize(navigation.khienXanh.loadMs))],
        ['plain redirect: block page', formatSummaryMs(summarize(navigation.plainRedirect.fcpMs)), formatSummaryMs(summarize(navigation.plainRedirect.loadMs))],
        ['floor: the small page itself, not blocked', formatSummaryMs(summarize(navigation.floor.fcpMs)), formatSummaryMs(summarize(navigation.floor.loadMs))],
      ],
    ),
    '',
    `Rulesets (${rulesets.length} of ${LIMITS.enabledRulesets} enabled rulesets allowed):`,
    '',
    table(['ruleset', 'size', 'static rules', 'regex rules', 'domains'], rulesetRows),
    '',
    `Start-up with a fresh profile (${startup.bare.length} launches each): from the launch call to the browser being ready (bare), the service worker running (floor), or the service worker running and \`getEnabledRulesets\` returning all ${rulesets.length} rulesets (Khiên Xanh).`,
    '',
    table(
      ['browser', 'median / p95'],
      [
        ['bare', formatSummaryMs(summarize(startup.bare))],
        ['floor', formatSummaryMs(summarize(startup.floor))],
        ['Khiên Xanh', formatSummaryMs(summarize(startup.khienXanh))],
      ],
    ),
  ].join('\n');

  return {
    title: 'Blocking',
    markdown,
    budgets: [
      { name: 'Static rules', target: `≤ ${LIMITS.staticRules.toLocaleString('en')}`, measured: String(totalRules), met: totalRules <= LIMITS.staticRules },
      { name: 'Regex rules per ruleset', target: `≤ ${LIMITS.regexRulesPerRuleset.toLocaleString('en')}`, measured: String(maxRegex), met: maxRegex <= LIMITS.regexRulesPerRuleset },
      { name: 'Enabled rulesets', target: `≤ ${LIMITS.enabledRulesets}`, measured: String(rulesets.length), met: rulesets.length <= LIMITS.enabledRulesets },
    ],
  };
}

