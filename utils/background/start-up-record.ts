import { browser } from 'wxt/browser';
import { z } from 'zod/mini';

/** `storage.session` key: when the start-up steps last completed, as a Unix time in milliseconds. */
export const BACKGROUND_READY_KEY = 'backgroundReadyAt';
/** `storage.session` key: the names of the start-up steps that failed in that run. */
export const START_FAILURES_KEY = 'backgroundStartFailures';
/** `storage.session` key: when the worker last started, with or without the start-up steps. */
export const BACKGROUND_STARTED_KEY = 'backgroundStartedAt';

const startUpRecordSchema = z.object({
  [BACKGROUND_READY_KEY]: z.number(),
  [START_FAILURES_KEY]: z.array(z.string()).check(z.length(0)),
});

/**
 * Returns true when the start-up steps have already run without a failure in this browser
 * session, for this installed version. Chrome clears `storage.session` when the browser restarts
 * and when the extension is updated or reloaded, so the first start after either runs them again.
 */
export async function startUpDoneThisSession(): Promise<boolean> {
  const stored = await browser.storage.session.get([BACKGROUND_READY_KEY, START_FAILURES_KEY]);
  return startUpRecordSchema.safeParse(stored).success;
}

/** Records a start of the worker, and the outcome of the start-up steps when they ran. */
export async function recordStart(stepFailures: string[] | null): Promise<void> {
  const now = Date.now();
  const record: Record<string, number | string[]> = { [BACKGROUND_STARTED_KEY]: now };
  if (stepFailures !== null) {
    record[BACKGROUND_READY_KEY] = now;
    record[START_FAILURES_KEY] = stepFailures;
  }
  await browser.storage.session.set(record);
}
