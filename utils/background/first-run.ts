import { browser } from 'wxt/browser';
import { createLogger } from '../logger';

const log = createLogger('first-run');

export interface InstallFacts {
  reason: string;
  /** `management.getSelf().installType`: `admin` when policy force-installed the extension. */
  installType: string;
  /** Number of keys in `storage.managed`. */
  policyKeyCount: number;
}

/**
 * Returns true when a fresh install should open the options page so that a parent creates the
 * PIN. A school device is configured by policy, and a student must not be asked for a PIN.
 */
export function shouldOpenOptionsAfterInstall(facts: InstallFacts): boolean {
  return facts.reason === 'install' && facts.installType !== 'admin' && facts.policyKeyCount === 0;
}

/**
 * Opens the options page after a fresh install unless policy manages the extension. The page
 * opens in a new window, so it does not take the place of the active tab in a window the user
 * already has open. Reading `storage.managed` waits until Chrome has loaded policy, which can
 * take a few seconds after launch.
 */
export async function openOptionsAfterInstall(reason: string): Promise<void> {
  if (reason !== 'install') return;

  const { installType } = await browser.management.getSelf();
  const policy = await browser.storage.managed.get(null);
  const facts = { reason, installType, policyKeyCount: Object.keys(policy).length };
  if (!shouldOpenOptionsAfterInstall(facts)) {
    log.info(`Not opening the options page after install (${installType}, ${facts.policyKeyCount} policy keys)`);
    return;
  }
  await browser.windows.create({ url: browser.runtime.getURL('/options.html'), focused: true });
}
