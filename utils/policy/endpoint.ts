import { z } from 'zod/mini';
import { describeValue } from './describe-value';

// The WHATWG URL parser rewrites IPv4 hosts to dotted decimal (`127.1` becomes `127.0.0.1`),
// so one pattern covers every spelling of an address in 127.0.0.0/8.
const LOOPBACK_IPV4_PATTERN = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** Returns true for host names that always refer to this machine: 127.0.0.0/8, localhost, [::1]. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || LOOPBACK_IPV4_PATTERN.test(hostname);
}

/** What is wrong with an endpoint URL, for screens that word the problem in the user's language. */
export type EndpointProblemKind = 'invalidUrl' | 'credentials' | 'insecureHttp' | 'unsupportedScheme';

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Classifies a URL that the extension sends data to or loads lists from, or returns null when it
 * is allowed. Only https is allowed, except plain http on loopback hosts so that tests and a
 * receiver on the same machine need no certificate. A user name or password in the URL is
 * rejected, because it would be stored and shown in plain text.
 */
export function endpointProblemKind(url: string): EndpointProblemKind | null {
  const parsed = parseUrl(url);
  if (parsed === null) return 'invalidUrl';
  if (parsed.username !== '' || parsed.password !== '') return 'credentials';
  if (parsed.protocol === 'https:') return null;
  if (parsed.protocol === 'http:') return isLoopbackHost(parsed.hostname) ? null : 'insecureHttp';
  return 'unsupportedScheme';
}

/**
 * Checks a URL like endpointProblemKind and returns an English sentence that names the problem,
 * or null when the URL is allowed. The message never repeats a URL that carries a user name or
 * password.
 */
export function endpointProblem(url: string): string | null {
  switch (endpointProblemKind(url)) {
    case null:
      return null;
    case 'invalidUrl':
      return `${describeValue(url)} is not a valid absolute URL; write it in full, such as https://example.org/report.`;
    case 'credentials':
      return 'The URL contains a user name or password, which is not allowed; remove the part before "@".';
    case 'insecureHttp':
      return `${describeValue(url)} uses http; use https (plain http is accepted only for 127.0.0.1, localhost and [::1]).`;
    case 'unsupportedScheme':
      return `${describeValue(url)} uses ${new URL(url).protocol}; only https URLs are accepted.`;
  }
}

/** Returns true when endpointProblem finds nothing wrong with the URL. */
export function isAllowedEndpoint(url: string): boolean {
  return endpointProblem(url) === null;
}

/** A URL string that passes endpointProblem. */
export const endpointSchema = z
  .string({ error: (issue) => `Expected a URL as text, got ${describeValue(issue.input)}.` })
  .check(
    z.superRefine((url, context) => {
      const problem = endpointProblem(url);
      if (problem !== null) context.addIssue({ code: 'custom', message: problem });
    }),
  );
