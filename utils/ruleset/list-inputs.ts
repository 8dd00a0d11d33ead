import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { CategoryDefinition } from '../categories';
import { sha256Hex } from './download-lists';
import { sourceOfListFile, type SourceManifest } from './source-manifest';

export interface SourceFileRecord {
  file: string;
  sha256: string;
  bytes: number;
  /** Whether the file hashes to the sha256 pinned in the source manifest. */
  matchesManifest: boolean;
}

export interface LicenceFileRecord {
  source: string;
  file: string;
  sha256: string;
  /** Path inside the extension package, relative to the public folder. */
  copiedTo: string;
}

/** Category lists and licence files read from one blocklists directory. */
export interface ListInputs {
  listsDir: string;
  /** List text by path relative to `listsDir`. */
  texts: Map<string, string>;
  sources: SourceFileRecord[];
  licences: (LicenceFileRecord & { absolutePath: string })[];
}

/**
 * Reads every list named by the categories and the licence file of each source they use.
 * Throws when a list, or a licence file that exists upstream, is missing from `listsDir`.
 */
export async function loadListInputs(
  listsDir: string,
  categories: readonly CategoryDefinition[],
  manifest: SourceManifest,
): Promise<ListInputs> {
  const files = [...new Set(categories.flatMap((category) => category.sources))].sort();
  const pinned = new Map(manifest.lists.map((list) => [list.file, list.sha256]));
  const texts = new Map<string, string>();
  const sources: SourceFileRecord[] = [];

  for (const file of files) {
    const bytes = await readRequiredFile(join(listsDir, file), `List ${file}, named by a category,`);
    const sha256 = sha256Hex(bytes);
    texts.set(file, bytes.toString('utf8'));
    sources.push({ file, sha256, bytes: bytes.byteLength, matchesManifest: pinned.get(file) === sha256 });
  }

  const usedSources = [...new Set(files.map(sourceOfListFile))].sort();
  const licences = await loadLicenceFiles(listsDir, manifest, usedSources);
  return { listsDir, texts, sources, licences };
}

async function loadLicenceFiles(
  listsDir: string,
  manifest: SourceManifest,
  usedSources: readonly string[],
): Promise<ListInputs['licences']> {
  const licences: ListInputs['licences'] = [];
  for (const source of usedSources) {
    const entry = manifest.licenceFiles.find((licence) => licence.source === source);
    if (entry === undefined) {
      throw new Error(
        `The blocklist source manifest has no licenceFiles entry for source "${source}". Add one to scripts/blocklist-sources.json.`,
      );
    }

    const absolutePath = join(listsDir, entry.file);
    // A source whose licence is published upstream only as a web page has no file in the
    // download cache. Its THIRD-PARTY-NOTICES.txt section still names and links the licence.
    if (entry.url === null && !(await isFile(absolutePath))) continue;

    const bytes = await readRequiredFile(absolutePath, `Licence file ${entry.file}`);
    const copiedTo = `licenses/${source}-${basename(entry.file)}`;
    licences.push({ source, file: entry.file, sha256: sha256Hex(bytes), copiedTo, absolutePath });
  }
  return licences;
}

export async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

async function readRequiredFile(path: string, description: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new Error(`${description} was not found at ${path}. Check BLOCKLISTS_DIR.`, { cause: error });
  }
}
