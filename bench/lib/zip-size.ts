import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateRawSync } from 'node:zlib';

const LOCAL_HEADER_BYTES = 30;
const CENTRAL_HEADER_BYTES = 46;
const END_RECORD_BYTES = 22;

/** Lists every file under `directory`, relative paths with forward slashes. */
export function listFiles(directory: string, skip: (path: string) => boolean = () => false): string[] {
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      const name = relative(directory, path).split('\\').join('/');
      if (skip(name)) continue;
      if (statSync(path).isDirectory()) walk(path);
      else files.push(name);
    }
  };
  walk(directory);
  return files.sort();
}

/**
 * Computes the exact size of a zip archive of the files (deflate level 9, no extra fields, no data
 * descriptors, no archive comment) without writing the archive. Packers that add extra fields,
 * such as Info-ZIP's timestamps, write a few dozen bytes more per file.
 * Each file costs its compressed bytes (or stored bytes, when deflate does not help) plus a local
 * and a central header that each repeat the name.
 */
export function zipSize(directory: string, files: string[]): number {
  let total = END_RECORD_BYTES;
  for (const name of files) {
    const content = readFileSync(join(directory, name));
    const compressed = Math.min(deflateRawSync(content, { level: 9 }).length, content.length);
    const nameBytes = Buffer.byteLength(name);
    total += LOCAL_HEADER_BYTES + CENTRAL_HEADER_BYTES + 2 * nameBytes + compressed;
  }
  return total;
}
