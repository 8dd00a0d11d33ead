import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Loopback web server standing in for every web site in the tests: Chromium maps all host names
 * to 127.0.0.1, so `http://any-name.example:PORT/` reaches this server. It answers a plain page
 * naming the host, and records the headers of every request so tests can check what was sent.
 */
export interface SiteServer {
  port: number;
  urlFor(host: string, path?: string): string;
  requests(): { host: string; path: string; headers: IncomingHttpHeaders }[];
  /** Serves `body` at `path` on every host, as HTML unless another content type is given. */
  setPage(path: string, body: string, contentType?: string): void;
  close(): Promise<void>;
}

export interface SiteServerOptions {
  /**
   * Serve HTTPS with the self-signed loopback certificate in tests/fixtures/tls. Needed for hosts
   * on the HSTS preload list (google.com, youtube.com), which Chromium never loads over http;
   * the browser must then ignore certificate errors.
   */
  https?: boolean;
}

const HTML = 'text/html; charset=utf-8';
const TLS_DIR = fileURLToPath(new URL('../fixtures/tls/', import.meta.url));

export async function startSiteServer(options: SiteServerOptions = {}): Promise<SiteServer> {
  const seen: { host: string; path: string; headers: IncomingHttpHeaders }[] = [];
  const pages = new Map<string, { body: string; contentType: string }>();

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const path = request.url ?? '/';
    seen.push({ host, path, headers: request.headers });

    const page = pages.get(path.split('?')[0] ?? '/') ?? { body: defaultPage(host), contentType: HTML };
    response.writeHead(200, { 'Content-Type': page.contentType, 'Access-Control-Allow-Origin': '*' });
    response.end(page.body);
  };
  const server: Server = options.https
    ? createHttpsServer(
        { key: readFileSync(join(TLS_DIR, 'loopback-key.pem')), cert: readFileSync(join(TLS_DIR, 'loopback-cert.pem')) },
        handle,
      )
    : createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const scheme = options.https ? 'https' : 'http';

  return {
    port,
    urlFor: (host, path = '/') => `${scheme}://${host}:${port}${path}`,
    requests: () => [...seen],
    setPage: (path, body, contentType = HTML) => pages.set(path, { body, contentType }),
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function defaultPage(host: string): string {
  const safeHost = host.replace(/[^a-z0-9.-]/gi, '');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test page on ${safeHost}</title>
<style>body{font:16px sans-serif;margin:0;padding:24px;background:#f3f7ff}h1{color:#123}</style></head>
<body><h1 id="site-heading">Welcome to ${safeHost}</h1><p>A loopback page served for the tests.</p></body></html>`;
}
