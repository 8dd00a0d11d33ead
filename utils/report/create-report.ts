import type { Language } from '../language';
import { REPORT_FORMAT_VERSION, URL_ONLY_CATEGORIES, reportSchema } from './schema';
import type { Report, ReportCategory, Screenshot } from './schema';

export interface ReportInput {
  url: string;
  title: string;
  category: ReportCategory;
  description: string;
  screenshot: Screenshot | null;
  extensionVersion: string;
  locale: Language;
}

/** Removes user name and password from a URL so that credentials never leave the device. */
export function stripCredentials(url: string): string {
  const parsed = new URL(url);
  parsed.username = '';
  parsed.password = '';
  return parsed.href;
}

/**
 * Builds a validated report with a fresh id. The description is normalised to NFC, and the
 * screenshot is dropped for URL-only categories whatever the caller passed.
 */
export function createReport(input: ReportInput, now = new Date()): Report {
  const urlOnly = URL_ONLY_CATEGORIES.includes(input.category);

  return reportSchema.parse({
    formatVersion: REPORT_FORMAT_VERSION,
    id: crypto.randomUUID(),
    createdAt: now.toISOString(),
    url: stripCredentials(input.url),
    title: input.title.normalize('NFC').slice(0, 500),
    category: input.category,
    description: input.description.normalize('NFC').trim(),
    screenshot: urlOnly ? null : input.screenshot,
    extensionVersion: input.extensionVersion,
    locale: input.locale,
  });
}
