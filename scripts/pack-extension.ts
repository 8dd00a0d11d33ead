/**
 * `npm run pack`: signs the unpacked build into a .crx file with the organisation's own key, for
 * schools that host the extension themselves, and writes the update manifest and a Chrome Web
 * Store upload ZIP. Packing runs Chromium locally and sends nothing over the network.
 */
import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { chmod, cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod/mini';
import { CHROMIUM_PATH, LOOPBACK_ONLY_ARGS } from '../tests/support/chromium';
import { readCrxFile } from './crx/crx-header';
import { extensionIdFromPrivateKeyPem, publicKeyDerFromPrivateKeyPem } from './crx/extension-id';
import { PACK_USAGE, parsePackOptions } from './crx/pack-options';
import { packedManifest, releaseFiles } from './crx/release-files';
import { buildUpdateManifest } from './crx/update-manifest';

const runFile = promisify(execFile);

const OUTPUT_DIR = resolve('.output/pack');
/** Path of the key created when none is given. Git ignores it, as it ignores every `*.pem`. */
const NEW_KEY_PATH = resolve('khien-xanh-signing-key.pem');
const PACK_TIMEOUT_MS = 120_000;

const manifestSchema = z.looseObject({ version: z.string().check(z.minLength(1)) });

async function main(): Promise<void> {
  const options = parsePackOptions(process.argv.slice(2));
  const extensionDir = resolve(options.extensionDir);
  const manifestPath = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No built extension in ${extensionDir}: run "npm run build" first (with BLOCKLISTS_DIR set).`);
  }
  const manifest = manifestSchema.parse(JSON.parse(await readFile(manifestPath, 'utf8')));
  const files = releaseFiles(manifest.version, options.baseUrl);

  const keyPath = options.keyPath === undefined ? await createKey(NEW_KEY_PATH) : resolve(options.keyPath);
  const privateKeyPem = await readFile(keyPath, 'utf8');
  const extensionId = extensionIdFromPrivateKeyPem(privateKeyPem);

  await rm(OUTPUT_DIR, { recursive: true, force: true });
  const storeDir = await stageExtension(extensionDir, join(OUTPUT_DIR, 'store', 'khien-xanh'), packedManifest(manifest));
  const crxDir = await stageExtension(extensionDir, join(OUTPUT_DIR, 'khien-xanh'), packedManifest(manifest, files.updateUrl));

  await packWithChromium(crxDir, keyPath);
  const crxPath = join(OUTPUT_DIR, files.crxName);
  await rename(`${crxDir}.crx`, crxPath);
  // Chromium writes the file readable by its owner only, but a web server has to serve it.
  await chmod(crxPath, 0o644);
  await checkPackedId(crxPath, extensionId, publicKeyDerFromPrivateKeyPem(privateKeyPem));

  if (files.crxUrl !== undefined) {
    await writeFile(join(OUTPUT_DIR, files.updateManifestName), buildUpdateManifest({ extensionId, version: manifest.version, crxUrl: files.crxUrl }));
  }
  const storeZipWritten = await zipFolder(storeDir, join(OUTPUT_DIR, files.storeZipName));
  printSummary({ extensionId, keyPath, files, storeZipWritten });
}

/** Creates a 2048-bit RSA key (PKCS #8 PEM, readable only by its owner) and refuses to replace one. */
async function createKey(path: string): Promise<string> {
  if (existsSync(path)) {
    throw new Error(`A key already exists at ${path}. Sign with it (--key ${path}), or move it away to create a new one.`);
  }
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  await writeFile(path, privateKey, { mode: 0o600, flag: 'wx' });
  console.log(`Created a new signing key: ${path}`);
  console.log('Keep it secret and back it up: every later version must be signed with it, or browsers treat it as another extension.');
  return path;
}

/** Copies the build to `destination` with the given manifest. */
async function stageExtension(source: string, destination: string, manifest: Record<string, unknown>): Promise<string> {
  await mkdir(destination, { recursive: true });
  await cp(source, destination, { recursive: true });
  await writeFile(join(destination, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return destination;
}

/** Runs Chromium's packer, which writes `<dir>.crx` next to the folder and exits. */
async function packWithChromium(dir: string, keyPath: string): Promise<void> {
  const profileDir = await mkdtemp(join(tmpdir(), 'khien-xanh-pack-'));
  try {
    await runFile(
      CHROMIUM_PATH,
      [...LOOPBACK_ONLY_ARGS, ...rootArgs(), `--user-data-dir=${profileDir}`, `--pack-extension=${dir}`, `--pack-extension-key=${keyPath}`],
      { timeout: PACK_TIMEOUT_MS },
    );
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`Chromium (${CHROMIUM_PATH}) failed to pack ${dir}: ${detail}. Set CHROMIUM_PATH to use another binary.`);
  } finally {
    await rm(profileDir, { recursive: true, force: true });
  }
  if (!existsSync(`${dir}.crx`)) throw new Error(`Chromium exited without writing ${dir}.crx.`);
}

/**
 * Chromium refuses to start as root unless its sandbox is off. The packer loads no web content,
 * so the sandbox protects nothing here; Playwright turns it off the same way for the tests.
 */
function rootArgs(): string[] {
  return process.getuid?.() === 0 ? ['--no-sandbox'] : [];
}

/** Checks that the .crx carries our public key and the ID we computed, so the printed ID is the one browsers see. */
async function checkPackedId(crxPath: string, expectedId: string, publicKeyDer: Buffer): Promise<void> {
  const crx = readCrxFile(await readFile(crxPath));
  if (crx.extensionId !== expectedId) {
    throw new Error(`The .crx declares the ID ${crx.extensionId}, but the key gives ${expectedId}.`);
  }
  if (!crx.rsaPublicKeys.some((key) => key.equals(publicKeyDer))) {
    throw new Error(`The .crx at ${crxPath} is not signed with the given key.`);
  }
}

/** Writes a ZIP of the folder's contents with Info-ZIP's `zip`; returns false when `zip` is not installed. */
async function zipFolder(dir: string, zipPath: string): Promise<boolean> {
  try {
    await runFile('zip', ['-r', '-X', '-q', zipPath, '.'], { cwd: dir });
    return true;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return false;
    throw error;
  }
}

function printSummary(result: { extensionId: string; keyPath: string; files: ReturnType<typeof releaseFiles>; storeZipWritten: boolean }): void {
  const { extensionId, keyPath, files } = result;
  console.log(`Extension ID: ${extensionId} (from ${keyPath})`);
  console.log(`Package: ${join(OUTPUT_DIR, files.crxName)}`);
  if (files.updateUrl !== undefined && files.crxUrl !== undefined) {
    console.log(`Update manifest: ${join(OUTPUT_DIR, files.updateManifestName)}`);
    console.log(`Serve both files so that ${files.crxUrl} and ${files.updateUrl} load, then force-install with:`);
    console.log(`  ${extensionId};${files.updateUrl}`);
  } else {
    console.log('No --base-url given: the package has no update URL and no updates.xml was written.');
  }
  console.log(
    result.storeZipWritten
      ? `Chrome Web Store upload (no "key" or "update_url"): ${join(OUTPUT_DIR, files.storeZipName)}`
      : 'The "zip" program was not found, so no Chrome Web Store upload ZIP was written.',
  );
}

main().catch((error: unknown) => {
  console.error(`pack: ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) console.error(PACK_USAGE);
  process.exitCode = 1;
});
