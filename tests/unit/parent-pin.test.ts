import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { changeParentPin, createParentPin, loadPinStatus, PIN_ATTEMPTS_KEY, PIN_RECORD_KEY, pinWaitMs, unlockWithPin } from '../../utils/pin/parent-pin';
import { FIRST_LOCKOUT_MS, FREE_PIN_FAILURES } from '../../utils/pin/pin-attempts';
import { pinRecordSchema } from '../../utils/pin/pin-hash';
import { lockOptions, optionsUnlockedUntil, UNLOCK_DURATION_MS, UNLOCKED_UNTIL_KEY } from '../../utils/pin/unlock-session';

const NOW = 1_800_000_000_000;

beforeEach(() => {
  fakeBrowser.reset();
});

async function storedLocal(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

describe('parent PIN store', () => {
  it('starts without a PIN', async () => {
    expect(await loadPinStatus()).toBe('missing');
    expect(await optionsUnlockedUntil(NOW)).toBe(0);
  });

  it('creates a hashed record and unlocks', async () => {
    await createParentPin('2468', NOW);

    const record = pinRecordSchema.parse(await storedLocal(PIN_RECORD_KEY));
    expect(JSON.stringify(record)).not.toContain('2468');
    expect(await loadPinStatus()).toBe('set');
    expect(await optionsUnlockedUntil(NOW)).toBe(NOW + UNLOCK_DURATION_MS);
  });

  it('rejects a second create', async () => {
    await createParentPin('2468', NOW);
    const first = await storedLocal(PIN_RECORD_KEY);

    await expect(createParentPin('1357', NOW)).rejects.toThrow(/already exists/);
    expect(await storedLocal(PIN_RECORD_KEY)).toEqual(first);
  });

  it('rejects a PIN that breaks the rule', async () => {
    await expect(createParentPin('12a4', NOW)).rejects.toThrow(/4 to 8 digits/);
    expect(await loadPinStatus()).toBe('missing');
  });

  it('reports a damaged record', async () => {
    await fakeBrowser.storage.local.set({ [PIN_RECORD_KEY]: { algorithm: 'md5', hash: 'x' } });
    expect(await loadPinStatus()).toBe('damaged');
    await expect(createParentPin('2468', NOW)).rejects.toThrow(/already exists/);
    expect(await unlockWithPin('2468', NOW)).toEqual({ outcome: 'wrongPin', waitMs: 0 });
  });
});

describe('unlocking with the PIN', () => {
  beforeEach(async () => {
    await createParentPin('2468', NOW);
    await lockOptions();
  });

  it('unlocks with the right PIN', async () => {
    expect(await unlockWithPin('2468', NOW)).toEqual({ outcome: 'unlocked' });
    expect(await optionsUnlockedUntil(NOW + 1000)).toBe(NOW + UNLOCK_DURATION_MS);
  });

  it('stays locked after a wrong PIN', async () => {
    expect(await unlockWithPin('1111', NOW)).toEqual({ outcome: 'wrongPin', waitMs: 0 });
    expect(await optionsUnlockedUntil(NOW)).toBe(0);
  });

  it('makes the parent wait after repeated failures', async () => {
    for (let attempt = 1; attempt <= FREE_PIN_FAILURES; attempt += 1) {
      expect(await unlockWithPin('1111', NOW + attempt)).toEqual({ outcome: 'wrongPin', waitMs: 0 });
    }
    const fifth = NOW + 10;
    expect(await unlockWithPin('1111', fifth)).toEqual({ outcome: 'wrongPin', waitMs: FIRST_LOCKOUT_MS });

    // During the wait even the right PIN is not checked, and the wait is kept in storage.
    expect(await unlockWithPin('2468', fifth + 1000)).toEqual({ outcome: 'tooManyAttempts', waitMs: FIRST_LOCKOUT_MS - 1000 });
    expect(await pinWaitMs(fifth + 1000)).toBe(FIRST_LOCKOUT_MS - 1000);
    expect(await optionsUnlockedUntil(fifth + 1000)).toBe(0);

    expect(await unlockWithPin('2468', fifth + FIRST_LOCKOUT_MS)).toEqual({ outcome: 'unlocked' });
    expect(await storedLocal(PIN_ATTEMPTS_KEY)).toEqual({ failures: 0, lastFailureAt: null });
  });

  it('treats a damaged attempt count as near the limit', async () => {
    await fakeBrowser.storage.local.set({ [PIN_ATTEMPTS_KEY]: 'many' });
    expect(await unlockWithPin('1111', NOW)).toEqual({ outcome: 'wrongPin', waitMs: FIRST_LOCKOUT_MS });
  });
});

describe('changing the PIN', () => {
  beforeEach(async () => {
    await createParentPin('2468', NOW);
  });

  it('needs the current PIN', async () => {
    expect(await changeParentPin('0000', '97531', NOW)).toEqual({ outcome: 'wrongPin', waitMs: 0 });
    await lockOptions();
    expect(await unlockWithPin('97531', NOW)).toMatchObject({ outcome: 'wrongPin' });
  });

  it('replaces the PIN', async () => {
    expect(await changeParentPin('2468', '97531', NOW)).toEqual({ outcome: 'unlocked' });
    await lockOptions();
    expect(await unlockWithPin('2468', NOW)).toMatchObject({ outcome: 'wrongPin' });
    expect(await unlockWithPin('97531', NOW)).toEqual({ outcome: 'unlocked' });
  });

  it('rejects an invalid new PIN', async () => {
    await expect(changeParentPin('2468', '12', NOW)).rejects.toThrow(/4 to 8 digits/);
  });
});

describe('unlock session', () => {
  it('ends after the unlock period', async () => {
    await createParentPin('2468', NOW);
    expect(await optionsUnlockedUntil(NOW + UNLOCK_DURATION_MS - 1)).toBe(NOW + UNLOCK_DURATION_MS);
    expect(await optionsUnlockedUntil(NOW + UNLOCK_DURATION_MS)).toBe(0);
  });

  it('locks when the clock goes back', async () => {
    await createParentPin('2468', NOW);
    expect(await optionsUnlockedUntil(NOW - 60 * 60_000)).toBe(0);
  });

  it('locks on an invalid stored time', async () => {
    await fakeBrowser.storage.session.set({ [UNLOCKED_UNTIL_KEY]: 'forever' });
    expect(await optionsUnlockedUntil(NOW)).toBe(0);
  });

  it('lock button ends the session', async () => {
    await createParentPin('2468', NOW);
    await lockOptions();
    expect(await optionsUnlockedUntil(NOW)).toBe(0);
  });
});
