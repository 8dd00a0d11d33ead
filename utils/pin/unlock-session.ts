import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { createLogger } from '../logger';

/**
 * How long the options page stays unlocked after the right PIN, so that a reload or a second
 * options tab does not ask again. The end time lives in `storage.session`, which Chrome keeps in
 * memory only (a browser restart locks the page again) and, by default, shows only to extension
 * pages and the service worker, never to content scripts.
 */
export const UNLOCK_DURATION_MS = 10 * 60_000;
export const UNLOCKED_UNTIL_KEY = 'optionsUnlockedUntil';
const log = createLogger('pin');

const unlockedUntilSchema = z.int().check(z.minimum(0));

/** Returns the Unix time in milliseconds until which the options page is unlocked, or 0. */
export async function optionsUnlockedUntil(now: number): Promise<number> {
  const stored = await browser.storage.session.get(UNLOCKED_UNTIL_KEY);
  const raw: unknown = stored[UNLOCKED_UNTIL_KEY];
  if (raw === undefined) return 0;

  const parsed = unlockedUntilSchema.safeParse(raw);
  if (!parsed.success) {
    log.error('The stored unlock time is invalid; the options page is locked', parsed.error.issues);
    return 0;
  }
  // An end time further away than one unlock period means the clock went back; lock then.
  return parsed.data > now && parsed.data <= now + UNLOCK_DURATION_MS ? parsed.data : 0;
}

export async function markOptionsUnlocked(now: number): Promise<void> {
  await browser.storage.session.set({ [UNLOCKED_UNTIL_KEY]: now + UNLOCK_DURATION_MS });
}

/** Locks the options page in every tab at once (the "Lock" button). */
export async function lockOptions(): Promise<void> {
  await browser.storage.session.remove(UNLOCKED_UNTIL_KEY);
}

/** Calls `listener` when the page is unlocked or locked in another tab. */
export function watchUnlockChanges(listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'session' && UNLOCKED_UNTIL_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
