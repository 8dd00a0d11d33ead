import { mergeLocaleFiles } from './locale-catalog';
import type { LocaleCatalog } from './locale-catalog';
import { ENGLISH_FILES, VIETNAMESE_FILES } from './locale-files';
import { DEFAULT_LANGUAGE } from './language';
import type { Language } from './language';

/**
 * In-app translations. Chrome's own `i18n.getMessage` follows the browser's language, but a child
 * or parent must be able to switch between Vietnamese and English inside the extension, so the
 * pages bundle the same locale files that the build merges into `_locales`.
 */
export { DEFAULT_LANGUAGE, LANGUAGES, languageSchema } from './language';
export type { Language } from './language';

type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;

/** Every message key, from the Vietnamese files (the default locale). */
export type MessageKey = keyof UnionToIntersection<(typeof VIETNAMESE_FILES)[keyof typeof VIETNAMESE_FILES]>;

const CATALOGS: Record<Language, LocaleCatalog> = {
  vi: mergeLocaleFiles(VIETNAMESE_FILES),
  en: mergeLocaleFiles(ENGLISH_FILES),
};

/** Returns the message for `key` in `language`, with `$1`, `$2`… placeholders filled in order. */
export function translate(language: Language, key: MessageKey, substitutions: string[] = []): string {
  const entry = CATALOGS[language][key] ?? CATALOGS[DEFAULT_LANGUAGE][key];
  if (!entry) return key;

  return entry.message.replace(/\$([A-Z0-9_]+)\$/g, (placeholder, name: string) => {
    const content = entry.placeholders?.[name]?.content ?? placeholder;
    return content.replace(/\$(\d)/g, (_, index: string) => substitutions[Number(index) - 1] ?? '');
  });
}

/** Returns the extension's language for a browser UI language such as `vi-VN` or `en-US`. */
export function languageFromLocale(locale: string): Language {
  return locale.toLowerCase().startsWith('en') ? 'en' : 'vi';
}
