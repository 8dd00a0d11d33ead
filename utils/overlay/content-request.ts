/**
 * Requests the background sends to the content script of a tab. The content script parses them
 * with this small hand-written guard instead of zod, because zod would multiply the size of the
 * script injected into every page.
 */
export type ContentRequest =
  | { type: 'setOverlayHidden'; hidden: boolean }
  | { type: 'showReportForm'; targetUrl?: string }
  | { type: 'closeReportForm' }
  | { type: 'applyOverlaySettings'; buttonVisible: boolean };

export function parseContentRequest(message: unknown): ContentRequest | null {
  if (typeof message !== 'object' || message === null) return null;

  const { type, hidden, targetUrl, buttonVisible } = message as Record<string, unknown>;
  if (type === 'setOverlayHidden' && typeof hidden === 'boolean') return { type, hidden };
  if (type === 'applyOverlaySettings' && typeof buttonVisible === 'boolean') return { type, buttonVisible };
  if (type === 'showReportForm') return typeof targetUrl === 'string' ? { type, targetUrl } : { type };
  if (type === 'closeReportForm') return { type };
  return null;
}
