import { browser } from 'wxt/browser';
import { createLogger } from '../logger';
import {
  FREE_PIN_FAILURES,
  INITIAL_PIN_ATTEMPT_STATE,
  pinAttemptStateSchema,
  recordPinFailure,
  recordPinSuccess,
  remainingLockoutMs,
  type PinAttemptState,
} from './pin-attempts';
import { hashPin, isValidPin, pinRecordSchema, verifyPin, type PinRecord } from './pin-hash';
import { markOptionsUnlocked } from './unlock-session';

/**
 * The parent PIN in `storage.local`: the salted hash record and the attempt limiter's state.
 * Only extension pages and the service worker can read that area, because the background
 * restricts it to trusted contexts at its first start in each browser session, and Chrome keeps
 * that access level while the worker is stopped and started again.
 */
export const PIN_RECORD_KEY = 'parentPin';
export const PIN_ATTEMPTS_KEY = 'parentPinAttempts';
const PIN_LOCK_NAME = 'khien-xanh-parent-pin';
const log = createLogger('pin');

/**
 * `missing`: no PIN yet, so the parent is asked to create one. `damaged`: a record exists but is
 * not a valid PIN record; the gate stays closed rather than letting anyone set a new PIN.
 */
export type PinStatus = 'missing' | 'set' | 'damaged';

export type UnlockResult =
  | { outcome: 'unlocked' }
  | { outcome: 'wrongPin'; waitMs: number }
  | { outcome: 'tooManyAttempts'; waitMs: number };

/**
 * Runs `task` while holding a lock shared by every extension page, so that two tabs cannot both
 * read the same attempt count and each get a free guess. Web Locks exist in Chrome's extension
 * pages and workers; Node 20, where the unit tests run, has no `navigator`, and there one caller
 * at a time is the rule anyway.
 */
function withPinLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return task();
  // request() resolves with the callback's awaited result, which TypeScript 5.9's DOM types miss.
  return locks.request(PIN_LOCK_NAME, task) as unknown as Promise<T>;
}

async function readPinRecord(): Promise<{ status: PinStatus; record: PinRecord | null }> {
  const stored = await browser.storage.local.get(PIN_RECORD_KEY);
  const raw: unknown = stored[PIN_RECORD_KEY];
  if (raw === undefined) return { status: 'missing', record: null };

  const parsed = pinRecordSchema.safeParse(raw);
  if (parsed.success) return { status: 'set', record: parsed.data };
  log.error('The stored parent PIN record is invalid; the options page stays locked', parsed.error.issues);
  return { status: 'damaged', record: null };
}

export async function loadPinStatus(): Promise<PinStatus> {
  return (await readPinRecord()).status;
}

async function readAttemptState(): Promise<PinAttemptState> {
  const stored = await browser.storage.local.get(PIN_ATTEMPTS_KEY);
  const raw: unknown = stored[PIN_ATTEMPTS_KEY];
  if (raw === undefined) return { ...INITIAL_PIN_ATTEMPT_STATE };

  const parsed = pinAttemptStateSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  // A damaged count must not give free guesses: one more wrong PIN starts the wait. The next
  // attempt overwrites the damaged value.
  log.error('The stored PIN attempt state is invalid; the next wrong PIN starts a wait', parsed.error.issues);
  return { failures: FREE_PIN_FAILURES, lastFailureAt: null };
}

/** Returns the milliseconds before the next PIN attempt is allowed, or 0. */
export async function pinWaitMs(now: number): Promise<number> {
  return remainingLockoutMs(await readAttemptState(), now);
}

/**
 * Stores the first parent PIN and unlocks the options page. Throws when the PIN breaks the
 * 4–8 digit rule or when a PIN already exists, because replacing a PIN needs the current one
 * (see changeParentPin).
 */
export async function createParentPin(pin: string, now: number): Promise<void> {
  if (!isValidPin(pin)) throw new Error('A PIN must be 4 to 8 digits (0-9).');

  await withPinLock(async () => {
    const { status } = await readPinRecord();
    if (status !== 'missing') throw new Error('A parent PIN already exists; unlock with it or change it instead.');

    await browser.storage.local.set({ [PIN_RECORD_KEY]: await hashPin(pin), [PIN_ATTEMPTS_KEY]: recordPinSuccess() });
  });
  await markOptionsUnlocked(now);
  log.info('Parent PIN created');
}

/** Checks `pin` against the stored record under the rate limit, recording the outcome. */
async function checkPin(pin: string, now: number): Promise<UnlockResult> {
  const attempts = await readAttemptState();
  const waitMs = remainingLockoutMs(attempts, now);
  if (waitMs > 0) return { outcome: 'tooManyAttempts', waitMs };

  const { record } = await readPinRecord();
  if (record !== null && (await verifyPin(pin, record))) {
    await browser.storage.local.set({ [PIN_ATTEMPTS_KEY]: recordPinSuccess() });
    return { outcome: 'unlocked' };
  }

  const next = recordPinFailure(attempts, now);
  await browser.storage.local.set({ [PIN_ATTEMPTS_KEY]: next });
  log.warn(`Wrong parent PIN (${next.failures} in a row)`);
  return { outcome: 'wrongPin', waitMs: remainingLockoutMs(next, now) };
}

/**
 * Unlocks the options page for a while when `pin` is right. A wrong PIN counts towards the
 * attempt limit, and no PIN is checked while the limit makes the parent wait.
 */
export async function unlockWithPin(pin: string, now: number): Promise<UnlockResult> {
  const result = await withPinLock(() => checkPin(pin, now));
  if (result.outcome === 'unlocked') await markOptionsUnlocked(now);
  return result;
}

/**
 * Replaces the PIN after checking the current one under the same attempt limit as unlocking.
 * Throws when the new PIN breaks the 4–8 digit rule.
 */
export async function changeParentPin(currentPin: string, newPin: string, now: number): Promise<UnlockResult> {
  if (!isValidPin(newPin)) throw new Error('A PIN must be 4 to 8 digits (0-9).');

  return withPinLock(async () => {
    const result = await checkPin(currentPin, now);
    if (result.outcome === 'unlocked') {
      await browser.storage.local.set({ [PIN_RECORD_KEY]: await hashPin(newPin) });
      log.info('Parent PIN changed');
    }
    return result;
  });
}
