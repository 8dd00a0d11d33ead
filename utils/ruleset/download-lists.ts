import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { normaliseUpstreamList } from './normalise-upstream';
import type { PinnedList, SourceManifest } from './source-manifest';

/** Fetches a URL and returns its body as text. Throws on a network error or a non-2xx status. */
export type FetchText = (url: string) => Promise<string>;

const DOWNLOAD_TIMEOUT_MS = 60_000;

/**
 * Default FetchText: the global fetch with a 60-second timeout per file.
 * NOTE: this has never run against the real upstream hosts. Tests serve lists from a loopback
 * server, so the pinned URLs and whether real upstream files normalise to the pinned sha256
 * are unverified.
 */
export async function fetchTextOverHttp(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`GET ${url} failed with HTTP ${response.status}`);
  return response.text();
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Fills `cacheDir` with the pinned lists in the compiler's line format, plus the licence files
 * that have a URL. A list already cached with the pinned sha256 is not fetched again. Throws
 * when a fetch fails or a normalised list does not hash to its pinned sha256, and then leaves
 * no file behind for that list.
 */
export async function downloadPinnedLists(
  manifest: SourceManifest,
  cacheDir: string,
  fetchText: FetchText = fetchTextOverHttp,
  log: (line: string) => void = () => {},
): Promise<void> {
  for (const list of manifest.lists) {
    const target = join(cacheDir, list.file);
    if ((await readSha256(target)) === list.sha256) continue;

    log(`Downloading ${list.file} from ${list.url}`);
    await writeFileAtomically(target, await fetchPinnedList(list, fetchText));
  }

  for (const licence of manifest.licenceFiles) {
    if (licence.url === null || (await readSha256(join(cacheDir, licence.file))) !== undefined) continue;

    log(`Downloading ${licence.file} from ${licence.url}`);
    await writeFileAtomically(join(cacheDir, licence.file), await fetchText(licence.url));
  }
}

async function fetchPinnedList(list: PinnedList, fetchText: FetchText): Promise<string> {
  const normalised = normaliseUpstreamList(await fetchText(list.url), list.format);
  const actual = sha256Hex(normalised.text);
  if (actual !== list.sha256) {
    throw new Error(
      `${list.file}: the normalised download from ${list.url} has sha256 ${actual}, but the ` +
        `manifest pins ${list.sha256}.`,
    );
  }
  return normalised.text;
}

/** Returns the sha256 of a file, or undefined when the file does not exist. */
async function readSha256(path: string): Promise<string | undefined> {
  try {
    return sha256Hex(await readFile(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function writeFileAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}
