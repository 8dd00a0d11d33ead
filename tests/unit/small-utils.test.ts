import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseBlockedPageUrl } from '../../utils/blocked-url';
import { blockedCategoriesFor, CATEGORY_IDS } from '../../utils/categories';
import { isAllowedEndpoint } from '../../utils/policy/endpoint';
import { extensionApi } from '../../utils/extension-api';
import { EXTENSION_ID, EXTENSION_PUBLIC_KEY } from '../../utils/extension-identity';
import { rulesetChanges } from '../../utils/rulesets';

describe('extension identity', () => {
  it('derives the ID from the public key', () => {
    const digest = createHash('sha256').update(Buffer.from(EXTENSION_PUBLIC_KEY, 'base64')).digest('hex');
    const derived = [...digest.slice(0, 32)].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
    expect(derived).toBe(EXTENSION_ID);
  });
});

describe('extensionApi', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('prefers browser with a runtime id', () => {
    const browserApi = { runtime: { id: 'extension' } };
    vi.stubGlobal('browser', browserApi);
    vi.stubGlobal('chrome', { runtime: { id: 'extension' } });
    expect(extensionApi()).toBe(browserApi);
  });

  it('falls back to chrome', () => {
    const chromeApi = { runtime: { id: 'extension' } };
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', chromeApi);
    expect(extensionApi()).toBe(chromeApi);
  });

  it('throws without any API', () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', undefined);
    expect(() => extensionApi()).toThrow(/Extension API not found/);
  });

  it('looks up at each call', () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', { runtime: { id: 'first' } });
    extensionApi();
    const laterApi = { runtime: { id: 'later' } };
    vi.stubGlobal('chrome', laterApi);
    expect(extensionApi()).toBe(laterApi);
  });
});

describe('parseBlockedPageUrl', () => {
  it('reads the category and the blocked URL', () => {
    const parsed = parseBlockedPageUrl('chrome-extension://id/blocked.html?category=gambling#https://bet.example/a?b=1#c');
    expect(parsed).toEqual({ category: 'gambling', blockedUrl: 'https://bet.example/a?b=1#c' });
  });

  it('ignores a fragment that is not a web URL', () => {
    const parsed = parseBlockedPageUrl('chrome-extension://id/blocked.html?category=adult#javascript:alert(1)');
    expect(parsed.blockedUrl).toBeNull();
  });

  it('handles a missing category', () => {
    expect(parseBlockedPageUrl('chrome-extension://id/blocked.html').category).toBeNull();
  });
});

describe('isAllowedEndpoint', () => {
  it.each(['https://reports.example.vn/api', 'http://127.0.0.1:8787/reports', 'http://localhost/reports', 'http://[::1]:9000/'])(
    'accepts %s',
    (url) => expect(isAllowedEndpoint(url)).toBe(true),
  );

  it.each(['http://reports.example.vn/api', 'ftp://127.0.0.1/', 'not a url', 'https://user:pw@example.vn/', 'http://127.0.0.1.evil.example/'])(
    'rejects %s',
    (url) => expect(isAllowedEndpoint(url)).toBe(false),
  );
});

describe('rulesetChanges', () => {
  it('enables missing and disables extra rulesets', () => {
    expect(rulesetChanges(['adult', 'bypass'], ['adult', 'gambling'])).toEqual({
      enableRulesetIds: ['gambling'],
      disableRulesetIds: ['bypass'],
    });
  });

  it('returns no change when in sync', () => {
    expect(rulesetChanges(['adult'], ['adult'])).toEqual({ enableRulesetIds: [], disableRulesetIds: [] });
  });

  it('leaves rulesets it does not know alone', () => {
    expect(rulesetChanges(['someone-else'], []).disableRulesetIds).toEqual([]);
  });
});

describe('blockedCategoriesFor', () => {
  it('blocks every category for primary', () => {
    expect(blockedCategoriesFor('primary')).toEqual([...CATEGORY_IDS]);
  });

  it('blocks nothing when off', () => {
    expect(blockedCategoriesFor('off')).toEqual([]);
  });
});
