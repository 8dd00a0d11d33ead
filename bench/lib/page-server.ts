import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';

/**
 * Loopback server for the benchmark pages in bench/pages. Chromium maps every host name to
 * 127.0.0.1, so the heavy page's "other" hosts reach this server too. Every response carries
 * `Cache-Control: no-store`, so each load fetches every subresource through the network stack,
 * where declarativeNetRequest does its work. Subresources under /gen/ and /api/ are generated with
 * fixed sizes so the pages stay small in the repository.
 */
export interface PageServer {
  port: number;
  urlFor(path: string, host?: string): string;
  close(): Promise<void>;
}

const PAGES_DIR = resolve('bench/pages');
const PAGE_FILES: Record<string, string> = {
  '/small.html': 'small.html',
  '/heavy.html': 'heavy.html',
  '/frame.html': 'frame.html',
  '/spa.js': 'spa.js',
};

export async function startPageServer(): Promise<PageServer> {
  let port = 0;
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    const body = responseFor(path, port);
    if (!body) {
      send(response, 404, 'text/plain', 'not found');
      return;
    }
    send(response, 200, body.type, body.content);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  port = (server.address() as AddressInfo).port;

  return {
    port,
    urlFor: (path, host = 'school.bench.test') => `http://${host}:${port}${path}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

function send(response: ServerResponse, status: number, type: string, content: string): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' });
  response.end(content);
}

function responseFor(path: string, port: number): { type: string; content: string } | null {
  if (path.startsWith('/app')) return { type: 'text/html; charset=utf-8', content: readPage('spa.html', port) };
  const file = PAGE_FILES[path];
  if (file) return { type: file.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8', content: readPage(file, port) };

  const generated = /^\/gen\/(image|script|style)\/(\d+)\.(svg|js|css)$/.exec(path);
  if (generated) return generatedResource(generated[1]!, Number(generated[2]));
  const api = /^\/api\/([a-z]+)\.json$/.exec(path);
  if (api) return { type: 'application/json', content: apiDocument(api[1]!) };
  return null;
}

function readPage(file: string, port: number): string {
  return readFileSync(join(PAGES_DIR, file), 'utf8').replaceAll('{{PORT}}', String(port));
}

/** An SVG of about 2 KB, a script of about 20 KB that touches the DOM, or a stylesheet of about 6 KB. */
function generatedResource(kind: string, index: number): { type: string; content: string } {
  if (kind === 'image') {
    const shapes = Array.from({ length: 30 }, (_, shape) => `<circle cx="${(shape * 7 + index) % 120}" cy="${(shape * 13) % 80}" r="${3 + (shape % 5)}" fill="hsl(${(index * 37 + shape * 11) % 360} 60% 55%)"/>`);
    return { type: 'image/svg+xml', content: `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80">${shapes.join('')}</svg>` };
  }
  if (kind === 'script') {
    const table = Array.from({ length: 600 }, (_, entry) => `"word${index}_${entry}"`).join(',');
    const content = `(() => { const words = [${table}]; let total = 0; for (const word of words) total += word.length;
document.documentElement.dataset.script${index} = String(total); })();`;
    return { type: 'text/javascript', content };
  }
  const rules = Array.from({ length: 120 }, (_, rule) => `.s${index}-${rule} { margin: ${rule % 7}px; color: hsl(${rule * 3} 40% 30%); }`);
  return { type: 'text/css', content: `article { display: inline-block; width: 140px; vertical-align: top; }\n${rules.join('\n')}` };
}

function apiDocument(route: string): string {
  const items = Array.from({ length: 20 }, (_, index) => ({ title: `${route} ${index + 1}`, summary: `Nội dung mục ${index + 1} của ${route}.` }));
  return JSON.stringify({ title: route, items });
}
