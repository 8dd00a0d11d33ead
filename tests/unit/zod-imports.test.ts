import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The extension imports zod's functional build, `zod/mini`. The method-chaining build (`zod`)
// binds every method to every schema it creates. In the service worker that cost about 60 kB of
// bundle and, by one measurement, 15 ms of each cold start (docs/benchmarks.md). One import of it
// anywhere the worker reaches brings that back. Scripts and tests are checked too, so that the
// project keeps one zod API.
const SOURCE_DIRS = ['utils', 'components', 'entrypoints', 'scripts', 'bench', 'tests'];
const ZOD_IMPORT = /from\s+['"](zod(?:\/[^'"]*)?)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('zod imports', () => {
  it('use zod/mini in every source file', () => {
    const files = SOURCE_DIRS.flatMap(sourceFiles);
    const imports = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(ZOD_IMPORT)].map((match) => ({ file, module: match[1] })),
    );

    expect(imports.length).toBeGreaterThan(20);
    expect(imports.filter((entry) => entry.module !== 'zod/mini')).toEqual([]);
  });
});
