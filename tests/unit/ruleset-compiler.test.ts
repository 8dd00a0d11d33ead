import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, readSourceManifest } from '../../scripts/compile-rulesets';
import { CATEGORIES } from '../../utils/categories';
import { EXTENSION_ID } from '../../utils/extension-identity';
import {
  compileCategory,
  compileRulesets,
  MAX_DOMAINS_PER_RULE,
  type BlockRedirectRule,
  type CategoryListInput,
} from '../../utils/ruleset-compiler';
import {
  assertRulesetWithinLimits,
  assertTotalWithinLimits,
  blockPageSubstitution,
  packRedirectRules,
} from '../../utils/ruleset/dnr-rule';
import { foldSubdomains, mergeHostLists, removeNeverBlocked } from '../../utils/ruleset/domain-set';
import { isValidHost, parseHostList } from '../../utils/ruleset/host-list';

const OPTIONS = { extensionId: EXTENSION_ID };

function fakeHosts(count: number, suffix = 'com'): string[] {
  return Array.from({ length: count }, (_, index) => `host${String(index).padStart(6, '0')}.${suffix}`);
}

function fakeInput(overrides: Partial<CategoryListInput> = {}): CategoryListInput {
  return { categoryId: 'adult', lists: [{ name: 'test/a.txt', text: 'example.com\n' }], ...overrides };
}

describe('isValidHost', () => {
  it.each([
    'example.com',
    'a.b.example.co.uk',
    'xn--bcher-kva.de',
    'xn--4ca.xn--p1ai',
    '0-porno.com',
    `${'a'.repeat(63)}.com`,
  ])('accepts %s', (host) => {
    expect(isValidHost(host)).toBe(true);
  });

  it.each([
    ['single label', 'localhost'],
    ['uppercase', 'Example.com'],
    ['underscore', 'a_b.example.com'],
    ['leading hyphen', '-a.example.com'],
    ['trailing hyphen', 'a-.example.com'],
    ['empty label', 'a..example.com'],
    ['trailing dot', 'example.com.'],
    ['label of 64', `${'a'.repeat(64)}.com`],
    ['IPv4 address', '192.168.0.1'],
    ['numeric top-level label', 'example.123'],
    ['non-ASCII', 'bücher.de'],
    ['space inside', 'exa mple.com'],
    ['wildcard', '*.example.com'],
  ])('rejects %s', (_case, host) => {
    expect(isValidHost(host)).toBe(false);
  });

  it('limits total length to 253', () => {
    const prefix = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}`;
    const host253 = `${prefix}.${'d'.repeat(61)}`;
    const host254 = `${prefix}.${'d'.repeat(62)}`;

    expect(host253).toHaveLength(253);
    expect(isValidHost(host253)).toBe(true);
    expect(isValidHost(host254)).toBe(false);
  });
});

describe('parseHostList', () => {
  it('skips blank and comment lines', () => {
    const parsed = parseHostList('# header\n\nexample.com\n   \n  # indented comment\nexample.org\r\n');

    expect(parsed.hosts).toEqual(['example.com', 'example.org']);
    expect(parsed.lineCount).toBe(2);
    expect(parsed.invalidCount).toBe(0);
  });

  it('counts invalid lines with examples', () => {
    const invalid = ['bad_host.com', '10.0.0.1', 'nodot', 'UPPER.com', '-x.com', 'a..b.com', 'x y.com'];
    const parsed = parseHostList(['ok.com', ...invalid, 'ok.net'].join('\n'));

    expect(parsed.hosts).toEqual(['ok.com', 'ok.net']);
    expect(parsed.lineCount).toBe(9);
    expect(parsed.invalidCount).toBe(7);
    expect(parsed.invalidExamples).toEqual(invalid.slice(0, 5));
  });
});

describe('mergeHostLists', () => {
  it('removes duplicates and sorts', () => {
    expect(mergeHostLists([['b.com', 'a.com'], ['a.com', 'c.com'], []])).toEqual(['a.com', 'b.com', 'c.com']);
  });
});

describe('foldSubdomains', () => {
  it('drops hosts under a listed parent', () => {
    const hosts = ['a.b.example.com', 'b.example.com', 'example.com', 'www.other.org', 'x.y.third.net', 'third.net'];

    expect(foldSubdomains(hosts)).toEqual(['example.com', 'third.net', 'www.other.org']);
  });

  it('keeps a host whose parent is only a lookalike', () => {
    expect(foldSubdomains(['badexample.com', 'example.com', 'sub.badexample.com'])).toEqual([
      'badexample.com',
      'example.com',
    ]);
  });

  it('folds 200,000 hosts', () => {
    const parents = fakeHosts(100_000);
    const children = parents.map((host, index) => (index % 2 === 0 ? `www.${host}` : `a.b.${host}`));

    const folded = foldSubdomains([...children, ...parents]);

    expect(folded).toEqual(parents);
  });
});

describe('removeNeverBlocked', () => {
  it('removes listed hosts and their subdomains', () => {
    const result = removeNeverBlocked(
      ['classroom.example.edu', 'example.edu', 'forms.school.vn', 'bad.com'],
      new Set(['example.edu', 'school.vn']),
    );

    expect(result.hosts).toEqual(['bad.com']);
    expect(result.removedCount).toBe(3);
    expect(result.exceptionsByBlockedHost.size).toBe(0);
  });

  it('returns exceptions under a blocked parent', () => {
    const result = removeNeverBlocked(['example.com', 'other.com'], new Set(['forms.example.com', 'a.b.example.com']));

    expect(result.hosts).toEqual(['example.com', 'other.com']);
    expect(result.exceptionsByBlockedHost.get('example.com')).toEqual(['a.b.example.com', 'forms.example.com']);
  });

  it('compileCategory emits exceptions as excludedRequestDomains', () => {
    const compiled = compileCategory(fakeInput({ lists: [{ name: 'x', text: 'example.com\nzzz.com\n' }] }), {
      ...OPTIONS,
      maxDomainsPerRule: 1,
      neverBlock: new Set(['forms.example.com']),
    });

    expect(compiled.rules[0]?.condition.excludedRequestDomains).toEqual(['forms.example.com']);
    expect(compiled.rules[1]?.condition.excludedRequestDomains).toBeUndefined();
    expect(compiled.stats.exceptions).toBe(1);
  });
});

describe('packRedirectRules', () => {
  it('fills rules with the default max domains', () => {
    const hosts = fakeHosts(MAX_DOMAINS_PER_RULE * 2 + 500);
    const rules = packRedirectRules(hosts, 'target', MAX_DOMAINS_PER_RULE);

    expect(MAX_DOMAINS_PER_RULE).toBe(250_000);
    expect(rules.map((rule) => rule.condition.requestDomains.length)).toEqual([MAX_DOMAINS_PER_RULE, MAX_DOMAINS_PER_RULE, 500]);
    expect(rules.map((rule) => rule.id)).toEqual([1, 2, 3]);
    expect(rules.flatMap((rule) => rule.condition.requestDomains)).toEqual(hosts);
  });

  it.each([
    [1, 1, 1],
    [10, 3, 4],
    [9, 3, 3],
    [0, 5, 0],
    [7, 100, 1],
  ])('packs %i hosts by %i into %i rules', (hostCount, perRule, ruleCount) => {
    const rules = packRedirectRules(fakeHosts(hostCount), 'target', perRule);

    expect(rules).toHaveLength(ruleCount);
    expect(rules).toHaveLength(Math.ceil(hostCount / perRule));
  });

  it('rejects a non-positive max', () => {
    expect(() => packRedirectRules(['a.com'], 'target', 0)).toThrow(RangeError);
  });
});

describe('compileCategory', () => {
  it('emits the Chrome redirect rule shape', () => {
    const compiled = compileCategory(fakeInput({ categoryId: 'gambling' }), OPTIONS);
    const expected: BlockRedirectRule = {
      id: 1,
      priority: 2,
      action: {
        type: 'redirect',
        redirect: {
          regexSubstitution: `chrome-extension://${EXTENSION_ID}/blocked.html?category=gambling#\\0`,
        },
      },
      condition: {
        regexFilter: '^.+$',
        requestDomains: ['example.com'],
        resourceTypes: ['main_frame', 'sub_frame'],
      },
    };

    expect(compiled.rules).toEqual([expected]);
    expect(JSON.parse(compiled.json)).toEqual([expected]);
    expect(compiled.json).toContain('blocked.html?category=gambling#\\\\0"');
  });

  it('substitutes the whole URL into the fragment', () => {
    const substitution = blockPageSubstitution(EXTENSION_ID, 'scam');
    const blockedUrl = 'https://bad.example.com/login?x=1';
    // Chrome's RE2 substitution writes the whole match for `\0`, as `$&` does in JavaScript.
    const javascriptSubstitution = substitution.replace('\\0', () => '$&');
    const redirected = blockedUrl.replace(/^.+$/, javascriptSubstitution);

    expect(redirected).toBe(`chrome-extension://${EXTENSION_ID}/blocked.html?category=scam#${blockedUrl}`);
  });

  it('reports stats for each step', () => {
    const compiled = compileCategory(
      fakeInput({
        lists: [
          { name: 'one', text: '# comment\nexample.com\nwww.example.com\nbad_host.com\n' },
          { name: 'two', text: 'example.com\nother.org\n\n1.2.3.4\nforms.school.vn\n' },
        ],
      }),
      { ...OPTIONS, neverBlock: new Set(['school.vn']) },
    );

    expect(compiled.stats).toEqual({
      categoryId: 'adult',
      domainsIn: 7,
      invalidLines: 2,
      invalidExamples: ['bad_host.com', '1.2.3.4'],
      afterMerge: 4,
      afterFolding: 3,
      removedByNeverBlock: 1,
      exceptions: 0,
      domainsOut: 2,
      rulesOut: 1,
      bytes: Buffer.byteLength(compiled.json),
    });
  });

  it('produces identical output for any input order', () => {
    const hosts = fakeHosts(5_000);
    const shuffled = [...hosts].reverse();
    // Small rules, so that the order of hosts across rules is checked too.
    const options = { ...OPTIONS, maxDomainsPerRule: 2_000 };
    const first = compileCategory(fakeInput({ lists: [{ name: 'a', text: hosts.join('\n') }] }), options);
    const second = compileCategory(
      fakeInput({
        lists: [
          { name: 'b', text: shuffled.slice(0, 2_500).join('\n') },
          { name: 'c', text: shuffled.slice(2_000).join('\n') },
        ],
      }),
      options,
    );

    expect(second.json).toBe(first.json);
    expect(first.rules).toHaveLength(3);
  });

  it('throws when regex rules exceed 1,000', () => {
    const input = fakeInput({ lists: [{ name: 'a', text: fakeHosts(1_001).join('\n') }] });

    expect(() => compileCategory(input, { ...OPTIONS, maxDomainsPerRule: 1 })).toThrow(
      /Ruleset "adult" has 1001 regex rules, over Chrome's limit of 1000/,
    );
    expect(compileCategory(input, { ...OPTIONS, maxDomainsPerRule: 2 }).rules).toHaveLength(501);
  });
});

describe('ruleset limit checks', () => {
  function fakeRule(id: number, requestDomains: string[]): BlockRedirectRule {
    return {
      id,
      priority: 2,
      action: { type: 'redirect', redirect: { regexSubstitution: 'target' } },
      condition: { regexFilter: '^.+$', requestDomains, resourceTypes: ['main_frame', 'sub_frame'] },
    };
  }

  it('throws on a non-ASCII domain', () => {
    const rules = [fakeRule(1, ['ok.com']), fakeRule(2, ['bücher.de'])];

    expect(() => assertRulesetWithinLimits('adult', rules)).toThrow(
      /Ruleset "adult" rule 2 has an invalid requestDomains entry "bücher.de"/,
    );
  });

  it('throws on empty requestDomains', () => {
    expect(() => assertRulesetWithinLimits('scam', [fakeRule(1, [])])).toThrow(
      /Ruleset "scam" rule 1 has an empty requestDomains list/,
    );
  });

  it('throws on an empty domain string', () => {
    expect(() => assertRulesetWithinLimits('scam', [fakeRule(1, ['ok.com', ''])])).toThrow(
      /rule 1 has an invalid requestDomains entry ""/,
    );
  });

  it('throws on a non-ASCII excluded domain', () => {
    const rule = fakeRule(1, ['ok.com']);
    rule.condition.excludedRequestDomains = ['ä.ok.com'];

    expect(() => assertRulesetWithinLimits('bypass', [rule])).toThrow(/invalid excludedRequestDomains entry/);
  });

  it('throws on ids out of order', () => {
    const rules = [fakeRule(1, ['a.com']), fakeRule(3, ['b.com'])];

    expect(() => assertRulesetWithinLimits('adult', rules)).toThrow(/rule 3 is at position 2/);
  });

  it('throws over 30,000 static rules', () => {
    const counts = new Map(Array.from({ length: 31 }, (_, index) => [`set${index}`, 1_000]));

    expect(() => assertTotalWithinLimits(counts)).toThrow(/31000 static rules in total .* minimum of 30000/);
    expect(() => assertTotalWithinLimits(new Map([['a', 30_000]]))).not.toThrow();
  });

  it('compileRulesets rejects invalid never-block hosts', () => {
    expect(() => compileRulesets([fakeInput()], { ...OPTIONS, neverBlock: new Set(['ok.com', 'Bad.com', 'bücher.de']) })).toThrow(
      'Invalid never-block hosts: Bad.com, bücher.de.',
    );
  });

  it('compileRulesets checks each category', () => {
    const inputs: CategoryListInput[] = [
      fakeInput({ categoryId: 'adult' }),
      fakeInput({ categoryId: 'scam', lists: [{ name: 'x', text: 'not-ascii-ä.com\nok.com' }] }),
    ];
    const compiled = compileRulesets(inputs, OPTIONS);

    expect(compiled.map((ruleset) => ruleset.categoryId)).toEqual(['adult', 'scam']);
    expect(compiled[1]?.stats.invalidLines).toBe(1);
    expect(compiled[1]?.rules[0]?.condition.requestDomains).toEqual(['ok.com']);
  });
});

describe('compile-rulesets main', () => {
  const temporaryDirs: string[] = [];

  afterAll(async () => {
    await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  async function createBlocklistsDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'khien-xanh-blocklists-'));
    temporaryDirs.push(dir);
    for (const category of CATEGORIES) {
      for (const [index, file] of category.sources.entries()) {
        const text = [`${category.id}-${index}.com`, `www.${category.id}-0.com`, 'shared.example', 'bad_line.com', ''];
        await mkdir(dirname(join(dir, file)), { recursive: true });
        await writeFile(join(dir, file), text.join('\n'));
      }
    }
    for (const licence of ['hagezi/LICENSE', 'hostsvn/LICENSE', 'sinfonietta/LICENSE', 'blocklistproject/LICENSE', 'ut1/LICENSE.md']) {
      await writeFile(join(dir, licence), `Licence text of ${licence}\n`);
    }
    return dir;
  }

  it('writes rulesets, stats and notices', async () => {
    const blocklistsDir = await createBlocklistsDir();
    const publicDir = await mkdtemp(join(tmpdir(), 'khien-xanh-public-'));
    temporaryDirs.push(publicDir);
    const lines: string[] = [];
    const options = {
      blocklistsDir,
      publicDir,
      cacheDir: join(publicDir, 'unused-cache'),
      manifest: await readSourceManifest(),
      log: (line: string) => lines.push(line),
    };

    const first = await main(options);

    expect(first.upToDate).toBe(false);
    for (const category of CATEGORIES) {
      const rules = JSON.parse(await readFile(join(publicDir, 'rulesets', `${category.id}.json`), 'utf8')) as BlockRedirectRule[];
      const expectedHosts = [...category.sources.map((_, index) => `${category.id}-${index}.com`), 'shared.example'].sort();
      expect(rules).toHaveLength(1);
      expect(rules[0]?.condition.requestDomains).toEqual(expectedHosts);
      expect(rules[0]?.action.redirect.regexSubstitution).toContain(`category=${category.id}#`);
    }

    const stats = JSON.parse(await readFile(join(publicDir, 'rulesets', 'stats.json'), 'utf8')) as typeof first.stats;
    expect(stats.categories.map((category) => category.categoryId)).toEqual(CATEGORIES.map((category) => category.id));
    expect(stats.categories[0]?.domainsIn).toBe(20);
    expect(stats.categories[0]?.invalidLines).toBe(5);
    const fileCount = new Set(CATEGORIES.flatMap((category) => category.sources)).size;
    expect(stats.totals.rulesOut).toBe(CATEGORIES.length);
    expect(stats.totals.domainsOut).toBe(CATEGORIES.reduce((total, category) => total + category.sources.length + 1, 0));
    expect(stats.sources).toHaveLength(fileCount);
    expect(stats.sources.every((source) => /^[0-9a-f]{64}$/.test(source.sha256))).toBe(true);
    expect(stats.sources.every((source) => !source.matchesManifest)).toBe(true);

    const notices = await readFile(join(publicDir, 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    expect(notices).toContain('UT1 blacklists');
    expect(notices).toContain('CC BY-SA 4.0');
    expect(notices).toContain('Modified:');
    expect(notices).toContain('Copyright (c) 2026 BigDargon');
    expect(notices).toContain('GPL-3.0');
    expect(notices).toContain('Copyright (c) 2016 Sinfonietta');
    expect(notices).toContain('The Block List Project');
    expect(notices).not.toContain('ChongLuaDao');

    expect(await readFile(join(publicDir, 'licenses', 'ut1-LICENSE.md'), 'utf8')).toBe('Licence text of ut1/LICENSE.md\n');
    expect(await readFile(join(publicDir, 'licenses', 'hagezi-LICENSE'), 'utf8')).toBe('Licence text of hagezi/LICENSE\n');
    expect(lines.join('\n')).toMatch(/category .*lines in.*\n.*adult .*\n[\s\S]*total/);
    expect(lines.join('\n')).toContain('differ from the sha256 pinned');

    const second = await main(options);
    expect(second.upToDate).toBe(true);
    expect(second.stats.inputHash).toBe(first.stats.inputHash);

    await writeFile(join(blocklistsDir, 'ut1/vpn.txt'), 'new-vpn.com\n');
    const third = await main(options);
    expect(third.upToDate).toBe(false);
    expect(third.stats.inputHash).not.toBe(first.stats.inputHash);
    const bypass = await readFile(join(publicDir, 'rulesets', 'bypass.json'), 'utf8');
    expect(bypass).toContain('"new-vpn.com"');

    await rm(join(publicDir, 'rulesets', 'scam.json'));
    expect((await main(options)).upToDate).toBe(false);
    expect((await main(options)).upToDate).toBe(true);

    await writeFile(join(publicDir, 'rulesets', 'stats.json'), '{"inputHash": "trunc');
    expect((await main(options)).upToDate).toBe(false);
  });

  it('reports a missing list file', async () => {
    const blocklistsDir = await createBlocklistsDir();
    await rm(join(blocklistsDir, 'hagezi/doh.txt'));

    await expect(
      main({
        blocklistsDir,
        publicDir: join(blocklistsDir, 'out'),
        cacheDir: join(blocklistsDir, 'cache'),
        manifest: await readSourceManifest(),
        log: () => {},
      }),
    ).rejects.toThrow(/List hagezi\/doh.txt, named by a category, was not found at .*Check BLOCKLISTS_DIR/);
  });
});
