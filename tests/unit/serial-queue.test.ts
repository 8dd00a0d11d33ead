import { describe, expect, it } from 'vitest';
import { createSerialQueue } from '../../utils/serial-queue';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('createSerialQueue', () => {
  it('starts a task only after the one before it has ended', async () => {
    const queue = createSerialQueue();
    const events: string[] = [];
    const firstMayEnd = deferred();

    const first = queue(async () => {
      events.push('first start');
      await firstMayEnd.promise;
      events.push('first end');
    });
    const second = queue(async () => {
      events.push('second start');
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(events).toEqual(['first start']);

    firstMayEnd.resolve();
    await Promise.all([first, second]);
    expect(events).toEqual(['first start', 'first end', 'second start']);
  });

  it('hands a failure to its caller and still runs the next task', async () => {
    const queue = createSerialQueue();
    const failing = queue(async () => {
      throw new Error('duplicate script id');
    });
    const next = queue(async () => 'ran');

    await expect(failing).rejects.toThrow('duplicate script id');
    await expect(next).resolves.toBe('ran');
  });

  it('returns each task its own result', async () => {
    const queue = createSerialQueue();
    const results = await Promise.all([queue(async () => 1), queue(async () => 'two')]);
    expect(results).toEqual([1, 'two']);
  });
});
