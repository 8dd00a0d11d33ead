import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLocaleMessages } from '../../scripts/locales';
import { packagedMessage } from '../../utils/background/packaged-message';
import type { PackagedFileFetch } from '../../utils/background/packaged-message';

// The files the build writes to `_locales/<language>/messages.json`, served by path.
const packaged = buildLocaleMessages(resolve('locales'));
const fetchBuiltFile: PackagedFileFetch = async (path) => {
  const language = /^\/_locales\/(\w+)\/messages\.json$/.exec(path)?.[1];
  const messages = language ? packaged[language] : undefined;
  return messages ? new Response(JSON.stringify(messages)) : new Response('', { status: 404 });
};

describe('packagedMessage', () => {
  it('reads the title in the chosen language', async () => {
    expect(await packagedMessage('vi', 'reportMenuTitle', fetchBuiltFile)).toBe(packaged.vi!.reportMenuTitle!.message);
    expect(await packagedMessage('en', 'reportMenuTitle', fetchBuiltFile)).toBe(packaged.en!.reportMenuTitle!.message);
    expect(packaged.vi!.reportMenuTitle!.message).not.toBe(packaged.en!.reportMenuTitle!.message);
  });

  it('names the unreadable file', async () => {
    const missing: PackagedFileFetch = async () => new Response('', { status: 404 });
    await expect(packagedMessage('en', 'reportMenuTitle', missing)).rejects.toThrow('Failed to read the en messages file (HTTP 404)');
  });

  it('rejects a malformed file', async () => {
    const garbled: PackagedFileFetch = async () => new Response(JSON.stringify({ reportMenuTitle: 'no message field' }));
    await expect(packagedMessage('vi', 'reportMenuTitle', garbled)).rejects.toThrow();
  });

  it('names a missing key', async () => {
    const empty: PackagedFileFetch = async () => new Response('{}');
    await expect(packagedMessage('vi', 'reportMenuTitle', empty)).rejects.toThrow('Message "reportMenuTitle" is missing from the vi messages file');
  });
});
