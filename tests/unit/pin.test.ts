import { describe, expect, it } from 'vitest';
import {
  FIRST_LOCKOUT_MS,
  INITIAL_PIN_ATTEMPT_STATE,
  isPinAttemptAllowed,
  lockoutDurationMs,
  MAX_LOCKOUT_MS,
  nextAttemptAllowedAt,
  pinAttemptStateSchema,
  recordPinFailure,
  recordPinSuccess,
  remainingLockoutMs,
  type PinAttemptState,
} from '../../utils/pin/pin-attempts';
import {
  constantTimeEqual,
  decodeBase64,
  encodeBase64,
  hashPin,
  isValidPin,
  PIN_ALGORITHM,
  PIN_ITERATIONS,
  pinRecordSchema,
  pinSchema,
  verifyPin,
} from '../../utils/pin/pin-hash';

const FIXED_SALT = Uint8Array.from({ length: 16 }, (_, index) => index);

describe('PIN rules', () => {
  it.each(['1234', '00000000', '987654'])('accepts %j', (pin) => {
    expect(isValidPin(pin)).toBe(true);
    expect(pinSchema.safeParse(pin).success).toBe(true);
  });

  it.each(['', '123', '123456789', '12a4', ' 1234', '١٢٣٤'])('rejects %j', (pin) => {
    expect(isValidPin(pin)).toBe(false);
    expect(pinSchema.safeParse(pin).success).toBe(false);
  });
});

describe('hashPin', () => {
  it('returns a record that passes the schema', async () => {
    const record = await hashPin('2468');

    expect(pinRecordSchema.safeParse(record).success).toBe(true);
    expect(record.algorithm).toBe(PIN_ALGORITHM);
    expect(record.iterations).toBe(PIN_ITERATIONS);
    expect(decodeBase64(record.salt)).toHaveLength(16);
    expect(decodeBase64(record.hash)).toHaveLength(32);
  });

  it('draws a new salt for each hash', async () => {
    const first = await hashPin('2468');
    const second = await hashPin('2468');

    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
  });

  it('is deterministic for a fixed salt', async () => {
    const first = await hashPin('2468', FIXED_SALT);
    const second = await hashPin('2468', FIXED_SALT);

    expect(first).toEqual(second);
    expect(first.salt).toBe(encodeBase64(FIXED_SALT));
  });

  it('matches PBKDF2-SHA-256 computed directly', async () => {
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('2468'), 'PBKDF2', false, ['deriveBits']);
    const bits = await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: FIXED_SALT, iterations: PIN_ITERATIONS },
      key,
      256,
    );

    const record = await hashPin('2468', FIXED_SALT);

    expect(record.hash).toBe(encodeBase64(new Uint8Array(bits)));
  });

  it('throws for an invalid PIN', async () => {
    await expect(hashPin('12')).rejects.toThrow(/4 to 8 digits/);
  });

  it('throws for a salt of the wrong size', async () => {
    await expect(hashPin('1234', new Uint8Array(8))).rejects.toThrow(/salt of 16 bytes/);
  });
});

describe('verifyPin', () => {
  it('accepts the right PIN', async () => {
    const record = await hashPin('135790');

    expect(await verifyPin('135790', record)).toBe(true);
  });

  it('rejects a wrong PIN', async () => {
    const record = await hashPin('135790');

    expect(await verifyPin('135791', record)).toBe(false);
    expect(await verifyPin('13579', record)).toBe(false);
  });

  it('rejects a PIN that breaks the rules', async () => {
    const record = await hashPin('1234');

    expect(await verifyPin('12x4', record)).toBe(false);
  });

  it('uses the iteration count stored in the record', async () => {
    const salt = FIXED_SALT;
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('4321'), 'PBKDF2', false, ['deriveBits']);
    const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 150_000 }, key, 256);
    const olderRecord = {
      algorithm: PIN_ALGORITHM,
      iterations: 150_000,
      salt: encodeBase64(salt),
      hash: encodeBase64(new Uint8Array(bits)),
    } as const;

    expect(pinRecordSchema.safeParse(olderRecord).success).toBe(true);
    expect(await verifyPin('4321', olderRecord)).toBe(true);
  });
});

describe('pinRecordSchema', () => {
  it('rejects damaged records', async () => {
    const record = await hashPin('1234');

    expect(pinRecordSchema.safeParse({ ...record, algorithm: 'MD5' }).success).toBe(false);
    expect(pinRecordSchema.safeParse({ ...record, iterations: 1000 }).success).toBe(false);
    expect(pinRecordSchema.safeParse({ ...record, salt: 'AAAA' }).success).toBe(false);
    expect(pinRecordSchema.safeParse({ ...record, hash: 'not base64!' }).success).toBe(false);
    expect(pinRecordSchema.safeParse({ hash: record.hash }).success).toBe(false);
  });
});

describe('constantTimeEqual', () => {
  it('compares bytes', () => {
    expect(constantTimeEqual(Uint8Array.of(1, 2, 3), Uint8Array.of(1, 2, 3))).toBe(true);
    expect(constantTimeEqual(Uint8Array.of(1, 2, 3), Uint8Array.of(1, 2, 4))).toBe(false);
    expect(constantTimeEqual(Uint8Array.of(1, 2, 3), Uint8Array.of(1, 2))).toBe(false);
    expect(constantTimeEqual(new Uint8Array(0), new Uint8Array(0))).toBe(true);
  });
});

describe('base64 helpers', () => {
  it('round-trip every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, index) => index);

    expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes);
  });
});

describe('lockoutDurationMs', () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 30_000],
    [6, 60_000],
    [7, 120_000],
    [8, 240_000],
    [9, 480_000],
    [10, MAX_LOCKOUT_MS],
    [50, MAX_LOCKOUT_MS],
    [10_000, MAX_LOCKOUT_MS],
  ])('after %i failures waits %i ms', (failures, expected) => {
    expect(lockoutDurationMs(failures)).toBe(expected);
  });
});

describe('nextAttemptAllowedAt', () => {
  it('is 0 without a failure', () => {
    expect(nextAttemptAllowedAt(0, null)).toBe(0);
  });

  it('adds the lockout to the last failure', () => {
    expect(nextAttemptAllowedAt(3, 1_000_000)).toBe(1_000_000);
    expect(nextAttemptAllowedAt(5, 1_000_000)).toBe(1_000_000 + FIRST_LOCKOUT_MS);
    expect(nextAttemptAllowedAt(20, 1_000_000)).toBe(1_000_000 + MAX_LOCKOUT_MS);
  });
});

describe('PIN attempt state', () => {
  it('allows four free failures then waits 30 s', () => {
    let state: PinAttemptState = INITIAL_PIN_ATTEMPT_STATE;
    const start = 1_700_000_000_000;

    for (let attempt = 0; attempt < 4; attempt += 1) state = recordPinFailure(state, start);
    expect(isPinAttemptAllowed(state, start)).toBe(true);

    state = recordPinFailure(state, start);
    expect(state.failures).toBe(5);
    expect(isPinAttemptAllowed(state, start + 29_999)).toBe(false);
    expect(remainingLockoutMs(state, start + 10_000)).toBe(20_000);
    expect(isPinAttemptAllowed(state, start + 30_000)).toBe(true);
  });

  it('doubles the wait with each further failure', () => {
    const start = 1_700_000_000_000;
    const state = recordPinFailure({ failures: 5, lastFailureAt: start }, start + 30_000);

    expect(remainingLockoutMs(state, start + 30_000)).toBe(60_000);
  });

  it('caps the wait when the clock moves back', () => {
    const state: PinAttemptState = { failures: 5, lastFailureAt: 1_700_000_000_000 };

    expect(remainingLockoutMs(state, 1_600_000_000_000)).toBe(FIRST_LOCKOUT_MS);
  });

  it('resets after a correct PIN', () => {
    const state = recordPinSuccess();

    expect(state).toEqual({ failures: 0, lastFailureAt: null });
    expect(isPinAttemptAllowed(state, 0)).toBe(true);
  });

  it('validates stored state', () => {
    expect(pinAttemptStateSchema.safeParse({ failures: 2, lastFailureAt: 5 }).success).toBe(true);
    expect(pinAttemptStateSchema.safeParse({ failures: -1, lastFailureAt: null }).success).toBe(false);
    expect(pinAttemptStateSchema.safeParse({ failures: 1.5, lastFailureAt: null }).success).toBe(false);
    expect(pinAttemptStateSchema.safeParse({ failures: 1 }).success).toBe(false);
  });
});
