import { z } from 'zod';

export { DEFAULT_PAGE_SAMPLE_LIMITS } from './page-sample-limits';
export type { PageSampleLimits } from './page-sample-limits';

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
