/**
 * Compiles the category blocklists into static declarativeNetRequest rulesets.
 *
 * Usage: BLOCKLISTS_DIR=/path/to/blocklists npx jiti scripts/compile-rulesets.ts
 *
 * BLOCKLISTS_DIR holds `<source>/<name>.txt` files with one lowercase ASCII host per line, and
 * the sources' licence files. Without it, the pinned lists in scripts/blocklist-sources.json
 * are downloaded into .cache/blocklists/ and checked against their sha256 first.
 *
 * Writes public/rulesets/<categoryId>.json, public/rulesets/stats.json,
 * public/THIRD-PARTY-NOTICES.txt and public/licenses/<source>-LICENSE*. Nothing is rewritten
 * when stats.json records the same input hash and every output exists.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod/mini';
import { CATEGORIES, type CategoryId } from '../utils/categories';
import { EXTENSION_ID } from '../utils/extension-identity';
import { neverBlockPlatformHosts, neverBlockSites } from '../utils/never-block';
import {
  compileRulesets,
  MAX_DOMAINS_PER_RULE,
  RULESET_COMPILER_VERSION,
  type CompiledRuleset,
} from '../utils/ruleset-compiler';
import { downloadPinnedLists, sha256Hex, type FetchText } from '../utils/ruleset/download-lists';
import { isFile, loadListInputs, type ListInputs } from '../utils/ruleset/list-inputs';
import {
  formatSummaryTable,
  sumCategoryStats,
  type RulesetStatsFile,
} from '../utils/ruleset/ruleset-stats';
import { parseSourceManifest, sourceOfListFile, type SourceManifest } from '../utils/ruleset/source-manifest';
import { buildThirdPartyNotices, type SourceUsage } from '../utils/ruleset/third-party-notices';

export interface CompileCommandOptions {
  /** Value of BLOCKLISTS_DIR, or undefined when it is unset. */
  blocklistsDir: string | undefined;
  /** Folder that receives rulesets/, licenses/ and THIRD-PARTY-NOTICES.txt. */
  publicDir: string;
  /** Download cache used when BLOCKLISTS_DIR is unset or not a directory. */
  cacheDir: string;
  manifest: SourceManifest;
  fetchText?: FetchText;
  /** Hosts never to block, with their subdomains. Defaults to the `site` entries of NEVER_BLOCK. */
  neverBlock?: ReadonlySet<string>;
  /** Hosts removed as exact entries only. Defaults to the `platform` entries of NEVER_BLOCK. */
  neverBlockExact?: ReadonlySet<string>;
  maxDomainsPerRule?: number;
  log?: (line: string) => void;
}

export interface CompileCommandResult {
  upToDate: boolean;
  stats: RulesetStatsFile;
}

const REPOSITORY_ROOT = fileURLToPath(new URL('..', import.meta.url));
const MANIFEST_PATH = join(REPOSITORY_ROOT, 'scripts', 'blocklist-sources.json');

/** Compiles all category rulesets, or returns the recorded stats when outputs are up to date. */
export async function main(options: CompileCommandOptions): Promise<CompileCommandResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const listsDir = await resolveListsDir(options, log);
  const inputs = await loadListInputs(listsDir, CATEGORIES, options.manifest);
  const maxDomainsPerRule = options.maxDomainsPerRule ?? MAX_DOMAINS_PER_RULE;
  const neverBlock = options.neverBlock ?? neverBlockSites();
  const neverBlockExact = options.neverBlockExact ?? neverBlockPlatformHosts();
  const inputHash = computeInputHash(inputs, maxDomainsPerRule, [...neverBlock, ...[...neverBlockExact].map((host) => `=${host}`)]);

  const previous = await readUpToDateStats(options.publicDir, inputHash, inputs);
  if (previous !== undefined) {
    log(`Rulesets are up to date (input hash ${inputHash.slice(0, 12)}), nothing to compile.`);
    return { upToDate: true, stats: previous };
  }

  const compiled = compileRulesets(
    CATEGORIES.map((category) => ({
      categoryId: category.id,
      lists: category.sources.map((name) => ({ name, text: inputs.texts.get(name) ?? '' })),
    })),
    { extensionId: EXTENSION_ID, maxDomainsPerRule, neverBlock, neverBlockExact },
  );
  const stats: RulesetStatsFile = {
    compilerVersion: RULESET_COMPILER_VERSION,
    inputHash,
    maxDomainsPerRule,
    categories: compiled.map((ruleset) => ruleset.stats),
    totals: sumCategoryStats(compiled.map((ruleset) => ruleset.stats)),
    sources: inputs.sources,
    licences: inputs.licences.map(({ absolutePath: _absolutePath, ...record }) => record),
  };
  await writeOutputs(options, compiled, inputs, stats);

  logUnpinnedSources(inputs, log);
  log(formatSummaryTable(stats));
  return { upToDate: false, stats };
}

/**
 * Returns BLOCKLISTS_DIR when it names a directory. Otherwise downloads the pinned lists into
 * the cache and returns the cache, or throws an Error that explains how to set BLOCKLISTS_DIR.
 */
async function resolveListsDir(options: CompileCommandOptions, log: (line: string) => void): Promise<string> {
  const configured = options.blocklistsDir ?? '';
  if (configured !== '' && (await isDirectory(configured))) return resolve(configured);

  const reason = configured === '' ? 'BLOCKLISTS_DIR is not set' : `BLOCKLISTS_DIR=${configured} is not a directory`;
  log(`${reason}, so the pinned lists are downloaded into ${options.cacheDir}.`);
  try {
    await downloadPinnedLists(options.manifest, options.cacheDir, options.fetchText, log);
  } catch (error) {
    throw new Error(
      `No blocklists to compile: ${reason}, and downloading the pinned lists failed ` +
        `(${(error as Error).message}). Set BLOCKLISTS_DIR to a directory of category lists laid ` +
        'out as <source>/<name>.txt with one host per line, which holds the files named in ' +
        'scripts/blocklist-sources.json, for example `BLOCKLISTS_DIR=/path/to/blocklists npm run rulesets`.',
      { cause: error },
    );
  }
  return resolve(options.cacheDir);
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Hashes everything that changes the outputs, so an unchanged build can be skipped. */
function computeInputHash(inputs: ListInputs, maxDomainsPerRule: number, neverBlock: readonly string[]): string {
  return sha256Hex(
    JSON.stringify({
      compilerVersion: RULESET_COMPILER_VERSION,
      extensionId: EXTENSION_ID,
      maxDomainsPerRule,
      categories: CATEGORIES.map((category) => [category.id, category.sources]),
      sources: inputs.sources.map((source) => [source.file, source.sha256]),
      licences: inputs.licences.map((licence) => [licence.file, licence.sha256]),
      neverBlock: [...neverBlock].sort(),
    }),
  );
}

// Only the field that decides freshness is checked. The rest is returned as written.
const previousStatsSchema = z.looseObject({ inputHash: z.string() });

/** Returns the previous stats when they record `inputHash` and every output file exists. */
async function readUpToDateStats(
  publicDir: string,
  inputHash: string,
  inputs: ListInputs,
): Promise<RulesetStatsFile | undefined> {
  const statsPath = join(publicDir, 'rulesets', 'stats.json');
  if (!(await isFile(statsPath))) return undefined;

  const parsed = previousStatsSchema.safeParse(parseJsonOrUndefined(await readFile(statsPath, 'utf8')));
  if (!parsed.success || parsed.data.inputHash !== inputHash) return undefined;

  const outputs = [
    ...CATEGORIES.map((category) => join(publicDir, 'rulesets', `${category.id}.json`)),
    ...inputs.licences.map((licence) => join(publicDir, licence.copiedTo)),
    join(publicDir, 'THIRD-PARTY-NOTICES.txt'),
  ];
  for (const output of outputs) {
    if (!(await isFile(output))) return undefined;
  }
  return parsed.data as unknown as RulesetStatsFile;
}

/** Parses JSON, or returns undefined for a truncated or hand-edited file that is not JSON. */
function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

/** Writes rulesets, licences and notices, then stats.json last, so a failed run is redone. */
async function writeOutputs(
  options: CompileCommandOptions,
  compiled: readonly CompiledRuleset[],
  inputs: ListInputs,
  stats: RulesetStatsFile,
): Promise<void> {
  const { publicDir } = options;
  await mkdir(join(publicDir, 'rulesets'), { recursive: true });
  await mkdir(join(publicDir, 'licenses'), { recursive: true });

  for (const ruleset of compiled) {
    await writeFile(join(publicDir, 'rulesets', `${ruleset.categoryId}.json`), ruleset.json);
  }
  // Read and write instead of copyFile, which would keep a read-only mode from the source.
  for (const licence of inputs.licences) {
    await writeFile(join(publicDir, licence.copiedTo), await readFile(licence.absolutePath));
  }
  const notices = buildThirdPartyNotices(describeSourceUsage(inputs, options.manifest));
  await writeFile(join(publicDir, 'THIRD-PARTY-NOTICES.txt'), notices);
  await writeFile(join(publicDir, 'rulesets', 'stats.json'), `${JSON.stringify(stats, null, 2)}\n`);
}

/** Groups the list files of CATEGORIES by source, for THIRD-PARTY-NOTICES.txt. */
function describeSourceUsage(inputs: ListInputs, manifest: SourceManifest): SourceUsage[] {
  const usages = new Map<string, { files: string[]; rulesetIds: Set<CategoryId> }>();
  for (const category of CATEGORIES) {
    for (const file of category.sources) {
      const source = sourceOfListFile(file);
      const usage = usages.get(source) ?? { files: [], rulesetIds: new Set<CategoryId>() };
      if (!usage.files.includes(file)) usage.files.push(file);
      usage.rulesetIds.add(category.id);
      usages.set(source, usage);
    }
  }

  const pinnedUrls = new Map(manifest.lists.map((list) => [list.file, list.url]));
  return [...usages].map(([source, usage]) => ({
    source,
    files: usage.files.map((file) => ({ file, url: pinnedUrls.get(file) })),
    rulesetIds: [...usage.rulesetIds].map((id) => `rulesets/${id}.json`),
    licencePath: inputs.licences.find((licence) => licence.source === source)?.copiedTo,
  }));
}

function logUnpinnedSources(inputs: ListInputs, log: (line: string) => void): void {
  const unpinned = inputs.sources.filter((source) => !source.matchesManifest).map((source) => source.file);
  if (unpinned.length === 0) return;

  log(
    `Note: ${unpinned.length} list file(s) in ${inputs.listsDir} differ from the sha256 pinned in ` +
      `scripts/blocklist-sources.json: ${unpinned.join(', ')}`,
  );
}

/** Reads and parses scripts/blocklist-sources.json. */
export async function readSourceManifest(path: string = MANIFEST_PATH): Promise<SourceManifest> {
  return parseSourceManifest(JSON.parse(await readFile(path, 'utf8')), path);
}

async function runFromCommandLine(): Promise<void> {
  const startedAt = performance.now();
  const result = await main({
    blocklistsDir: process.env.BLOCKLISTS_DIR,
    publicDir: join(REPOSITORY_ROOT, 'public'),
    cacheDir: join(REPOSITORY_ROOT, '.cache', 'blocklists'),
    manifest: await readSourceManifest(),
  });
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  console.log(`${result.upToDate ? 'Checked' : 'Compiled'} rulesets in ${seconds} s.`);
}

const isCommandLineEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isCommandLineEntry) {
  runFromCommandLine().catch((error: unknown) => {
    console.error(`compile-rulesets: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
