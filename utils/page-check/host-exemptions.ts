import { neverBlockSites } from '../never-block';
import type { Settings } from '../policy/settings';

/**
 * Hosts the page check never runs on and never blocks: the parent's and school's allow lists, the
 * allow-only list and the never-block sites. A listed domain covers its subdomains, as in
 * declarativeNetRequest.
 */
export function exemptDomains(settings: Settings): string[] {
  return [...new Set([...settings.allowList, ...settings.allowOnlyList, ...neverBlockSites()])].sort();
}

export function isExemptHost(host: string, domains: readonly string[]): boolean {
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
