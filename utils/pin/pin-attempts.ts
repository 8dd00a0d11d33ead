import { z } from 'zod/mini';

/**
 * Rate limit for parent PIN attempts. The first few wrong PINs cost nothing, then each failure
 * doubles the wait up to a cap. Pure: the caller stores the state and passes the clock.
 *
 * NOTE: the wait is measured with the device clock, so a child who can set the clock forward
 * can skip it. The limit slows guessing at the keyboard; it is not a cryptographic guarantee.
 */

/** Wrong PINs allowed before the first wait. */
export const FREE_PIN_FAILURES = 4;
export const FIRST_LOCKOUT_MS = 30_000;
export const MAX_LOCKOUT_MS = 15 * 60_000;

/** Stored attempt state; `lastFailureAt` is a Unix time in milliseconds. */
export const pinAttemptStateSchema = z.object({
  failures: z.int().check(z.minimum(0)),
  lastFailureAt: z.nullable(z.int().check(z.minimum(0))),
});

export type PinAttemptState = z.infer<typeof pinAttemptStateSchema>;

export const INITIAL_PIN_ATTEMPT_STATE: PinAttemptState = { failures: 0, lastFailureAt: null };

/**
 * Returns the wait in milliseconds after `failures` wrong PINs in a row: none for the first
 * four, 30 s after the fifth, then doubling (60 s, 120 s, …) up to 15 minutes.
 */
export function lockoutDurationMs(failures: number): number {
  if (failures <= FREE_PIN_FAILURES) return 0;

  const doublings = failures - FREE_PIN_FAILURES - 1;
  return Math.min(FIRST_LOCKOUT_MS * 2 ** doublings, MAX_LOCKOUT_MS);
}

/**
 * Returns the Unix time in milliseconds from which the next attempt is allowed. Returns 0,
 * a time always in the past, when there has been no failure.
 */
export function nextAttemptAllowedAt(failures: number, lastFailureAt: number | null): number {
  if (lastFailureAt === null) return 0;
  return lastFailureAt + lockoutDurationMs(failures);
}

/**
 * Returns the milliseconds still to wait at `now`, or 0. The wait never exceeds the current
 * lockout duration, so a clock set back after a failure cannot lock the parent out for longer.
 */
export function remainingLockoutMs(state: PinAttemptState, now: number): number {
  const remaining = nextAttemptAllowedAt(state.failures, state.lastFailureAt) - now;
  return Math.max(0, Math.min(remaining, lockoutDurationMs(state.failures)));
}

export function isPinAttemptAllowed(state: PinAttemptState, now: number): boolean {
  return remainingLockoutMs(state, now) === 0;
}

/** Returns the state after a wrong PIN entered at `now`. */
export function recordPinFailure(state: PinAttemptState, now: number): PinAttemptState {
  return { failures: state.failures + 1, lastFailureAt: now };
}

/** Returns the state after a correct PIN: the count starts again. */
export function recordPinSuccess(): PinAttemptState {
  return { ...INITIAL_PIN_ATTEMPT_STATE };
}
