/**
 * Per-page flags that the background hands to the content script without a message. Each flag is
 * set by a tiny script (entrypoints/flag-*.ts) that the background registers with
 * `scripting.registerContentScripts` at `document_start`, only for the pages the flag applies to
 * (utils/content-flags/registration.ts). Content scripts of one extension share one isolated world
 * per document, so `content.js`, injected later at `document_idle`, reads the flags synchronously.
 *
 * This replaces a `getOverlaySettings` message from every page, which kept the service worker
 * awake and working on every page load. The isolated world's global object is out of the page's
 * reach, and the flags carry only what the page check and the button need: no setting a page
 * could use, no PIN, no list.
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
