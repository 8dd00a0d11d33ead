import { extensionApi } from '../extension-api';
import type { HarmCategory } from './term-types';
import { createLogger } from '../logger';

const log = createLogger('page-check');

/** Maximum sends of one verdict. */
export const VERDICT_ATTEMPTS = 3;
/** Pause before a send is tried again, in milliseconds. */
export const VERDICT_RETRY_MS = 500;

export interface PageCheckVerdict {
  category: HarmCategory;
  score: number;
}

type SendMessage = (message: { type: 'pageCheckVerdict'; data: PageCheckVerdict }) => Promise<unknown>;

/**
 * Sends the page check's verdict to the background, which blocks the page, and returns whether it
 * was delivered. Chrome rejects the message when no listener receives it, for example while the
 * extension reloads ("Receiving end does not exist"). A lost verdict would leave a harmful page on
 * screen, so a rejected send is tried again after a pause.
 */
export async function sendVerdict(verdict: PageCheckVerdict, send: SendMessage = (message) => extensionApi().runtime.sendMessage(message)): Promise<boolean> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await send({ type: 'pageCheckVerdict', data: verdict });
      return true;
    } catch (error) {
      if (attempt >= VERDICT_ATTEMPTS) {
        log.warn(`Page-check verdict (${verdict.category}) not delivered after ${attempt} attempts: ${String(error)}`);
        return false;
      }
      await new Promise((resolve) => setTimeout(resolve, VERDICT_RETRY_MS));
    }
  }
}
