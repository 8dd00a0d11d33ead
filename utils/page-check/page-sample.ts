import { z } from 'zod/mini';

export { DEFAULT_PAGE_SAMPLE_LIMITS } from './page-sample-limits';
export type { PageSampleLimits } from './page-sample-limits';

/**
 * Sample of a page that the page check scores. It is built in the content script, so the background
 * should parse it with this schema.
 */
export const pageSampleSchema = z.object({
  title: z.string().check(z.maxLength(500)),
  description: z.string().check(z.maxLength(1000)),
  headings: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(100)),
  buttonLabels: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(100)),
  text: z.string().check(z.maxLength(20000)),
  /** Number of password inputs on the page. */
  passwordInputs: z.int().check(z.minimum(0)),
  /** Number of inputs that ask for a one-time code or card details. */
  secretInputs: z.int().check(z.minimum(0)),
});

export type PageSample = z.infer<typeof pageSampleSchema>;
