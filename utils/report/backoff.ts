/** Retry delays for report delivery: exponential with jitter, capped. */
export const BASE_RETRY_DELAY_MS = 30_000;
export const MAX_RETRY_DELAY_MS = 60 * 60 * 1000;
const JITTER_FRACTION = 0.2;

/**
 * Returns the delay before attempt number `attempts + 1`. `random` is a value in [0, 1); the
 * result lies within ±20% of the exponential delay so that many devices do not retry in step.
 */
export function retryDelay(attempts: number, random = Math.random()): number {
  const exponential = Math.min(BASE_RETRY_DELAY_MS * 2 ** attempts, MAX_RETRY_DELAY_MS);
  const jitter = (random * 2 - 1) * JITTER_FRACTION * exponential;
  return Math.round(Math.max(BASE_RETRY_DELAY_MS, exponential + jitter));
}

/** Parses a Retry-After header (seconds or an HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null;

  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;

  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
