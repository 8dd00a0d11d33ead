/**
 * Locale messages are kept in one file per screen (`locales/<language>/<screen>.json`) and merged
 * into Chrome's single `_locales/<language>/messages.json` at build time. Merging refuses a key
 * defined twice, so two screens cannot silently overwrite each other's text.
 */
export interface LocaleEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type LocaleCatalog = Record<string, LocaleEntry>;

export function mergeLocaleFiles(files: Record<string, LocaleCatalog>): LocaleCatalog {
  const merged: LocaleCatalog = {};
  const origin: Record<string, string> = {};

  for (const [fileName, entries] of Object.entries(files)) {
    for (const [key, entry] of Object.entries(entries)) {
      if (key in merged) throw new Error(`Locale key "${key}" is defined in both ${origin[key]} and ${fileName}`);
      merged[key] = entry;
      origin[key] = fileName;
    }
  }
  return merged;
}
