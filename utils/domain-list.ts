import { z } from 'zod/mini';

/**
 * Normalises the domain lists that parents and administrators type: allow, deny and
 * allow-only lists. Each entry becomes a lowercase ASCII host name (internationalised names in
 * punycode) without scheme, user name, port, path, query, fragment, leading `*.` or trailing
 * dot, so `https://*.Bücher.de:8080/x?y` becomes `xn--bcher-kva.de`.
 *
 * IP addresses are rejected: these lists name sites, and a site rarely keeps one fixed
 * address. Single-label names such as `localhost` are rejected too, because a list entry
 * needs at least one dot.
 */

/** Max length of a whole host name in ASCII form (RFC 1035). */
const MAX_HOST_LENGTH = 253;
/** Max length of one label, the text between two dots (RFC 1035). */
const MAX_LABEL_LENGTH = 63;

const SCHEME_PATTERN = /^[a-z][a-z0-9+.-]*:\/\//;
const LABEL_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
// The URL parser has already rewritten every IPv4 spelling (`0x7f.1`, `127.1`) to this form.
const IPV4_PATTERN = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

export type DomainNormalization = { ok: true; domain: string } | { ok: false; reason: string };

export interface InvalidDomainEntry {
  input: string;
  reason: string;
}

export interface DomainListResult {
  /** Normalised domains, without duplicates, in alphabetical order. */
  valid: string[];
  /** Rejected entries in input order, each with the reason. */
  invalid: InvalidDomainEntry[];
}

/** Removes what may surround a host in a pasted URL or pattern; the input is already lowercase. */
function stripToHost(entry: string): string {
  let host = entry.replace(SCHEME_PATTERN, '').replace(/^\/\//, '');
  host = host.split(/[/?#]/, 1)[0] ?? '';
  host = host.slice(host.lastIndexOf('@') + 1);
  if (!host.startsWith('[')) host = host.replace(/:\d*$/, '');
  host = host.replace(/^(?:\*\.|\.)+/, '');
  return host.replace(/\.+$/, '');
}

/**
 * Converts a host to its ASCII form with the browser's own URL parser, which applies IDNA
 * mapping and punycode (`bücher.de` to `xn--bcher-kva.de`). Returns null when the parser
 * rejects the host. This works in the extension and in Node, unlike `node:url`.
 */
function toAsciiHost(host: string): string | null {
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return null;
  }
}

function labelProblem(label: string): string | null {
  if (label === '') return 'The host name has an empty label (two dots in a row).';
  if (label.length > MAX_LABEL_LENGTH) {
    return `The label "${label.slice(0, 20)}…" is longer than ${MAX_LABEL_LENGTH} characters.`;
  }
  if (!LABEL_PATTERN.test(label)) {
    return `The label "${label}" may contain only letters, digits and hyphens, and cannot start or end with a hyphen.`;
  }
  return null;
}

function hostProblem(host: string): string | null {
  if (host.startsWith('[') || IPV4_PATTERN.test(host)) {
    return 'IP addresses are not accepted; enter a domain name such as example.com.';
  }
  if (host.length > MAX_HOST_LENGTH) return `The host name is longer than ${MAX_HOST_LENGTH} characters.`;
  if (!host.includes('.')) return 'The host name has no dot; enter a full domain such as example.com.';

  for (const label of host.split('.')) {
    const problem = labelProblem(label);
    if (problem !== null) return problem;
  }
  return null;
}

/** Normalises one entry, or returns why it is not a domain name. */
export function normalizeDomain(input: string): DomainNormalization {
  const host = stripToHost(input.trim().toLowerCase());
  if (host === '') return { ok: false, reason: 'The entry contains no host name.' };

  const ascii = toAsciiHost(host);
  if (ascii === null) return { ok: false, reason: 'The entry is not a valid host name.' };

  const problem = hostProblem(ascii);
  return problem === null ? { ok: true, domain: ascii } : { ok: false, reason: problem };
}

/** Normalises every entry; duplicates after normalisation appear once in `valid`. */
export function normalizeDomainList(inputs: readonly string[]): DomainListResult {
  const valid = new Set<string>();
  const invalid: InvalidDomainEntry[] = [];

  for (const input of inputs) {
    const result = normalizeDomain(input);
    if (result.ok) valid.add(result.domain);
    else invalid.push({ input, reason: result.reason });
  }
  return { valid: [...valid].sort(), invalid };
}

/** Splits text typed into a list box into entries: one per line, comma or space. */
export function splitDomainInput(text: string): string[] {
  return text.split(/[\s,;]+/).filter((entry) => entry !== '');
}

/** Returns true when a domain is already in the form that normalizeDomain produces. */
export function isNormalizedDomain(domain: string): boolean {
  const result = normalizeDomain(domain);
  return result.ok && result.domain === domain;
}

/** A domain as stored after normalisation, for parsing stored settings. */
export const normalizedDomainSchema = z.string().check(
  z.refine(isNormalizedDomain, {
    error: (issue) => `${JSON.stringify(issue.input)} is not a normalised domain name.`,
  }),
);
