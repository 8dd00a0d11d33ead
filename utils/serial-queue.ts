/** Runs the tasks given to it one at a time, in the order they were given. */
export type SerialQueue = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * Returns a queue for work that must not overlap, such as two syncs of the same browser state
 * that would each find it missing and then both try to create it. A failed task rejects its
 * own promise, for its caller to handle, and the next task still runs.
 */
export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const result = tail.then(task);
    // The caller receives the failure through `result`; the queue only needs to know it ended.
    tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  };
}
