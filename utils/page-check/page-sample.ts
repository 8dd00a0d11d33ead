import { z } from 'zod';

/** Limits that keep extraction cheap on very large pages. */
export const pageSampleLimitsSchema = z.object({
  /** Maximum characters of visible body text kept. */
  maxTextChars: z.number().int().min(0).default(5000),
  /** Maximum DOM nodes visited while collecting body text. */
  maxNodes: z.number().int().min(1).default(4000),
  /** Maximum headings (h1 to h3) kept. */
  maxHeadings: z.number().int().min(0).default(30),
  /** Maximum button labels kept. */
  maxButtons: z.number().int().min(0).default(40),
});

export type PageSampleLimits = z.input<typeof pageSampleLimitsSchema>;

/**
 * Sample of a page that the page check scores. It is built in the content script, so the background
 * should parse it with this schema.
 */
export const pageSampleSchema = z.object({
  title: z.string().max(500),
  description: z.string().max(1000),
  headings: z.array(z.string().max(200)).max(100),
  buttonLabels: z.array(z.string().max(100)).max(100),
  text: z.string().max(20000),
  /** Number of password inputs on the page. */
  passwordInputs: z.number().int().min(0),
  /** Number of inputs that ask for a one-time code or card details. */
  secretInputs: z.number().int().min(0),
});

export type PageSample = z.infer<typeof pageSampleSchema>;
