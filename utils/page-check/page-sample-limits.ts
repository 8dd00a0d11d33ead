/**
 * Limits that keep extraction cheap on very large pages. Kept free of zod because extraction runs
 * in a content script on every page, where each kilobyte counts.
 */
export interface PageSampleLimits {
  /** Maximum characters of visible body text kept. */
  maxTextChars?: number;
  /** Maximum DOM nodes visited while collecting body text. */
  maxNodes?: number;
  /** Maximum headings (h1 to h3) kept. */
  maxHeadings?: number;
  /** Maximum button labels kept. */
  maxButtons?: number;
}

export const DEFAULT_PAGE_SAMPLE_LIMITS: Required<PageSampleLimits> = {
  maxTextChars: 5000,
  maxNodes: 4000,
  maxHeadings: 30,
  maxButtons: 40,
};
