/**
 * Requests the background sends to the content script of a tab. The content script parses them
 * with this small hand-written guard instead of zod, because zod would multiply the size of the
 * script injected into every page.
 */
export type ContentRequest =
  | { type: 'setOverlayHidden'; hidden: boolean }
  | { type: 'showReportForm' }
  | { type: 'closeReportForm' };

export function parseContentRequest(message: unknown): ContentRequest | null {
  if (typeof message !== 'object' || message === null) return null;

  const { type, hidden } = message as { type?: unknown; hidden?: unknown };
  if (type === 'setOverlayHidden' && typeof hidden === 'boolean') return { type, hidden };
  if (type === 'showReportForm' || type === 'closeReportForm') return { type };
  return null;
}
