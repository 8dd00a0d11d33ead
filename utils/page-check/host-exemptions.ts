import type { Settings } from '../policy/settings';

/**
 * Hosts the page check never runs on and never blocks: the parent's and school's allow lists and
 * the allow-only list. A listed domain covers its subdomains, as in declarativeNetRequest.
 */
export function exemptDomains(settings: Settings, extra: readonly string[] = []): string[] {
  return [...new Set([...settings.allowList, ...settings.allowOnlyList, ...extra])].sort();
}

export function isExemptHost(host: string, domains: readonly string[]): boolean {
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** Match patterns that exclude each domain and its subdomains from a content script. */
export function excludeMatchPatterns(domains: readonly string[]): string[] {
  return domains.flatMap((domain) => [`*://${domain}/*`, `*://*.${domain}/*`]);
}
