import { normalizeDomainList } from '../domain-list';

/** Largest list accepted, in bytes of text and in domains. */
export const MAX_LIST_BYTES = 5 * 1024 * 1024;
export const MAX_LIST_DOMAINS = 250_000;

export interface ParsedList {
  domains: string[];
  invalidLines: number;
  /** A few rejected lines with their reasons, for the error shown to the administrator. */
  invalidExamples: string[];
}

const HOSTS_FILE_PREFIX = /^(?:0\.0\.0\.0|127\.0\.0\.1|::1?)\s+/;

/**
 * Parses a published block list: one domain per line, `#` or `!` comments, and hosts-file lines
 * (`0.0.0.0 example.com`) accepted. Throws when the list has more than MAX_LIST_DOMAINS domains.
 */
export function parseListText(text: string): ParsedList {
  const entries = text
    .split(/\r?\n/)
    .map((line) => (line.trimStart().startsWith('!') ? '' : line.replace(/#.*$/, '').trim().replace(HOSTS_FILE_PREFIX, '')))
    .filter((line) => line !== '');
  const { valid, invalid } = normalizeDomainList(entries);

  if (valid.length > MAX_LIST_DOMAINS) {
    throw new Error(`The list has ${valid.length} domains, more than the maximum of ${MAX_LIST_DOMAINS}; it was not applied`);
  }
  return {
    domains: valid,
    invalidLines: invalid.length,
    invalidExamples: invalid.slice(0, 5).map((entry) => `${entry.input}: ${entry.reason}`),
  };
}
