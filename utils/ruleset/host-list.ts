/** Number of rejected lines that a parse keeps as examples for the build log. */
export const INVALID_EXAMPLE_LIMIT = 5;

/** Max length of a whole host name in ASCII form (RFC 1035). */
export const MAX_HOST_LENGTH = 253;

// Two or more labels, each 1-63 characters of [a-z0-9-] that neither starts nor ends with '-'.
// Punycode labels (`xn--...`) fit the same pattern.
const HOST_PATTERN =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const NUMERIC_LABEL = /^[0-9]+$/;

export interface ParsedHostList {
  /** Valid hosts in input order, duplicates kept. */
  hosts: string[];
  /** Non-blank, non-comment lines read (valid and invalid). */
  lineCount: number;
  invalidCount: number;
  /** The first few invalid lines, trimmed. */
  invalidExamples: string[];
}

/**
 * Checks the host syntax that a `requestDomains` entry needs: lowercase ASCII, at most 253
 * characters, at least two labels, and a top-level label that is not all digits. That last
 * check rejects IPv4 addresses such as `192.168.0.1`.
 */
export function isValidHost(host: string): boolean {
  if (host.length > MAX_HOST_LENGTH || !HOST_PATTERN.test(host)) return false;

  const topLevelLabel = host.slice(host.lastIndexOf('.') + 1);
  return !NUMERIC_LABEL.test(topLevelLabel);
}

/**
 * Parses a list with one host per line. Blank lines and lines starting with `#` are skipped.
 * Other lines are trimmed and must pass isValidHost as they are: nothing is lowercased or
 * converted, because the lists are normalised before they reach the compiler.
 */
export function parseHostList(text: string): ParsedHostList {
  const parsed: ParsedHostList = { hosts: [], lineCount: 0, invalidCount: 0, invalidExamples: [] };

  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;

    parsed.lineCount += 1;
    if (isValidHost(line)) {
      parsed.hosts.push(line);
      continue;
    }
    parsed.invalidCount += 1;
    if (parsed.invalidExamples.length < INVALID_EXAMPLE_LIMIT) parsed.invalidExamples.push(line);
  }
  return parsed;
}
