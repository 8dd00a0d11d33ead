import { browser } from 'wxt/browser';
import { canonicalJson } from '../canonical-json';
import { createLogger } from '../logger';
import { parseManagedPolicy } from '../policy/parse-managed-policy';
import { POLICY_CACHE_KEY, parsePolicyCache } from './stored-settings';
import type { PolicyCache } from './stored-settings';

const log = createLogger('policy');

/**
 * Why policy is read: at service-worker start, after Chrome reported a change, or for the
 * delayed second look after a start-up read came back empty.
 */
export type PolicyReadReason = 'startup' | 'change' | 'recheck';

/** Name of the alarm that reads policy again after an empty start-up read. */
export const POLICY_RECHECK_ALARM = 'policy-recheck';
/** Delay before that second read. Chrome fires alarms no sooner than 30 s after they are set. */
const POLICY_RECHECK_DELAY_MINUTES = 1;

/**
 * Reads `storage.managed`, validates it key by key, logs each rejected key with its reason, and
 * caches the result in `storage.local` for every context.
 *
 * An empty read at start-up keeps the cached policy, because an empty or early read must never
 * lift what a school enforced, and it sets an alarm for a second read a minute later. That
 * second read, and a read caused by a managed-storage change, are authoritative, so a policy
 * that the school removed while the browser was closed stops applying a minute after start.
 */
export async function refreshManagedPolicy(reason: PolicyReadReason): Promise<PolicyCache | null> {
  let raw: Record<string, unknown>;
  try {
    raw = await browser.storage.managed.get(null);
  } catch (error) {
    log.warn(`Managed storage could not be read (${String(error)}); keeping the last valid policy`);
    return currentCache();
  }

  if (Object.keys(raw).length === 0 && reason === 'startup') return keepCacheUntilRecheck();

  const { policy, errors } = parseManagedPolicy(raw);
  // The policy is read at the first start of each browser session, on each reported change and
  // on the recheck. Storing an unchanged policy would make every settings listener redo its work
  // (rules, lists, the button in every open tab), so only a changed policy or set of errors is stored.
  const previous = await currentCache();
  if (previous && canonicalJson({ policy, errors }) === canonicalJson({ policy: previous.policy, errors: previous.errors })) {
    log.debug(`Policy unchanged (${reason}); applied since ${new Date(previous.updatedAt).toISOString()}`);
    return previous;
  }

  for (const error of errors) log.warn(`Policy key "${error.key}" ignored: ${error.reason}`);
  const cache: PolicyCache = { policy, errors, updatedAt: Date.now() };
  await browser.storage.local.set({ [POLICY_CACHE_KEY]: cache });
  log.info(`Applied policy keys (${reason}): ${Object.keys(policy).join(', ') || '(none)'}`);
  return cache;
}

async function keepCacheUntilRecheck(): Promise<PolicyCache | null> {
  const cache = await currentCache();
  if (cache === null || Object.keys(cache.policy).length === 0) return cache;

  await browser.alarms.create(POLICY_RECHECK_ALARM, { delayInMinutes: POLICY_RECHECK_DELAY_MINUTES });
  log.info('Managed storage is empty at start-up; keeping the cached policy until the second read');
  return cache;
}

async function currentCache(): Promise<PolicyCache | null> {
  const stored = await browser.storage.local.get(POLICY_CACHE_KEY);
  return parsePolicyCache(stored[POLICY_CACHE_KEY]);
}

/** Calls `listener` when the administrator changes the policy while the browser runs. */
export function watchManagedPolicy(listener: () => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') listener();
  });
}

/**
 * Keeps `storage.local` (which holds the report token and the cached policy) and `storage.managed`
 * away from content scripts. Chrome versions without per-area access levels reject the call; the
 * content script reads no storage either way.
 */
export async function restrictStorageToExtensionPages(): Promise<void> {
  for (const area of [browser.storage.local, browser.storage.managed]) {
    try {
      await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    } catch (error) {
      log.warn(`Could not restrict a storage area to extension pages: ${String(error)}`);
    }
  }
}
