import { browser } from 'wxt/browser';
import { createLogger } from '../logger';
import { excludeMatchPatterns, exemptDomains, isExemptHost } from '../page-check/host-exemptions';
import type { Settings } from '../policy/settings';
import { createSerialQueue } from '../serial-queue';
import type { ContentFlagName } from './flags';

const log = createLogger('content-flags');

const WEB_PAGES = ['http://*/*', 'https://*/*'];

/** The script that sets each flag, and the id it is registered under. */
export const FLAG_SCRIPTS: Record<ContentFlagName, { id: string; file: string }> = {
  overlayHidden: { id: 'flag-overlay-hidden', file: 'flag-overlay-hidden.js' },
  pageCheckOff: { id: 'flag-page-check-off', file: 'flag-page-check-off.js' },
};

/**
 * Registrations made by earlier builds, removed at start-up: the page check used to be a second
 * content script registered for every page except exempt hosts. Chrome keeps registrations across
 * updates, and that script file no longer exists.
 */
const RETIRED_SCRIPT_IDS = ['page-check'];

export interface FlagScriptRegistration {
  id: string;
  js: string[];
  matches: string[];
  runAt: 'document_start';
  allFrames: false;
}

/** Where a flag applies: on every web page, or on the hosts of these domains and their subdomains. */
type FlagScope = 'everyPage' | readonly string[];

/**
 * Returns where each flag applies under the settings: `overlayHidden` on every web page while the
 * report button is turned off, and `pageCheckOff` on every web page while filtering is off,
 * otherwise on the exempt hosts (the allow lists and the never-block sites). The flag scripts
 * registered for new pages and those injected into open tabs both follow this.
 */
function flagScopes(settings: Settings): Record<ContentFlagName, FlagScope> {
  return {
    overlayHidden: settings.reportButtonVisible ? [] : 'everyPage',
    pageCheckOff: settings.ageGroup === 'off' ? 'everyPage' : exemptDomains(settings),
  };
}

/**
 * Returns the flag scripts to register, each matching the pages its flag applies to. Common
 * settings register only the short `pageCheckOff` list, so most pages run no flag script.
 */
export function plannedFlagScripts(settings: Settings): FlagScriptRegistration[] {
  return (Object.entries(flagScopes(settings)) as [ContentFlagName, FlagScope][]).flatMap(([name, scope]) => {
    const matches = scope === 'everyPage' ? WEB_PAGES : excludeMatchPatterns(scope);
    if (matches.length === 0) return [];
    return [{ id: FLAG_SCRIPTS[name].id, js: [FLAG_SCRIPTS[name].file], matches, runAt: 'document_start' as const, allFrames: false as const }];
  });
}

/**
 * Returns the files to inject, in order, into a tab that was open before the extension ran (at
 * install or update, or for a report form): the flag scripts that apply to the tab's address, then
 * the content script.
 */
export function injectionFiles(settings: Settings, url: string, contentScriptFile: InjectedFile): InjectedFile[] {
  const host = URL.canParse(url) ? new URL(url).hostname : '';
  const flagFiles = (Object.entries(flagScopes(settings)) as [ContentFlagName, FlagScope][])
    .filter(([, scope]) => scope === 'everyPage' || isExemptHost(host, scope))
    .map(([name]) => `/${FLAG_SCRIPTS[name].file}` as InjectedFile);
  return [...flagFiles, contentScriptFile];
}

/** A file path as `scripting.executeScript` takes it. */
type InjectedFile = NonNullable<Parameters<typeof browser.scripting.executeScript>[0]['files']>[number];

const registrationQueue = createSerialQueue();

/**
 * Queues a sync of the flag scripts that reads the settings when it runs. Syncs run one at a time:
 * two at once would both find a script missing and both register it, and Chrome rejects the
 * second with a duplicate-id error.
 */
export function queueContentFlagSync(currentSettings: () => Promise<Settings>): Promise<void> {
  return registrationQueue(async () => syncContentFlagScripts(await currentSettings()));
}

/**
 * Makes the registered flag scripts match the settings. Chrome keeps registrations across browser
 * restarts. Call it through `queueContentFlagSync`, never twice at once.
 */
export async function syncContentFlagScripts(settings: Settings): Promise<void> {
  const planned = plannedFlagScripts(settings);
  const ownIds = new Set([...Object.values(FLAG_SCRIPTS).map((script) => script.id), ...RETIRED_SCRIPT_IDS]);
  const registered = new Set((await browser.scripting.getRegisteredContentScripts()).map((script) => script.id).filter((id) => ownIds.has(id)));

  const plannedIds = new Set(planned.map((script) => script.id));
  const stale = [...registered].filter((id) => !plannedIds.has(id));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });

  const updates = planned.filter((script) => registered.has(script.id));
  const additions = planned.filter((script) => !registered.has(script.id));
  if (updates.length > 0) await browser.scripting.updateContentScripts(updates);
  if (additions.length > 0) await browser.scripting.registerContentScripts(additions);
  log.debug(`Flag scripts registered: ${planned.map((script) => `${script.id} (${script.matches.length} patterns)`).join(', ') || 'none'}`);
}
