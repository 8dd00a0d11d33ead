/**
 * Set operations on host names for `requestDomains`, which matches a listed host and every
 * subdomain of it. All functions return hosts sorted in code-unit order, so output is stable.
 */

/** Merges host lists into one sorted list without duplicates. */
export function mergeHostLists(lists: readonly (readonly string[])[]): string[] {
  const merged = new Set<string>();
  for (const list of lists) {
    for (const host of list) merged.add(host);
  }
  return [...merged].sort();
}

/**
 * Returns the nearest proper parent suffix of `host` that is in `set`, or undefined. For
 * `a.b.example.com` it checks `b.example.com`, `example.com` and `com`, in that order.
 */
export function findListedAncestor(host: string, set: ReadonlySet<string>): string | undefined {
  let dot = host.indexOf('.');
  while (dot !== -1) {
    const suffix = host.slice(dot + 1);
    if (set.has(suffix)) return suffix;
    dot = host.indexOf('.', dot + 1);
  }
  return undefined;
}

/**
 * Drops every host whose parent suffix is also listed (`a.b.example.com` goes when
 * `example.com` or `b.example.com` is present), since the parent already matches it.
 * Cost is one Set lookup per dot in each host.
 */
export function foldSubdomains(hosts: readonly string[]): string[] {
  const listed = new Set(hosts);
  const kept: string[] = [];
  for (const host of listed) {
    if (findListedAncestor(host, listed) === undefined) kept.push(host);
  }
  return kept.sort();
}

export interface NeverBlockResult {
  /** Hosts left after removing the never-block hosts and their subdomains. */
  hosts: string[];
  removedCount: number;
  /**
   * Never-block hosts that sit under a host that stays blocked, keyed by that blocked host.
   * A rule that lists the key must carry them in `excludedRequestDomains`.
   */
  exceptionsByBlockedHost: Map<string, string[]>;
}

/**
 * Removes each never-block host and every subdomain of one from `hosts`. A never-block host
 * below a host that stays (`forms.example.com` when `example.com` is blocked) cannot be
 * removed that way, so it is returned as an exception for the rule that lists its parent.
 */
export function removeNeverBlocked(
  hosts: readonly string[],
  neverBlock: ReadonlySet<string>,
): NeverBlockResult {
  const kept = hosts.filter((host) => !neverBlock.has(host) && findListedAncestor(host, neverBlock) === undefined);
  const keptSet = new Set(kept);
  const exceptionsByBlockedHost = new Map<string, string[]>();

  for (const allowed of [...neverBlock].sort()) {
    const blockedParent = findListedAncestor(allowed, keptSet);
    if (blockedParent === undefined) continue;

    const exceptions = exceptionsByBlockedHost.get(blockedParent) ?? [];
    exceptions.push(allowed);
    exceptionsByBlockedHost.set(blockedParent, exceptions);
  }
  return { hosts: kept, removedCount: hosts.length - kept.length, exceptionsByBlockedHost };
}
