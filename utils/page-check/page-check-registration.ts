import { browser } from 'wxt/browser';
import { createLogger } from '../logger';
import type { Settings } from '../policy/settings';
import { excludeMatchPatterns, exemptDomains } from './host-exemptions';

const log = createLogger('page-check');
const SCRIPT_ID = 'page-check';
const SCRIPT_FILE = 'content-scripts/page-check.js';

/**
 * Registers the page-check content script for every web page except exempt hosts, or removes it
 * when filtering is off. Chrome keeps the registration across browser restarts.
 */
export async function syncPageCheckRegistration(settings: Settings, neverBlock: readonly string[] = []): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (settings.ageGroup === 'off') {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }

  const script = {
    id: SCRIPT_ID,
    js: [SCRIPT_FILE],
    matches: ['http://*/*', 'https://*/*'],
    excludeMatches: excludeMatchPatterns(exemptDomains(settings, neverBlock)),
    runAt: 'document_idle' as const,
    allFrames: false,
  };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  log.debug(`Page check registered with ${script.excludeMatches.length} excluded patterns`);
}
