/**
 * The host part of a URL is split into tokens by '.' and '-'. A rule pattern must start at a token
 * start: at the start of the host or right after a '.' or '-'.
 */
const URL_HEAD = '^https?://(?:[a-z0-9.-]*[.-])?';

/** Zero or more further tokens after the pattern, so the pattern ends at a token end. */
const HOST_REST = '(?:[.-][a-z0-9.-]*)?';

/**
 * The host ends at a port, path, query, fragment or the end of the URL. Then `.*` takes the rest, so
 * the regex matches the whole URL and `\0` in a regexSubstitution is the whole URL.
 */
const URL_TAIL = '(?:[:/?#].*)?$';

/**
 * Wraps a host-token pattern into a regex over the whole URL. The wrapped regex can only match
 * inside the host, never in the path or query.
 *
 * NOTE: a URL with user info (`https://name@host/`) never matches, because '@' is not a host
 * character in this pattern.
 */
export function toUrlRegex(hostPattern: string, atHostEnd = false): string {
  const rest = atHostEnd ? '' : HOST_REST;
  return `${URL_HEAD}(?:${hostPattern})${rest}${URL_TAIL}`;
}
