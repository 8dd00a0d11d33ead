import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { reportSchema } from '../../utils/report/schema';
import type { Report } from '../../utils/report/schema';

/**
 * Reference report receiver for the demo and the tests (not a production server). It listens on
 * loopback only, validates every report with the extension's own schema, stores each report id
 * once, and can be told to fail: answer a status code, delay, or drop the connection.
 */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

export interface FailureMode {
  /** Status code to answer instead of accepting; null accepts. */
  status: number | null;
  /**
   * Delay before handling a request whose body has arrived, in milliseconds: the report is stored
   * (or the failure answered) only afterwards, even if the client has gone away meanwhile, as a
   * slow server that keeps working on a request the client abandoned would.
   */
  delayMs: number;
  /** Destroy the connection without any response. */
  dropConnection: boolean;
  /** Extra headers for the failure response, such as Retry-After. */
  headers: Record<string, string>;
}

export interface ReceivedAttempt {
  id: string | null;
  idempotencyKey: string | null;
  authorization: string | null;
  outcome: 'stored' | 'duplicate' | 'invalid' | 'failed' | 'dropped';
}

export interface ReportReceiver {
  url: string;
  reports(): Report[];
  /** When a report was stored (epoch ms), or undefined if it was not. */
  storedAt(id: string): number | undefined;
  attempts(): ReceivedAttempt[];
  setFailure(mode: Partial<FailureMode>): void;
  waitForReports(count: number, timeoutMs?: number): Promise<Report[]>;
  close(): Promise<void>;
}

export interface ReceiverOptions {
  port?: number;
  /** Called after a new report is stored, for the demo's console output. */
  onReport?: (report: Report) => void;
}

const HEALTHY: FailureMode = { status: null, delayMs: 0, dropConnection: false, headers: {} };

export async function startReportReceiver(options: ReceiverOptions = {}): Promise<ReportReceiver> {
  const stored = new Map<string, Report>();
  const storedTimes = new Map<string, number>();
  const attempts: ReceivedAttempt[] = [];
  let failure: FailureMode = { ...HEALTHY };

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      console.error('[report-receiver] request failed:', error);
      if (!response.headersSent) respond(response, 500, { error: 'internal error' });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method === 'GET') return serveListing(request, response, [...stored.values()]);
    if (request.method !== 'POST' || request.url !== '/reports') return respond(response, 404, { error: 'not found' });

    const body = await readBody(request);
    const attempt: ReceivedAttempt = {
      id: null,
      idempotencyKey: header(request, 'idempotency-key'),
      authorization: header(request, 'authorization'),
      outcome: 'invalid',
    };
    attempts.push(attempt);
    if (failure.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, failure.delayMs));
    if (failure.dropConnection) {
      attempt.outcome = 'dropped';
      request.socket.destroy();
      return;
    }
    if (failure.status !== null) {
      attempt.outcome = 'failed';
      return respond(response, failure.status, { error: 'failure requested by the test' }, failure.headers);
    }
    acceptReport(body, attempt, response);
  }

  function acceptReport(body: Buffer | null, attempt: ReceivedAttempt, response: ServerResponse): void {
    if (!body) return respond(response, 413, { error: `body larger than ${MAX_BODY_BYTES} bytes` });

    const parsed = parseJson(body);
    const report = reportSchema.safeParse(parsed);
    if (!report.success) return respond(response, 400, { error: 'invalid report', issues: report.error.issues });

    attempt.id = report.data.id;
    if (attempt.idempotencyKey !== report.data.id) {
      return respond(response, 400, { error: 'Idempotency-Key header must equal the report id' });
    }
    if (stored.has(report.data.id)) {
      attempt.outcome = 'duplicate';
      return respond(response, 200, { id: report.data.id, duplicate: true });
    }
    stored.set(report.data.id, report.data);
    storedTimes.set(report.data.id, Date.now());
    attempt.outcome = 'stored';
    options.onReport?.(report.data);
    respond(response, 201, { id: report.data.id });
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/reports`,
    reports: () => [...stored.values()],
    storedAt: (id) => storedTimes.get(id),
    attempts: () => [...attempts],
    setFailure: (mode) => {
      failure = { ...HEALTHY, ...mode };
    },
    waitForReports: (count, timeoutMs = 15_000) => waitFor(() => (stored.size >= count ? [...stored.values()] : null), timeoutMs),
    close: () => closeServer(server),
  };
}

function header(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  return typeof value === 'string' ? value : null;
}

async function readBody(request: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (error) {
    return { parseError: String(error) };
  }
}

function respond(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

function serveListing(request: IncomingMessage, response: ServerResponse, reports: Report[]): void {
  if (request.url === '/reports') return respond(response, 200, reports);

  const rows = reports.map((report) => {
    const image = report.screenshot ? `<img src="data:image/jpeg;base64,${report.screenshot.data}" width="320">` : '(no screenshot)';
    return `<tr><td>${escapeHtml(report.createdAt)}</td><td>${escapeHtml(report.category)}</td><td>${escapeHtml(report.url)}</td><td>${escapeHtml(report.description)}</td><td>${image}</td></tr>`;
  });
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  response.end(`<!doctype html><meta charset="utf-8"><title>Reports received</title><h1>Reports received: ${reports.length}</h1><table border="1" cellpadding="4"><tr><th>time</th><th>category</th><th>url</th><th>description</th><th>screenshot</th></tr>${rows.join('')}</table>`);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

async function waitFor<T>(check: () => T | null, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for reports`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
