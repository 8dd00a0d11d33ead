import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the list server answers next: a body, a status, and an optional delay in milliseconds. */
export interface ListResponse {
  status: number;
  body: string;
  delayMs?: number;
}

export interface ListServer {
  url(path: string): string;
  respond(path: string, response: ListResponse): void;
  requests(): { path: string; headers: Record<string, string | string[] | undefined> }[];
  close(): Promise<void>;
}

/** Loopback server that publishes block lists for the extra-list tests. */
export async function startListServer(): Promise<ListServer> {
  const responses = new Map<string, ListResponse>();
  const seen: { path: string; headers: Record<string, string | string[] | undefined> }[] = [];

  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    seen.push({ path, headers: request.headers });
    const planned = responses.get(path) ?? { status: 404, body: 'not found' };
    setTimeout(() => {
      response.writeHead(planned.status, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(planned.body);
    }, planned.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    respond: (path, response) => responses.set(path, response),
    requests: () => [...seen],
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
