import { describe, expect, it } from 'vitest';
import { BASE_RETRY_DELAY_MS, MAX_RETRY_DELAY_MS, parseRetryAfter, retryDelay } from '../../utils/report/backoff';

describe('retryDelay', () => {
  it('doubles with each attempt', () => {
    expect(retryDelay(0, 0.5)).toBe(BASE_RETRY_DELAY_MS);
    expect(retryDelay(1, 0.5)).toBe(2 * BASE_RETRY_DELAY_MS);
    expect(retryDelay(3, 0.5)).toBe(8 * BASE_RETRY_DELAY_MS);
  });

  it('stays within 20% jitter', () => {
    expect(retryDelay(2, 0)).toBe(Math.round(4 * BASE_RETRY_DELAY_MS * 0.8));
    expect(retryDelay(2, 0.999999)).toBeLessThanOrEqual(Math.round(4 * BASE_RETRY_DELAY_MS * 1.2));
  });

  it('is capped at the maximum delay plus jitter', () => {
    expect(retryDelay(50, 0.5)).toBe(MAX_RETRY_DELAY_MS);
  });

  it('never goes below the base delay', () => {
    expect(retryDelay(0, 0)).toBe(BASE_RETRY_DELAY_MS);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds', () => {
    expect(parseRetryAfter('120')).toBe(120_000);
  });

  it('reads an HTTP date', () => {
    const now = Date.parse('2026-12-04T10:00:00Z');
    expect(parseRetryAfter('Fri, 04 Dec 2026 10:01:00 GMT', now)).toBe(60_000);
  });

  it('returns null for a missing or invalid header', () => {
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
  });
});
