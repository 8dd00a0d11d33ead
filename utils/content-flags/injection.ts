import { browser } from 'wxt/browser';
import { isExemptHost, exemptDomains } from '../page-check/host-exemptions';
import type { Settings } from '../policy/settings';
import type { ContentFlagName } from './flags';

/** Path of the content script (entrypoints/content-script.ts) in the built extension. */
export const CONTENT_SCRIPT_FILE = '/content-script.js';

/** The script that sets each flag, injected into a page just before the content script. */
export const FLAG_SCRIPT_FILES: Record<ContentFlagName, string> = {
  overlayHidden: 'flag-overlay-hidden.js',
  pageCheckOff: 'flag-page-check-off.js',
};

/** Scope of a flag: every web page, or the hosts of these domains and their subdomains. */
type FlagScope = 'everyPage' | readonly string[];

/**
 * Returns where each flag applies under the settings. `overlayHidden` applies to every web page
 * while the report button is turned off. `pageCheckOff` applies to every web page while filtering
 * is off, and otherwise to the exempt hosts (the allow lists and the never-block sites).
 */
function flagScopes(settings: Settings): Record<ContentFlagName, FlagScope> {
  return {
    overlayHidden: settings.reportButtonVisible ? [] : 'everyPage',
    pageCheckOff: settings.ageGroup === 'off' ? 'everyPage' : exemptDomains(settings),
  };
}

/** Returns the flags that apply to a page at `url` under the settings. */
function flagsFor(settings: Settings, url: string): ContentFlagName[] {
  const host = URL.canParse(url) ? new URL(url).hostname : '';
  return (Object.entries(flagScopes(settings)) as [ContentFlagName, FlagScope][])
    .filter(([, scope]) => scope === 'everyPage' || isExemptHost(host, scope))
    .map(([name]) => name);
}

/**
 * Returns the files to inject, in order, into a page: the flag scripts that apply to its address,
 * then the content script.
 */
export function injectionFiles(settings: Settings, url: string): InjectedFile[] {
  const flagFiles = flagsFor(settings, url).map((name) => `/${FLAG_SCRIPT_FILES[name]}` as InjectedFile);
  return [...flagFiles, CONTENT_SCRIPT_FILE];
}

/**
 * Returns false for a page where the content script has nothing to do unless a report form opens:
 * the button is off, and the page check skips the page. Such a page gets no script after `load`,
 * because any injected script costs the page's next navigation about 1.5 ms (docs/benchmarks.md).
 * Reports from it still work: the shortcut, the menu and the popup inject the script themselves.
 */
export function pageNeedsContentScript(settings: Settings, url: string): boolean {
  const flags = flagsFor(settings, url);
  return !(flags.includes('overlayHidden') && flags.includes('pageCheckOff'));
}

/**
 * Injects the flag scripts that apply to `url`, then the content script, into the target. Every
 * injection goes through this: after a page's `load`, into the tabs open at install or update,
 * and for a report form.
 */
export async function injectContentScript(target: InjectionTarget, settings: Settings, url: string): Promise<void> {
  await browser.scripting.executeScript({ target, files: injectionFiles(settings, url) });
}

type ExecuteScriptOptions = Parameters<typeof browser.scripting.executeScript>[0];
/** A file path as `scripting.executeScript` takes it. */
type InjectedFile = NonNullable<ExecuteScriptOptions['files']>[number];
type InjectionTarget = ExecuteScriptOptions['target'];
