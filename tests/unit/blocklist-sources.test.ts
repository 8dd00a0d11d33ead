import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, readSourceManifest } from '../../scripts/compile-rulesets';
import { CATEGORIES } from '../../utils/categories';
import { downloadPinnedLists, fetchTextOverHttp, sha256Hex } from '../../utils/ruleset/download-lists';
import { normaliseUpstreamList } from '../../utils/ruleset/normalise-upstream';
import {
  parseSourceManifest,
  sourceOfListFile,
  type PinnedList,
  type SourceManifest,
} from '../../utils/ruleset/source-manifest';

// The shared blocklists sit beside the repository checkout, unless BLOCKLISTS_DIR names them.
const SHARED_BLOCKLISTS_DIR = process.env.BLOCKLISTS_DIR ?? resolve(__dirname, '../../../shared/blocklists');
const hasSharedBlocklists = existsSync(join(SHARED_BLOCKLISTS_DIR, 'hagezi', 'nsfw.txt'));
const categoryFiles = [...new Set(CATEGORIES.flatMap((category) => category.sources))];

const UPSTREAM_HOSTS_FILE = [
  '# Title: test hosts file',
  '0.0.0.0 0.0.0.0',
  '127.0.0.1 localhost',
  '0.0.0.0 Example.COM   # inline comment',
  '0.0.0.0 www.bücher.de',
  '::1 ip6-localhost',
  '0.0.0.0 first.test.org second.test.org',
  '0.0.0.0 example.com',
  'bare.example.com',
  '',
].join('\r\n');
const NORMALISED_HOSTS_FILE =
  'bare.example.com\nexample.com\nfirst.test.org\nsecond.test.org\nwww.xn--bcher-kva.de\n';

const UPSTREAM_DOMAINS_FILE = [
  '# comment',
  '! adblock-style comment',
  'Example.com',
  '203.0.113.7',
  '2001:db8::1',
  'https://whole.example.net/',
  'https://sites.example.org/page/1',
  'host.with-port.com:8080',
  'trailing.dot.com.',
  'bad..name.com',
  'name_with_underscore.example.info',
  'single',
  'numeric.123',
  'first.example.org second-token-ignored.example.org',
  '0.0.0.0 hosts-style-line.example.org',
  'example.com',
].join('\n');
const NORMALISED_DOMAINS_FILE =
  'example.com\nfirst.example.org\nhost.with-port.com\nname_with_underscore.example.info\ntrailing.dot.com\nwhole.example.net\n';

describe('blocklist-sources.json', () => {
  let manifest: SourceManifest;

  beforeAll(async () => {
    manifest = await readSourceManifest();
  });

  it('lists every category file', () => {
    const pinnedFiles = manifest.lists.map((list) => list.file);

    for (const file of categoryFiles) expect(pinnedFiles).toContain(file);
    expect(new Set(pinnedFiles).size).toBe(pinnedFiles.length);
  });

  it('pins URLs to a commit', () => {
    for (const list of manifest.lists) {
      expect(list.url).toMatch(/^https:\/\/raw\.githubusercontent\.com\/[^/]+\/[^/]+\/[0-9a-f]{40}\/.+/);
    }
  });

  it('has a licence entry per source', () => {
    const licenceSources = manifest.licenceFiles.map((licence) => licence.source);

    for (const list of manifest.lists) expect(licenceSources).toContain(sourceOfListFile(list.file));
  });

  it('rejects an invalid manifest', () => {
    const broken = { lists: [{ file: 'x', url: 'ftp://a', sha256: 'zz', licence: '', format: 'csv' }], licenceFiles: [] };

    expect(() => parseSourceManifest(broken, 'test.json')).toThrow(/Invalid blocklist source manifest test.json/);
  });

  it.skipIf(!hasSharedBlocklists)('matches the shared list hashes', async () => {
    for (const list of manifest.lists) {
      const bytes = await readFile(join(SHARED_BLOCKLISTS_DIR, list.file));
      expect({ file: list.file, sha256: sha256Hex(bytes) }).toEqual({ file: list.file, sha256: list.sha256 });
    }
  });

  it.skipIf(!hasSharedBlocklists)('normalises shared lists unchanged', async () => {
    for (const list of manifest.lists) {
      const text = await readFile(join(SHARED_BLOCKLISTS_DIR, list.file), 'utf8');
      const normalised = normaliseUpstreamList(text, list.format);
      expect({ file: list.file, sha256: sha256Hex(normalised.text) }).toEqual({ file: list.file, sha256: list.sha256 });
    }
  }, 30_000);
});

describe('normaliseUpstreamList', () => {
  it('normalises a hosts file', () => {
    const normalised = normaliseUpstreamList(UPSTREAM_HOSTS_FILE, 'hosts');

    expect(normalised.text).toBe(NORMALISED_HOSTS_FILE);
    expect(normalised.hostCount).toBe(5);
    expect(normalised.droppedCount).toBe(3);
  });

  it('normalises a domain list', () => {
    const normalised = normaliseUpstreamList(UPSTREAM_DOMAINS_FILE, 'domains');

    expect(normalised.text).toBe(NORMALISED_DOMAINS_FILE);
    expect(normalised.droppedCount).toBe(7);
  });

  it('returns an empty text for no hosts', () => {
    expect(normaliseUpstreamList('# nothing\n', 'domains').text).toBe('');
  });
});

describe('pinned list download', () => {
  const routes = new Map<string, { status: number; body: string }>();
  const requests: string[] = [];
  const temporaryDirs: string[] = [];
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      const route = routes.get(request.url ?? '') ?? { status: 404, body: 'not found' };
      response.writeHead(route.status, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(route.body);
    });
    await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
    await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  async function createTemporaryDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'khien-xanh-download-'));
    temporaryDirs.push(dir);
    return dir;
  }

  /** Serves every category file from the loopback server under a path prefix. */
  function serveCategoryFiles(prefix: string): SourceManifest {
    const lists: PinnedList[] = categoryFiles.map((file) => {
      const format = file.startsWith('sinfonietta/') ? 'hosts' : 'domains';
      const upstream = format === 'hosts' ? UPSTREAM_HOSTS_FILE : UPSTREAM_DOMAINS_FILE;
      const normalised = format === 'hosts' ? NORMALISED_HOSTS_FILE : NORMALISED_DOMAINS_FILE;
      routes.set(`/${prefix}/${file}`, { status: 200, body: upstream });
      return { file, url: `${baseUrl}/${prefix}/${file}`, sha256: sha256Hex(normalised), licence: 'MIT', format };
    });

    const sources = [...new Set(categoryFiles.map(sourceOfListFile))];
    const licenceFiles = sources.map((source) => {
      if (source === 'ut1') return { source, file: 'ut1/LICENSE.md', url: null };
      routes.set(`/${prefix}/${source}/LICENSE`, { status: 200, body: `Licence of ${source}\n` });
      return { source, file: `${source}/LICENSE`, url: `${baseUrl}/${prefix}/${source}/LICENSE` };
    });
    return { lists, licenceFiles };
  }

  it('caches verified lists and licences', async () => {
    const manifest = serveCategoryFiles('ok');
    const cacheDir = await createTemporaryDir();

    await downloadPinnedLists(manifest, cacheDir);

    expect(await readFile(join(cacheDir, 'sinfonietta/porn.txt'), 'utf8')).toBe(NORMALISED_HOSTS_FILE);
    expect(await readFile(join(cacheDir, 'hagezi/nsfw.txt'), 'utf8')).toBe(NORMALISED_DOMAINS_FILE);
    expect(await readFile(join(cacheDir, 'hagezi/LICENSE'), 'utf8')).toBe('Licence of hagezi\n');
    expect(existsSync(join(cacheDir, 'ut1/LICENSE.md'))).toBe(false);

    const requestCount = requests.length;
    await downloadPinnedLists(manifest, cacheDir);
    expect(requests.length).toBe(requestCount);
  });

  it('compiles from the download cache', async () => {
    const cacheDir = await createTemporaryDir();
    const publicDir = await createTemporaryDir();
    const lines: string[] = [];

    const result = await main({
      blocklistsDir: undefined,
      publicDir,
      cacheDir,
      manifest: serveCategoryFiles('compile'),
      log: (line) => lines.push(line),
    });

    expect(result.upToDate).toBe(false);
    expect(lines[0]).toMatch(/BLOCKLISTS_DIR is not set, so the pinned lists are downloaded/);
    expect(result.stats.sources.every((source) => source.matchesManifest)).toBe(true);
    expect(result.stats.licences.map((licence) => licence.source)).not.toContain('ut1');
    const adult = await readFile(join(publicDir, 'rulesets', 'adult.json'), 'utf8');
    expect(adult).toContain('"www.xn--bcher-kva.de"');
    expect(adult).toContain('"whole.example.net"');
    expect(adult).not.toContain('underscore');
    expect(await readFile(join(publicDir, 'THIRD-PARTY-NOTICES.txt'), 'utf8')).toContain('UT1 blacklists');
  });

  it('rejects a list with a wrong hash', async () => {
    const manifest = serveCategoryFiles('tampered');
    routes.set('/tampered/hagezi/nsfw.txt', { status: 200, body: `${UPSTREAM_DOMAINS_FILE}\nextra.example.com\n` });
    const cacheDir = await createTemporaryDir();

    const run = main({
      blocklistsDir: join(cacheDir, 'missing-dir'),
      publicDir: await createTemporaryDir(),
      cacheDir,
      manifest,
      log: () => {},
    });

    await expect(run).rejects.toThrow(/BLOCKLISTS_DIR=.*missing-dir is not a directory/);
    await expect(run).rejects.toThrow(/hagezi\/nsfw.txt: the normalised download .* has sha256 [0-9a-f]{64}, but the manifest pins/);
    expect(existsSync(join(cacheDir, 'hagezi/nsfw.txt'))).toBe(false);
  });

  it('names BLOCKLISTS_DIR when nothing works', async () => {
    const manifest = serveCategoryFiles('gone');
    routes.delete('/gone/ut1/vpn.txt');

    const run = main({
      blocklistsDir: undefined,
      publicDir: await createTemporaryDir(),
      cacheDir: await createTemporaryDir(),
      manifest,
      log: () => {},
    });

    await expect(run).rejects.toThrow(/No blocklists to compile: BLOCKLISTS_DIR is not set/);
    await expect(run).rejects.toThrow(/HTTP 404/);
    await expect(run).rejects.toThrow(/Set BLOCKLISTS_DIR to a directory of category lists/);
  });

  it('fetchTextOverHttp rejects an error status', async () => {
    await expect(fetchTextOverHttp(`${baseUrl}/no-such-file`)).rejects.toThrow(
      `GET ${baseUrl}/no-such-file failed with HTTP 404`,
    );
  });
});
