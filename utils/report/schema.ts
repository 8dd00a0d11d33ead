import { z } from 'zod';
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

/** Categories for which no screenshot is ever captured or sent: hotlines take the URL only. */
export const URL_ONLY_CATEGORIES: readonly ReportCategory[] = ['childSexualAbuse'];

/** Maximum description length in characters (Unicode code points, not UTF-16 units). */
export const MAX_DESCRIPTION_CHARACTERS = 1000;

/** Maximum decoded screenshot size in bytes. */
export const MAX_SCREENSHOT_BYTES = 4 * 1024 * 1024;

const BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;

export const screenshotSchema = z.object({
  mediaType: z.literal('image/jpeg'),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  data: z
    .string()
    .regex(BASE64_PATTERN, 'screenshot data must be base64')
    .refine((data) => (data.length * 3) / 4 <= MAX_SCREENSHOT_BYTES, {
      message: `screenshot is larger than ${MAX_SCREENSHOT_BYTES} bytes`,
    }),
});
export type Screenshot = z.infer<typeof screenshotSchema>;

const webUrlSchema = z.url({ protocol: /^https?$/ });

export const reportSchema = z
  .object({
    formatVersion: z.literal(REPORT_FORMAT_VERSION),
    id: z.uuid(),
    createdAt: z.iso.datetime(),
    url: webUrlSchema,
    title: z.string().max(500),
    category: reportCategorySchema,
    description: z
      .string()
      .refine((text) => [...text].length <= MAX_DESCRIPTION_CHARACTERS, {
        message: `description is longer than ${MAX_DESCRIPTION_CHARACTERS} characters`,
      }),
    screenshot: screenshotSchema.nullable(),
    extensionVersion: z.string().min(1),
    locale: languageSchema,
  })
  .refine((report) => !(URL_ONLY_CATEGORIES.includes(report.category) && report.screenshot), {
    message: 'a report of child sexual abuse material must not carry a screenshot',
    path: ['screenshot'],
  });
export type Report = z.infer<typeof reportSchema>;
