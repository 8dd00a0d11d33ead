import type { CategoryId } from '../categories';

/**
 * Why a page was blocked: a category, allow-only mode, the parent's or school's deny list, an extra
 * list a school or agency publishes, or the page's own words (the page check).
 */
export type BlockReason = CategoryId | 'allowOnly' | 'denyList' | 'extraList' | 'pageContent';

/**
 * Returns the redirect target: the block page with the reason in the query and the blocked URL
 * (`\0`, the whole regex match) in the fragment, where the block page reads it.
 */
export function blockPageSubstitution(extensionId: string, reason: BlockReason): string {
  return `chrome-extension://${extensionId}/blocked.html?category=${reason}#\\0`;
}
