import { browser } from 'wxt/browser';
import { createLogger } from '../logger';
import { createSerialQueue } from '../serial-queue';
import { fetchListText } from './fetch-list';
import { dynamicRuleChanges, hasRuleChanges } from '../rules/rule-changes';
import { buildExtraListRules, isExtraListRuleId } from './list-rules';
import { loadListStates, saveListStates } from './list-store';
import type { ListState } from './list-store';
import { parseListText } from './list-text';

const log = createLogger('extra-lists');

/** A list is fetched at most once in this interval, unless it has never been fetched. */
export const REFRESH_INTERVAL_MS = 24 * 60 * 60 * 1000;
export const REFRESH_ALARM = 'refresh-extra-lists';

const refreshQueue = createSerialQueue();

/** Runs refreshes one at a time, so two never fetch the same list or rewrite the rules at once. */
export function queueListRefresh(urls: readonly string[], enabled: boolean, force = false): Promise<Record<string, ListState>> {
  return refreshQueue(() => refreshExtraLists(urls, enabled, force));
}

/**
 * Fetches each configured list that is due, keeps the last good copy when a fetch fails or the
 * list is rejected, drops the state of lists no longer configured, and applies the result as dynamic rules.
 * With `enabled` false (filtering off) the rules are removed but the lists are kept. `force`
 * fetches every list now, for the options page's "update now" button.
 */
export async function refreshExtraLists(
  urls: readonly string[],
  enabled: boolean,
  force = false,
  now = Date.now(),
): Promise<Record<string, ListState>> {
  const previous = await loadListStates();
  const next: Record<string, ListState> = {};

  for (const url of urls) {
    const state = previous[url];
    const due = force || !state || now - state.lastAttemptAt >= REFRESH_INTERVAL_MS;
    next[url] = due ? await fetchState(url, state, now) : state;
  }
  await saveListStates(next);
  await applyListRules(enabled ? Object.values(next).flatMap((state) => state.domains) : []);
  return next;
}

async function fetchState(url: string, previous: ListState | undefined, now: number): Promise<ListState> {
  try {
    const parsed = parseListText(await fetchListText(url));
    log.info(`Fetched an extra list: ${parsed.domains.length} domains, ${parsed.invalidLines} invalid lines skipped`);
    return { domains: parsed.domains, updatedAt: now, lastAttemptAt: now, lastError: null, invalidLines: parsed.invalidLines };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.warn(`Extra list not updated, keeping the last good copy: ${message}`);
    return {
      domains: previous?.domains ?? [],
      updatedAt: previous?.updatedAt ?? null,
      lastAttemptAt: now,
      lastError: message,
      invalidLines: previous?.invalidLines ?? 0,
    };
  }
}

/** Replaces the extra-list rules; when the new set does not fit, the old rules stay. */
async function applyListRules(domains: readonly string[]): Promise<void> {
  let addRules;
  try {
    addRules = buildExtraListRules(domains);
  } catch (error) {
    log.error(`Extra lists not applied: ${String(error)}`);
    return;
  }

  // The lists are refreshed at the first start of each browser session, on every settings change
  // and daily. Rules that have not changed are left alone, so most refreshes update nothing.
  const changes = dynamicRuleChanges(await browser.declarativeNetRequest.getDynamicRules(), addRules, isExtraListRuleId);
  if (hasRuleChanges(changes)) await browser.declarativeNetRequest.updateDynamicRules(changes);
}

/** Wakes the worker daily to refresh the lists; alarms persist across browser restarts. */
export async function armListRefreshAlarm(): Promise<void> {
  const existing = await browser.alarms.get(REFRESH_ALARM);
  if (!existing) await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_INTERVAL_MS / 60_000 });
}
