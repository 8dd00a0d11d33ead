/**
 * Measures the category rulesets: compile cost per category, static rule totals against Chrome's
 * limits, and coverage in a real Chromium with chrome.declarativeNetRequest.testMatchOutcome.
 *
 * Usage: BLOCKLISTS_DIR=/path/to/blocklists npm run build && BLOCKLISTS_DIR=... npm run bench:rules
 *
 * testMatchOutcome needs the declarativeNetRequestFeedback permission and works only for unpacked
 * extensions, so this script copies the build to a temporary folder and adds that permission to
 * the copy's manifest. The shipped manifest does not ask for it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CATEGORIES, CATEGORY_IDS } from '../utils/categories';
import { EXTENSION_ID } from '../utils/extension-identity';
import { neverBlockPlatformHosts, neverBlockSites } from '../utils/never-block';
import { compileCategory } from '../utils/ruleset-compiler';
import { MAX_REGEX_RULES_PER_RULESET, MAX_STATIC_RULES_TOTAL } from '../utils/ruleset/dnr-rule';
import { ALL_BENIGN_SITES } from '../tests/support/benign-sites';
import { EXTENSION_DIR, launchWithExtension } from '../tests/support/chromium';

const BLOCKLISTS_DIR = resolve(process.env.BLOCKLISTS_DIR ?? '../shared/blocklists');
const SAMPLE_PER_CATEGORY = Number(process.env.SAMPLE_PER_CATEGORY ?? 200);

interface CompileRow {
  category: string;
  domainsIn: number;
  domainsOut: number;
  rules: number;
  bytes: number;
  milliseconds: number;
}

function compileAll(): CompileRow[] {
  const options = { extensionId: EXTENSION_ID, neverBlock: neverBlockSites(), neverBlockExact: neverBlockPlatformHosts() };
  return CATEGORIES.map((category) => {
    const lists = category.sources.map((name) => ({ name, text: readFileSync(join(BLOCKLISTS_DIR, name), 'utf8') }));
    const started = performance.now();
    const compiled = compileCategory({ categoryId: category.id, lists }, options);
    const milliseconds = performance.now() - started;
    const { domainsIn, domainsOut, rulesOut, bytes } = compiled.stats;
    return { category: category.id, domainsIn, domainsOut, rules: rulesOut, bytes, milliseconds };
  });
}

/** Picks `count` domains spread evenly over the compiled ruleset, so the sample is repeatable. */
function sampleCompiledDomains(category: string, count: number): string[] {
  const rules = JSON.parse(readFileSync(join(EXTENSION_DIR, 'rulesets', `${category}.json`), 'utf8')) as { condition: { requestDomains: string[] } }[];
  const domains = rules.flatMap((rule) => rule.condition.requestDomains);
  const step = Math.max(1, Math.floor(domains.length / count));
  return domains.filter((_, index) => index % step === 0).slice(0, count);
}

function copyBuildWithFeedbackPermission(): string {
  const copy = mkdtempSync(join(tmpdir(), 'khien-xanh-bench-ext-'));
  cpSync(EXTENSION_DIR, copy, { recursive: true });
  const manifestPath = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { permissions: string[] };
  manifest.permissions.push('declarativeNetRequestFeedback');
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return copy;
}

interface CoverageRow {
  category: string;
  sampled: number;
  blocked: number;
  missed: string[];
}

async function measureCoverage(): Promise<{ rows: CoverageRow[]; benignBlocked: string[] }> {
  const extensionDir = copyBuildWithFeedbackPermission();
  const browser = await launchWithExtension({ extensionDir });
  try {
    await browser.serviceWorker.evaluate(async (ids) => {
      await chrome.declarativeNetRequest.updateEnabledRulesets({ enableRulesetIds: ids });
    }, [...CATEGORY_IDS]);

    // Only static category rules count: the dynamic SafeSearch and YouTube rules also match some hosts.

    const matchedHosts = (hosts: string[]) =>
      browser.serviceWorker.evaluate(async (list) => {
        const matched: string[] = [];
        for (const host of list) {
          const outcome = await chrome.declarativeNetRequest.testMatchOutcome({ url: `https://${host}/`, type: 'main_frame' as chrome.declarativeNetRequest.ResourceType });
          if (outcome.matchedRules.some((rule) => rule.rulesetId !== '_dynamic' && rule.rulesetId !== '_session')) matched.push(host);
        }
        return matched;
      }, hosts);

    const rows: CoverageRow[] = [];
    for (const category of CATEGORY_IDS) {
      const sample = sampleCompiledDomains(category, SAMPLE_PER_CATEGORY);
      const matched = new Set(await matchedHosts(sample));
      rows.push({ category, sampled: sample.length, blocked: matched.size, missed: sample.filter((host) => !matched.has(host)) });
    }
    return { rows, benignBlocked: await matchedHosts([...ALL_BENIGN_SITES]) };
  } finally {
    await browser.close();
    rmSync(extensionDir, { recursive: true, force: true });
  }
}

function formatCompileTable(rows: readonly CompileRow[]): string {
  const lines = ['| category | domains in | domains out | rules | ruleset KiB | compile ms |', '|---|---:|---:|---:|---:|---:|'];
  for (const row of rows) {
    lines.push(`| ${row.category} | ${row.domainsIn.toLocaleString('en-US')} | ${row.domainsOut.toLocaleString('en-US')} | ${row.rules} | ${(row.bytes / 1024).toFixed(0)} | ${row.milliseconds.toFixed(0)} |`);
  }
  const total = (key: 'domainsIn' | 'domainsOut' | 'rules' | 'bytes' | 'milliseconds') => rows.reduce((sum, row) => sum + row[key], 0);
  lines.push(`| **total** | ${total('domainsIn').toLocaleString('en-US')} | ${total('domainsOut').toLocaleString('en-US')} | ${total('rules')} | ${(total('bytes') / 1024).toFixed(0)} | ${total('milliseconds').toFixed(0)} |`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const compileRows = compileAll();
  const totalRules = compileRows.reduce((sum, row) => sum + row.rules, 0);
  const maxPerRuleset = Math.max(...compileRows.map((row) => row.rules));
  console.log(formatCompileTable(compileRows));
  console.log(
    `\nStatic rules: ${totalRules} of ${MAX_STATIC_RULES_TOTAL.toLocaleString('en-US')} guaranteed; ` +
      `largest ruleset ${maxPerRuleset} regex rules of ${MAX_REGEX_RULES_PER_RULESET} allowed; ` +
      `${compileRows.length} rulesets of 100 declared and 50 enabled at once.`,
  );

  const coverage = await measureCoverage();
  console.log('\n| category | sampled | blocked | missed |\n|---|---:|---:|---|');
  for (const row of coverage.rows) console.log(`| ${row.category} | ${row.sampled} | ${row.blocked} | ${row.missed.slice(0, 5).join(', ')} |`);
  console.log(`\nBenign sample: ${ALL_BENIGN_SITES.length} sites, ${coverage.benignBlocked.length} blocked ${coverage.benignBlocked.join(', ')}`);

  const failed = coverage.rows.some((row) => row.blocked !== row.sampled) || coverage.benignBlocked.length > 0;
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`bench:rules failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exitCode = 1;
});
