import { isIP } from 'node:net';
import { domainToASCII } from 'node:url';
import type { PinnedList } from './source-manifest';

/**
 * Converts an upstream list (hosts file or bare domains) to the format the compiler reads:
 * lowercase ASCII hosts, internationalised names in punycode, one per line, sorted in
 * code-unit order, no duplicates, each line ending in '\n'.
 *
 * Dropped: comments (from '#' to the end of the line), IP addresses, localhost-type names,
 * URLs that carry a path (blocking their host would block a whole platform) and malformed
 * names. A `host:port` entry keeps its host. Underscores are kept because some upstream hosts
 * use them, and the compiler's stricter check counts those as invalid lines.
 */
export function normaliseUpstreamList(text: string, format: PinnedList['format']): NormalisedList {
  const hosts = new Set<string>();
  let droppedCount = 0;

  for (const rawLine of text.split(/\r?\n/)) {
    for (const candidate of hostCandidates(rawLine, format)) {
      const host = normaliseHostToken(candidate);
      if (host === undefined) droppedCount += 1;
      else hosts.add(host);
    }
  }
  const sorted = [...hosts].sort();
  const normalised = sorted.map((host) => `${host}\n`).join('');
  return { text: normalised, hostCount: sorted.length, droppedCount };
}

export interface NormalisedList {
  text: string;
  hostCount: number;
  /** Entries dropped as IPs, localhost names, URLs with a path or malformed names. */
  droppedCount: number;
}

const LOCALHOST_NAMES = new Set([
  'localhost',
  'localhost.localdomain',
  'local',
  'broadcasthost',
  'ip6-localhost',
  'ip6-loopback',
  'ip6-localnet',
  'ip6-mcastprefix',
  'ip6-allnodes',
  'ip6-allrouters',
  'ip6-allhosts',
]);
const LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;
const TOP_LEVEL_LABEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//;

function hostCandidates(rawLine: string, format: PinnedList['format']): string[] {
  const commentStart = rawLine.indexOf('#');
  const line = (commentStart === -1 ? rawLine : rawLine.slice(0, commentStart)).trim();
  if (line === '' || line.startsWith('!')) return [];

  const tokens = line.split(/\s+/);
  if (format === 'domains') return tokens.slice(0, 1);

  // A hosts-file line is "<address> <host> [<host>...]", and a line without an address is one host.
  const first = tokens[0] ?? '';
  return isIP(first) !== 0 && tokens.length > 1 ? tokens.slice(1) : tokens.slice(0, 1);
}

/** Returns the normalised host of one entry, or undefined when the entry is dropped. */
function normaliseHostToken(token: string): string | undefined {
  let host = token.toLowerCase().replace(SCHEME, '');
  const slash = host.indexOf('/');
  if (slash !== -1) {
    if (slash + 1 < host.length) return undefined;
    host = host.slice(0, slash);
  }
  if (isIP(host) !== 0 || isIP(host.replace(/^\[|\]$/g, '')) !== 0) return undefined;

  host = host.replace(/:\d+$/, '').replace(/\.$/, '');
  if (LOCALHOST_NAMES.has(host) || isIP(host) !== 0) return undefined;

  const ascii = domainToASCII(host);
  return hasValidHostSyntax(ascii) ? ascii : undefined;
}

function hasValidHostSyntax(host: string): boolean {
  if (host === '' || host.length > 253) return false;

  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return false;
  return TOP_LEVEL_LABEL.test(labels[labels.length - 1] ?? '');
}
