import { z } from 'zod/mini';
import { languageSchema } from '../language';

/**
 * The report format sent to the agency endpoint. This schema is the single source of truth: the
 * extension builds reports with it, the reference receiver and the tests parse with it, and the
 * published JSON Schema is generated from it.
 */
export const REPORT_FORMAT_VERSION = 1;

export const REPORT_CATEGORIES = [
  'childSexualAbuse',
  'grooming',
  'bullying',
  'selfHarm',
  'scam',
  'gambling',
  'personalInfo',
  'other',
  'unblockRequest',
] as const;
export const reportCategorySchema = z.enum(REPORT_CATEGORIES);
export type ReportCategory = z.infer<typeof reportCategorySchema>;

/**
 * Categories for which no screenshot is ever captured or sent, only the address. Hotlines take
 * child sexual abuse material by URL only, so that no copy of it is made. Grooming is URL-only by
 * default too, because the visible tab is usually the conversation itself, which may show images
 * the child was pressed into sending.
 */
export const URL_ONLY_CATEGORIES: readonly ReportCategory[] = ['childSexualAbuse', 'grooming'];

/** Who filled in the report: the child, or an adult helping on the child's device. */
export const REPORTER_ROLES = ['child', 'parent', 'teacher'] as const;
export const reporterRoleSchema = z.enum(REPORTER_ROLES);
export type ReporterRole = z.infer<typeof reporterRoleSchema>;

/** Maximum description length in characters (Unicode code points, not UTF-16 units). */
export const MAX_DESCRIPTION_CHARACTERS = 1000;

/** Maximum contact length in characters (Unicode code points). */
export const MAX_CONTACT_CHARACTERS = 200;

/** Maximum decoded screenshot size in bytes. */
export const MAX_SCREENSHOT_BYTES = 4 * 1024 * 1024;

const BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;

// The schemas below are built on first use (`z.lazy`). The service worker evaluates this module at
// every start, and most starts (a page load, the popup's status) check no screenshot or report.
export const screenshotSchema = z.lazy(() =>
  z.object({
    mediaType: z.literal('image/jpeg'),
    width: z.int().check(z.positive()),
    height: z.int().check(z.positive()),
    data: z.string().check(
      z.regex(BASE64_PATTERN, 'screenshot data must be base64'),
      z.refine((data) => (data.length * 3) / 4 <= MAX_SCREENSHOT_BYTES, {
        message: `screenshot is larger than ${MAX_SCREENSHOT_BYTES} bytes`,
      }),
    ),
  }),
);
export type Screenshot = z.infer<typeof screenshotSchema>;

function maxCharacters(limit: number, field: string) {
  return z.string().check(z.refine((text) => [...text].length <= limit, { message: `${field} is longer than ${limit} characters` }));
}

export const reportSchema = z.lazy(() => {
  const webUrlSchema = z.url({ protocol: /^https?$/ });
  return z
    .object({
      formatVersion: z.literal(REPORT_FORMAT_VERSION).check(z.describe('Version of this format; a change that breaks receivers raises it')),
      id: z.uuid().check(z.describe('Random id, also sent as the Idempotency-Key header; a receiver stores each id once')),
      createdAt: z.iso.datetime().check(z.describe('When the reporter pressed send, in UTC')),
      url: webUrlSchema.check(z.describe('Address of the reported tab, without user name or password')),
      title: z.string().check(z.maxLength(500), z.describe('Title of the reported tab')),
      targetUrl: z
        .optional(webUrlSchema)
        .check(z.describe('The link or image the report is about, when it was started from the context menu on one')),
      category: reportCategorySchema,
      description: maxCharacters(MAX_DESCRIPTION_CHARACTERS, 'description').check(
        z.describe(`What the reporter wrote, NFC, at most ${MAX_DESCRIPTION_CHARACTERS} characters`),
      ),
      reporterRole: reporterRoleSchema.check(z.describe('Who filled in the report')),
      contact: maxCharacters(MAX_CONTACT_CHARACTERS, 'contact').check(
        z.describe(`How the reporter may be reached, as typed, NFC, at most ${MAX_CONTACT_CHARACTERS} characters; empty when none was given`),
      ),
      screenshot: z
        .nullable(screenshotSchema)
        .check(z.describe('The visible tab with the report button hidden and the reporter\'s black-outs applied; always null for URL-only categories')),
      extensionVersion: z.string().check(z.minLength(1)),
      locale: languageSchema.check(z.describe('Language the reporter used')),
    })
    .check(
      z.refine((report) => !(URL_ONLY_CATEGORIES.includes(report.category) && report.screenshot), {
        message: `a report of category ${URL_ONLY_CATEGORIES.join(' or ')} must not carry a screenshot`,
        path: ['screenshot'],
      }),
    );
});
export type Report = z.infer<typeof reportSchema>;
