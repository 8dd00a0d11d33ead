import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { z } from 'zod/mini';
import type { AgeGroup } from './age-groups';
import type { Language } from './language';
import { HARM_CATEGORIES } from './page-check/term-types';
import type { SaveDomainListsResult } from './rules/save-domain-lists';
import { reportCategorySchema, reporterRoleSchema, reportSchema, screenshotSchema } from './report/schema';
import type { ReportListItem } from './report/report-list';

/** Payload of a request that carries none. Extra keys are dropped. */
const emptyPayloadSchema = z.object({});

/**
 * The one message protocol between the extension's contexts. Each message has a zod schema for
 * its payload, which the receiver parses, and a result type, so a renamed or reshaped message
 * fails to compile at every sender.
 *
 * Payloads with fields are built on first use (`z.lazy`): the service worker evaluates this module
 * at every start, and most starts (a page load, an alarm) receive no message.
 */
export const backgroundRequestSchemas = {
  /** From the report form: the page the form was opened on. */
  getReportContext: emptyPayloadSchema,
  /**
   * From the report form: a screenshot of the reported tab, taken with the overlay hidden. The
   * category is sent so that the background can refuse a capture for URL-only categories.
   */
  captureScreenshot: z.lazy(() => z.object({ category: reportCategorySchema })),
  /** From the report form: build, store and try to deliver a report. */
  submitReport: z.lazy(() =>
    z.object({
      category: reportCategorySchema,
      description: z.string(),
      reporterRole: reporterRoleSchema,
      contact: z.string(),
      /** The link or image chosen in the context menu; accepted only if the menu chose it. */
      targetUrl: z.optional(z.url({ protocol: /^https?$/ })),
      screenshot: z.nullable(screenshotSchema),
    }),
  ),
  /** From the report form and the popup: a stored report, to save it as files. */
  getSavedReport: z.lazy(() => z.object({ id: z.uuid() })),
  /** From the popup: recent reports with their delivery state. */
  listReports: emptyPayloadSchema,
  /** From the block page: ask for a blocked page to be reviewed. */
  requestUnblock: z.lazy(() => z.object({ url: z.url({ protocol: /^https?$/ }), description: z.string() })),
  /** From the report form: close the overlay that contains it. */
  closeReportForm: emptyPayloadSchema,
  /** From the popup: open the report form on a tab. */
  openReportForm: z.lazy(() => z.object({ tabId: z.int() })),
  /** From the popup and options: status to show. */
  getStatus: emptyPayloadSchema,
  /** From the popup: try to deliver queued reports now. */
  deliverNow: emptyPayloadSchema,
  /** From the content script (the one request it may send): the page's words look harmful. */
  pageCheckVerdict: z.lazy(() => z.object({ category: z.enum(HARM_CATEGORIES), score: z.number().check(z.nonnegative()) })),
  /** From the options page: fetch state of each extra list. */
  getExtraListStatus: emptyPayloadSchema,
  /** From the options page: fetch every extra list now. */
  refreshExtraLists: emptyPayloadSchema,
  /**
   * From the options page: normalise and save the parent's domain lists as typed. Invalid
   * entries are returned by name and the valid ones are saved.
   */
  saveDomainLists: z.lazy(() =>
    z.object({
      allowList: z.optional(z.array(z.string())),
      denyList: z.optional(z.array(z.string())),
      allowOnlyList: z.optional(z.array(z.string())),
    }),
  ),
} as const;

// The results below are types only: the background builds them, and no receiver parses them.
export interface ExtraListStatus {
  url: string;
  domainCount: number;
  updatedAt: number | null;
  lastError: string | null;
  invalidLines: number;
}

/** Requests that the extension's content scripts may send; every other request is for extension pages only. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<BackgroundRequestType> = new Set(['pageCheckVerdict']);

export type BackgroundRequestType = keyof typeof backgroundRequestSchemas;
export type BackgroundRequest<K extends BackgroundRequestType> = z.infer<(typeof backgroundRequestSchemas)[K]>;

export interface Status {
  ageGroup: AgeGroup;
  language: Language;
  endpointConfigured: boolean;
  pending: number;
  delivered: number;
  rejected: number;
}

export interface BackgroundResults {
  getReportContext: { url: string; title: string };
  captureScreenshot: z.infer<typeof screenshotSchema>;
  submitReport: { id: string; endpointConfigured: boolean; delivered: boolean; rejected: boolean };
  getSavedReport: z.infer<typeof reportSchema> | null;
  listReports: ReportListItem[];
  requestUnblock: { id: string };
  closeReportForm: null;
  openReportForm: { opened: boolean; mode: 'inPage' | 'window' | 'none' };
  getStatus: Status;
  deliverNow: { delivered: number; retried: number; rejected: number };
  pageCheckVerdict: { blocked: boolean };
  getExtraListStatus: ExtraListStatus[];
  refreshExtraLists: ExtraListStatus[];
  saveDomainLists: SaveDomainListsResult;
}

type Envelope = { type: BackgroundRequestType; data: unknown };
type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Sends a request to the background and returns its result, re-throwing its error here. */
export async function sendToBackground<K extends BackgroundRequestType>(
  type: K,
  data: BackgroundRequest<K>,
): Promise<BackgroundResults[K]> {
  const reply = (await browser.runtime.sendMessage({ type, data } satisfies Envelope)) as Reply<BackgroundResults[K]> | undefined;
  if (!reply) throw new Error(`No reply from the background to "${type}"`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export type BackgroundHandlers = {
  [K in BackgroundRequestType]: (
    data: BackgroundRequest<K>,
    sender: Browser.runtime.MessageSender,
  ) => Promise<BackgroundResults[K]>;
};

const envelopeSchema = z.object({
  type: z.enum(Object.keys(backgroundRequestSchemas) as [BackgroundRequestType]),
  data: z.unknown(),
});

/**
 * Registers the background's handlers. A message is accepted only from a sender that
 * `isTrustedSender` allows. Its payload is parsed with the message's schema, and a handler's error
 * is sent back to the caller as text.
 */
export function handleBackgroundRequests(
  handlers: BackgroundHandlers,
  isTrustedSender: (type: BackgroundRequestType, sender: Browser.runtime.MessageSender) => boolean,
): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const envelope = envelopeSchema.safeParse(message);
    if (!envelope.success) return false;

    const { type, data } = envelope.data;
    if (!isTrustedSender(type, sender)) {
      sendResponse({ ok: false, error: `"${type}" is not accepted from ${sender.url ?? 'an unknown sender'}` });
      return false;
    }
    runHandler(handlers, type, data, sender).then(sendResponse);
    return true;
  });
}

async function runHandler(
  handlers: BackgroundHandlers,
  type: BackgroundRequestType,
  data: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<Reply<unknown>> {
  try {
    const payload = backgroundRequestSchemas[type].parse(data);
    const handler = handlers[type] as (payload: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown>;
    return { ok: true, value: await handler(payload, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
