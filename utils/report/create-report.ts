import type { Language } from '../language';
import { REPORT_FORMAT_VERSION, URL_ONLY_CATEGORIES, reportSchema } from './schema';
import type { Report, ReportCategory, ReporterRole, Screenshot } from './schema';

export interface ReportInput {
  url: string;
  title: string;
  /** The link or image chosen in the context menu, if any. */
  targetUrl?: string;
  category: ReportCategory;
  description: string;
  reporterRole?: ReporterRole;
  contact?: string;
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
 * Builds a validated report with a fresh id. Text fields are normalised to NFC, URLs lose their
 * credentials, and the screenshot is dropped for URL-only categories whatever the caller passed.
 */
export function createReport(input: ReportInput, now = new Date()): Report {
  const urlOnly = URL_ONLY_CATEGORIES.includes(input.category);

  return reportSchema.parse({
    formatVersion: REPORT_FORMAT_VERSION,
    id: crypto.randomUUID(),
    createdAt: now.toISOString(),
    url: stripCredentials(input.url),
    title: input.title.normalize('NFC').slice(0, 500),
    ...(input.targetUrl ? { targetUrl: stripCredentials(input.targetUrl) } : {}),
    category: input.category,
    description: input.description.normalize('NFC').trim(),
    reporterRole: input.reporterRole ?? 'child',
    contact: (input.contact ?? '').normalize('NFC').trim(),
    screenshot: urlOnly ? null : input.screenshot,
    extensionVersion: input.extensionVersion,
    locale: input.locale,
  });
}
