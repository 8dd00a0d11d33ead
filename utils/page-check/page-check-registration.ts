import { browser } from 'wxt/browser';
import { createLogger } from '../logger';
import { createSerialQueue } from '../serial-queue';
import type { Settings } from '../policy/settings';
import { excludeMatchPatterns, exemptDomains } from './host-exemptions';

const log = createLogger('page-check');
const SCRIPT_ID = 'page-check';
const SCRIPT_FILE = 'content-scripts/page-check.js';

const registrationQueue = createSerialQueue();

/**
 * Queues a registration sync that reads the settings when it runs. Syncs run one at a time: two
 * at once would both find no script registered and both register it, and Chrome refuses the
 * second with a duplicate-id error.
 */
export function queuePageCheckSync(currentSettings: () => Promise<Settings>): Promise<void> {
  return registrationQueue(async () => syncPageCheckRegistration(await currentSettings()));
}

/**
 * Registers the page-check content script for every web page except exempt hosts, or removes it
 * when filtering is off. Chrome keeps the registration across browser restarts. Call it through
 * `queuePageCheckSync`, never twice at once.
 */
export async function syncPageCheckRegistration(settings: Settings): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (settings.ageGroup === 'off') {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }

  const script = {
    id: SCRIPT_ID,
    js: [SCRIPT_FILE],
    matches: ['http://*/*', 'https://*/*'],
    excludeMatches: excludeMatchPatterns(exemptDomains(settings)),
    runAt: 'document_idle' as const,
    allFrames: false,
  };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  log.debug(`Page check registered with ${script.excludeMatches.length} excluded patterns`);
}
