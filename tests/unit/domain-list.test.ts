import { describe, expect, it } from 'vitest';
import {
  isNormalizedDomain,
  normalizeDomain,
  normalizeDomainList,
  normalizedDomainSchema,
  splitDomainInput,
} from '../../utils/domain-list';

describe('normalizeDomain', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM  ', 'example.com'],
    ['https://example.com', 'example.com'],
    ['http://example.com/path/page.html', 'example.com'],
    ['example.com/path', 'example.com'],
    ['example.com:8080', 'example.com'],
    ['https://example.com:8443/a?b=c#d', 'example.com'],
    ['example.com?query', 'example.com'],
    ['example.com#fragment', 'example.com'],
    ['*.example.com', 'example.com'],
    ['.example.com', 'example.com'],
    ['example.com.', 'example.com'],
    ['//example.com/x', 'example.com'],
    ['https://user:secret@example.com/', 'example.com'],
    ['sub.domain.example.co.uk', 'sub.domain.example.co.uk'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['https://BÜCHER.de/x', 'xn--bcher-kva.de'],
    // Expected value checked with Python's independent `idna` codec.
    ['tiếngviệt.vn', 'xn--tingvit-5t4cyc.vn'],
    ['tiếngviệt.vn'.normalize('NFD'), 'xn--tingvit-5t4cyc.vn'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['my-site.example', 'my-site.example'],
    ['ｅｘａｍｐｌｅ．ｃｏｍ', 'example.com'],
  ])('normalises %j to %j', (input, expected) => {
    const result = normalizeDomain(input);

    expect(result).toEqual({ ok: true, domain: expected });
  });

  it.each([
    ['', 'The entry contains no host name.'],
    ['   ', 'The entry contains no host name.'],
    ['https://', 'The entry contains no host name.'],
    ['*.', 'The entry contains no host name.'],
    ['localhost', 'The host name has no dot; enter a full domain such as example.com.'],
    ['192.168.1.1', 'IP addresses are not accepted; enter a domain name such as example.com.'],
    ['http://127.0.0.1:8080/', 'IP addresses are not accepted; enter a domain name such as example.com.'],
    ['0x7f.1', 'IP addresses are not accepted; enter a domain name such as example.com.'],
    ['[::1]', 'IP addresses are not accepted; enter a domain name such as example.com.'],
    ['exa mple.com', 'The entry is not a valid host name.'],
    ['example..com', 'The host name has an empty label (two dots in a row).'],
    ['-example.com', 'The label "-example" may contain only letters, digits and hyphens, and cannot start or end with a hyphen.'],
    ['under_score.com', 'The label "under_score" may contain only letters, digits and hyphens, and cannot start or end with a hyphen.'],
    ['*example.com', 'The label "*example" may contain only letters, digits and hyphens, and cannot start or end with a hyphen.'],
  ])('rejects %j', (input, reason) => {
    const result = normalizeDomain(input);

    expect(result).toEqual({ ok: false, reason });
  });

  it('rejects a label longer than 63 characters', () => {
    const result = normalizeDomain(`${'a'.repeat(64)}.com`);

    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(/longer than 63 characters/);
  });

  it('rejects a host longer than 253 characters', () => {
    const host = `${Array.from({ length: 5 }, () => 'a'.repeat(60)).join('.')}.com`;

    const result = normalizeDomain(host);

    expect(host.length).toBeGreaterThan(253);
    expect(result).toEqual({ ok: false, reason: 'The host name is longer than 253 characters.' });
  });
});

describe('normalizeDomainList', () => {
  it('dedupes and sorts valid domains', () => {
    const result = normalizeDomainList(['zalo.me', 'https://Example.com/a', 'example.com', '*.zalo.me']);

    expect(result.valid).toEqual(['example.com', 'zalo.me']);
    expect(result.invalid).toEqual([]);
  });

  it('names each invalid entry with its reason', () => {
    const result = normalizeDomainList(['ok.vn', 'nodot', '10.0.0.1', 'ok.vn']);

    expect(result.valid).toEqual(['ok.vn']);
    expect(result.invalid).toEqual([
      { input: 'nodot', reason: 'The host name has no dot; enter a full domain such as example.com.' },
      { input: '10.0.0.1', reason: 'IP addresses are not accepted; enter a domain name such as example.com.' },
    ]);
  });

  it('returns empty lists for no input', () => {
    expect(normalizeDomainList([])).toEqual({ valid: [], invalid: [] });
  });
});

describe('splitDomainInput', () => {
  it('splits on lines, commas, semicolons and spaces', () => {
    expect(splitDomainInput('a.vn\nb.vn, c.vn;d.vn  e.vn\n\n')).toEqual(['a.vn', 'b.vn', 'c.vn', 'd.vn', 'e.vn']);
  });
});

describe('normalizedDomainSchema', () => {
  it('accepts only already normalised domains', () => {
    expect(isNormalizedDomain('example.com')).toBe(true);
    expect(isNormalizedDomain('Example.com')).toBe(false);
    expect(isNormalizedDomain('bücher.de')).toBe(false);
    expect(normalizedDomainSchema.safeParse('xn--bcher-kva.de').success).toBe(true);
    expect(normalizedDomainSchema.safeParse('https://example.com').success).toBe(false);
  });
});
