import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { isNormalizedDomain } from '../domain-list';
import { createLogger } from '../logger';

/**
 * State kept per extra list URL: the last good domains, and when and how it was last fetched.
 * Built on first use: most starts of the service worker read no list.
 */
export const listStateSchema = z.lazy(() =>
  z.object({
    domains: z.array(z.string().check(z.refine(isNormalizedDomain))),
    updatedAt: z.nullable(z.number()),
    lastAttemptAt: z.number(),
    lastError: z.nullable(z.string()),
    invalidLines: z.int().check(z.nonnegative()),
  }),
);
export type ListState = z.infer<typeof listStateSchema>;

const STORAGE_KEY = 'extraLists';
const log = createLogger('extra-lists');

export async function loadListStates(): Promise<Record<string, ListState>> {
  const stored = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY];
  const parsed = z.record(z.string(), listStateSchema).safeParse(stored ?? {});
  if (parsed.success) return parsed.data;

  log.error('Stored extra lists are invalid and were reset; they will be fetched again', parsed.error.issues);
  return {};
}

/** Summaries for the options page, without the domains themselves. */
export function listStatuses(states: Record<string, ListState>) {
  return Object.entries(states).map(([url, state]) => ({
    url,
    domainCount: state.domains.length,
    updatedAt: state.updatedAt,
    lastError: state.lastError,
    invalidLines: state.invalidLines,
  }));
}

export async function saveListStates(states: Record<string, ListState>): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEY]: states });
}

/** Calls `listener` whenever a list was fetched or its state changed. */
export function watchListStates(listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && STORAGE_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
