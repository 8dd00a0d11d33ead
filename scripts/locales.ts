import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeLocaleFiles } from '../utils/locale-catalog';
import type { LocaleCatalog } from '../utils/locale-catalog';

/** Reads `locales/<language>/*.json` and returns the merged `messages.json` for each language. */
export function buildLocaleMessages(localesDir: string): Record<string, LocaleCatalog> {
  const result: Record<string, LocaleCatalog> = {};

  for (const language of readdirSync(localesDir)) {
    const files: Record<string, LocaleCatalog> = {};
    for (const fileName of readdirSync(join(localesDir, language)).filter((name) => name.endsWith('.json')).sort()) {
      files[fileName] = JSON.parse(readFileSync(join(localesDir, language, fileName), 'utf8')) as LocaleCatalog;
    }
    result[language] = mergeLocaleFiles(files);
  }
  return result;
}
