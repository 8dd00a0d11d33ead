/**
 * Per-page flags that the background hands to the content script without a message. Each flag is
 * set by a tiny script (entrypoints/flag-*.ts) that the background injects just before
 * `content-script.js`, only into the pages the flag applies to (utils/content-flags/injection.ts).
 * Scripts of one extension share one isolated world per document, so `content-script.js` reads the flags
 * synchronously and never has to ask the service worker.
 *
 * The isolated world's global object is out of the page's reach, and the flags carry only what
 * the page check and the button need: no setting a page could use, no PIN, no list.
 */
export interface ContentFlags {
  /** The report button is turned off (parent or school policy); the form still opens on request. */
  overlayHidden?: true;
  /** No page check here: filtering is off, or the host is allowed or never blocked. */
  pageCheckOff?: true;
}

export type ContentFlagName = keyof ContentFlags;

const FLAGS_KEY = Symbol.for('khien-xanh.content-flags');
type FlagGlobal = typeof globalThis & { [FLAGS_KEY]?: ContentFlags };

/** Sets one flag for this document (called by a flag script). */
export function setContentFlag(name: ContentFlagName): void {
  const global = globalThis as FlagGlobal;
  global[FLAGS_KEY] = { ...global[FLAGS_KEY], [name]: true };
}

/** The flags set for this document so far; none when no flag script ran. */
export function readContentFlags(): ContentFlags {
  return { ...(globalThis as FlagGlobal)[FLAGS_KEY] };
}
