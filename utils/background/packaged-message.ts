import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import type { MessageKey } from '../i18n';
import type { Language } from '../language';

/**
 * The worker's one translated string, the context-menu title, comes from the packaged
 * `_locales/<language>/messages.json`. Bundling every screen's text (utils/i18n.ts) instead would
 * add it to the code that each start of the worker evaluates. Chrome's `i18n.getMessage` follows
 * the browser's language rather than the one chosen in the extension.
 */
const packagedMessagesSchema = z.record(z.string(), z.object({ message: z.string() }));

/** Fetches a file of the installed extension by its path, such as `/_locales/vi/messages.json`. */
export type PackagedFileFetch = (path: string) => Promise<Response>;

const fetchPackagedFile: PackagedFileFetch = (path) => fetch(browser.runtime.getURL(path as '/'));

/** Returns the message for `key` in `language` from the packaged messages file. */
export async function packagedMessage(language: Language, key: MessageKey, fetchFile = fetchPackagedFile): Promise<string> {
  const response = await fetchFile(`/_locales/${language}/messages.json`);
  if (!response.ok) throw new Error(`Failed to read the ${language} messages file (HTTP ${response.status})`);

  const messages = packagedMessagesSchema.parse(await response.json());
  const entry = messages[key];
  if (!entry) throw new Error(`Message "${key}" is missing from the ${language} messages file`);

  return entry.message;
}
