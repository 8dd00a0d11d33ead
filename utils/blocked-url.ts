/** What the block page shows: the category from its query and the blocked URL from its fragment. */
export interface BlockedPageParameters {
  category: string | null;
  blockedUrl: string | null;
}

/**
 * Reads the block page's own URL. Redirect rules put the whole blocked URL after the first `#`,
 * so any `#` inside the blocked URL stays part of it.
 */
export function parseBlockedPageUrl(pageUrl: string): BlockedPageParameters {
  const url = new URL(pageUrl);
  const hashIndex = pageUrl.indexOf('#');
  const blocked = hashIndex >= 0 ? pageUrl.slice(hashIndex + 1) : '';

  return {
    category: url.searchParams.get('category'),
    blockedUrl: /^https?:\/\//i.test(blocked) ? blocked : null,
  };
}
