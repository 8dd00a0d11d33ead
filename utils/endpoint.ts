/**
 * Report endpoints must use HTTPS, so that a report never crosses the network in clear text.
 * Loopback addresses may use plain HTTP, for the demo and the tests.
 */
export function isAllowedEndpoint(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false; // Not a URL at all: the caller reports it as invalid.
  }

  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && isLoopbackHost(url.hostname);
}

export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}
