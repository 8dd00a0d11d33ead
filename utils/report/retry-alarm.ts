import { browser } from 'wxt/browser';
import { earliestPendingAttempt } from './outbox';

/** Name of the alarm that wakes the service worker to retry delivery. */
export const DELIVERY_ALARM = 'deliver-reports';

/**
 * Sets the delivery alarm to the earliest pending attempt, or clears it when nothing is pending.
 * Alarms survive the service worker being stopped, and this runs at the first worker start of
 * each browser session too, so a queued report is retried after a browser restart. Chrome fires
 * alarms at most every 30 s.
 */
export async function armDeliveryAlarm(): Promise<number | null> {
  const when = await earliestPendingAttempt();
  if (when === null) {
    await browser.alarms.clear(DELIVERY_ALARM);
    return null;
  }

  const at = Math.max(when, Date.now() + 1000);
  await browser.alarms.create(DELIVERY_ALARM, { when: at });
  return at;
}
