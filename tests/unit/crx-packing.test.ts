import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readCrxFile } from '../../scripts/crx/crx-header';
import { extensionIdFromPrivateKeyPem, extensionIdFromPublicKey, publicKeyDerFromPrivateKeyPem } from '../../scripts/crx/extension-id';
import { parsePackOptions } from '../../scripts/crx/pack-options';
import { packedManifest, releaseFiles } from '../../scripts/crx/release-files';
import { buildUpdateManifest } from '../../scripts/crx/update-manifest';
import { EXTENSION_ID, EXTENSION_PUBLIC_KEY } from '../../utils/extension-identity';

function newPrivateKeyPem(): string {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** Encodes one length-delimited protobuf field, enough to build a CRX3 header by hand. */
function protobufField(fieldNumber: number, value: Buffer): Buffer {
  return Buffer.concat([varint(fieldNumber * 8 + 2), varint(value.length), value]);
}

function varint(value: number): Buffer {
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
  return Buffer.from(bytes);
}

function crxFile(publicKeyDer: Buffer, crxId: Buffer, archive: Buffer): Buffer {
  const proof = Buffer.concat([protobufField(1, publicKeyDer), protobufField(2, Buffer.from('signature'))]);
  const header = Buffer.concat([protobufField(2, proof), protobufField(10000, protobufField(1, crxId))]);
  const prefix = Buffer.alloc(12);
  prefix.write('Cr24', 0, 'latin1');
  prefix.writeUInt32LE(3, 4);
  prefix.writeUInt32LE(header.length, 8);
  return Buffer.concat([prefix, header, archive]);
}

describe('extension ID from a key', () => {
  it('matches the development ID for the manifest key', () => {
    expect(extensionIdFromPublicKey(Buffer.from(EXTENSION_PUBLIC_KEY, 'base64'))).toBe(EXTENSION_ID);
  });

  it('gives a private key the ID of its public key', () => {
    const pem = newPrivateKeyPem();
    const id = extensionIdFromPrivateKeyPem(pem);
    expect(id).toMatch(/^[a-p]{32}$/);
    expect(id).toBe(extensionIdFromPublicKey(publicKeyDerFromPrivateKeyPem(pem)));
  });
});

describe('buildUpdateManifest', () => {
  it('names the ID, version and package URL', () => {
    const xml = buildUpdateManifest({ extensionId: EXTENSION_ID, version: '0.1.0', crxUrl: 'https://truong.example/kx/khien-xanh-0.1.0.crx' });
    expect(xml).toContain("<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>");
    expect(xml).toContain(`<app appid='${EXTENSION_ID}'>`);
    expect(xml).toContain("<updatecheck codebase='https://truong.example/kx/khien-xanh-0.1.0.crx' version='0.1.0' />");
  });

  it('escapes quotes and ampersands in the URL', () => {
    const xml = buildUpdateManifest({ extensionId: EXTENSION_ID, version: '1.0', crxUrl: "https://a.example/x.crx?a=1&b='2'" });
    expect(xml).toContain("codebase='https://a.example/x.crx?a=1&amp;b=&apos;2&apos;'");
  });

  it('rejects an invalid extension ID', () => {
    expect(() => buildUpdateManifest({ extensionId: 'not-an-id', version: '1.0', crxUrl: 'https://a.example/x.crx' })).toThrow(/Invalid extension ID/);
  });
});

describe('readCrxFile', () => {
  it('reads the key, ID and archive', () => {
    const publicKeyDer = Buffer.from(EXTENSION_PUBLIC_KEY, 'base64');
    const crxId = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
    const crx = readCrxFile(crxFile(publicKeyDer, crxId, Buffer.from('PK zip bytes')));
    expect(crx.extensionId).toBe('abcdefghijklmnopabcdefghijklmnop');
    expect(crx.rsaPublicKeys).toEqual([publicKeyDer]);
    expect(crx.archive.toString()).toBe('PK zip bytes');
  });

  it('rejects a file without the CRX magic', () => {
    expect(() => readCrxFile(Buffer.from('PK\u0003\u0004 not a crx'))).toThrow(/magic/);
  });

  it('rejects a header longer than the file', () => {
    const file = crxFile(Buffer.from('key'), Buffer.alloc(16), Buffer.alloc(0));
    expect(() => readCrxFile(file.subarray(0, file.length - 1))).toThrow(/past the end/);
  });
});

describe('packedManifest', () => {
  it('drops key and sets update_url', () => {
    const manifest = { version: '0.1.0', key: 'MIIB', update_url: 'https://old.example/u.xml' };
    expect(packedManifest(manifest, 'https://truong.example/kx/updates.xml')).toEqual({ version: '0.1.0', update_url: 'https://truong.example/kx/updates.xml' });
  });

  it('drops key and update_url for the store', () => {
    expect(packedManifest({ version: '0.1.0', key: 'MIIB', update_url: 'https://old.example/u.xml' })).toEqual({ version: '0.1.0' });
  });
});

describe('releaseFiles', () => {
  it('puts both URLs under the base URL', () => {
    const files = releaseFiles('0.1.0', 'https://truong.example/kx/');
    expect(files.crxUrl).toBe('https://truong.example/kx/khien-xanh-0.1.0.crx');
    expect(files.updateUrl).toBe('https://truong.example/kx/updates.xml');
  });

  it('has no URLs without a base URL', () => {
    expect(releaseFiles('0.1.0')).toEqual({ crxName: 'khien-xanh-0.1.0.crx', storeZipName: 'khien-xanh-0.1.0-store.zip', updateManifestName: 'updates.xml' });
  });
});

describe('parsePackOptions', () => {
  it('adds a missing trailing slash to the base URL', () => {
    expect(parsePackOptions(['--key', 'k.pem', '--base-url', 'https://truong.example/kx']).baseUrl).toBe('https://truong.example/kx/');
  });

  it('defaults to the Chrome build', () => {
    expect(parsePackOptions([])).toEqual({ keyPath: undefined, baseUrl: undefined, extensionDir: '.output/chrome-mv3' });
  });

  it('rejects a plain http base URL', () => {
    expect(() => parsePackOptions(['--base-url', 'http://truong.example/kx/'])).toThrow(/use https/);
  });

  it('rejects an unknown option', () => {
    expect(() => parsePackOptions(['--update-url', 'https://truong.example/kx/'])).toThrow(/Unknown option/);
  });
});
