import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BACKGROUND_READY_KEY,
  BACKGROUND_STARTED_KEY,
  recordStart,
  startUpDoneThisSession,
} from '../../utils/background/start-up-record';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('start-up record', () => {
  it('runs the steps at the first start', async () => {
    expect(await startUpDoneThisSession()).toBe(false);
  });

  it('skips them after a clean run', async () => {
    await recordStart([]);
    expect(await startUpDoneThisSession()).toBe(true);

    const { [BACKGROUND_READY_KEY]: readyAt } = await fakeBrowser.storage.session.get(BACKGROUND_READY_KEY);
    await new Promise((resolve) => setTimeout(resolve, 2));
    await recordStart(null);
    const stored = await fakeBrowser.storage.session.get([BACKGROUND_READY_KEY, BACKGROUND_STARTED_KEY]);
    expect(stored[BACKGROUND_READY_KEY]).toBe(readyAt);
    expect(stored[BACKGROUND_STARTED_KEY]).toBeGreaterThan(readyAt as number);
    expect(await startUpDoneThisSession()).toBe(true);
  });

  it('runs them again after a failed step', async () => {
    await recordStart(['Ruleset update']);
    expect(await startUpDoneThisSession()).toBe(false);
  });

  it('runs them again when the session is cleared', async () => {
    await recordStart([]);
    await fakeBrowser.storage.session.clear();
    expect(await startUpDoneThisSession()).toBe(false);
  });
});
