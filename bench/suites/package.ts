import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../../tests/support/chromium';
import { formatBytes, table } from '../lib/report';
import type { SuiteResult } from '../lib/report';
import { listFiles, zipSize } from '../lib/zip-size';

/** Skips _metadata/, which Chromium writes into an unpacked build it has loaded and no package contains. */
const isNotPackaged = (path: string): boolean => path === '_metadata' || path.startsWith('_metadata/');

const ENTRY_POINTS = ['background.js', 'content-script.js', 'popup.html', 'options.html', 'report.html', 'blocked.html'];

/** Size of the packaged extension and of each entry point with the files it loads. */
export function runPackageSuite(): SuiteResult {
  const files = listFiles(EXTENSION_DIR, isNotPackaged);
  const rawBytes = files.reduce((total, name) => total + statSync(join(EXTENSION_DIR, name)).size, 0);
  const zipBytes = zipSize(EXTENSION_DIR, files);
  const rulesetFiles = files.filter((name) => name.startsWith('rulesets/'));

  const rows = ENTRY_POINTS.map((entry) => {
    const loaded = filesLoadedBy(entry);
    const raw = loaded.reduce((total, name) => total + statSync(join(EXTENSION_DIR, name)).size, 0);
    const gzip = loaded.reduce((total, name) => total + gzipSync(readFileSync(join(EXTENSION_DIR, name)), { level: 9 }).length, 0);
    return [`\`${entry}\``, String(loaded.length), formatBytes(raw), formatBytes(gzip)];
  });

  const markdown = [
    `Package: ${files.length} files, ${formatBytes(rawBytes)} unpacked, **${formatBytes(zipBytes)} as a zip** (deflate level 9, size computed by bench/lib/zip-size.ts). The rulesets are ${formatBytes(zipSize(EXTENSION_DIR, rulesetFiles))} of the zip.`,
    '',
    'Entry points with every script and stylesheet they load (static imports followed):',
    '',
    table(['entry point', 'files', 'raw', 'gzip -9'], rows),
  ].join('\n');
  return { title: 'Package', markdown, budgets: [] };
}

/** Follows `<script src>`, `<link href>` and static `import` statements from one entry file. */
function filesLoadedBy(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const text = readFileSync(join(EXTENSION_DIR, name), 'utf8');
    const references = name.endsWith('.html')
      ? [...text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((match) => match[1]!)
      : [...text.matchAll(/(?:from|import)\s*["']\.{1,2}\/([^"']+\.js)["']/g)].map((match) => resolveChunk(name, match[0]!, match[1]!));
    for (const reference of references) visit(reference);
  };
  visit(entry);
  return [...seen];
}

/** Resolves a relative import inside a chunk. WXT writes chunks to chunks/ and imports them as ./ or ../chunks/. */
function resolveChunk(from: string, statement: string, target: string): string {
  const folder = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
  if (statement.includes('../')) return target;
  return folder ? `${folder}/${target}` : target;
}
