import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../utils/categories';
import { EXTENSION_ID } from '../../utils/extension-identity';
import { NEVER_BLOCK, neverBlockPlatformHosts, neverBlockSites } from '../../utils/never-block';
import { compileRulesets, type CompiledRuleset } from '../../utils/ruleset-compiler';
import { isValidHost } from '../../utils/ruleset/host-list';
import { ALL_BENIGN_SITES } from '../support/benign-sites';

// The shared blocklists sit beside the repository checkout, unless BLOCKLISTS_DIR names them.
const BLOCKLISTS_DIR = process.env.BLOCKLISTS_DIR ?? resolve(__dirname, '../../../shared/blocklists');
const hasBlocklists = existsSync(join(BLOCKLISTS_DIR, 'hagezi', 'nsfw.txt'));

interface DomainIndex {
  categoryId: string;
  domains: Set<string>;
  excluded: Set<string>;
}

function indexRuleset(ruleset: CompiledRuleset): DomainIndex {
  return {
    categoryId: ruleset.categoryId,
    domains: new Set(ruleset.rules.flatMap((rule) => rule.condition.requestDomains)),
    excluded: new Set(ruleset.rules.flatMap((rule) => rule.condition.excludedRequestDomains ?? [])),
  };
}

/** Returns the listed domain of a ruleset that matches `host` (itself or a parent), if any. */
function matchingDomain({ domains, excluded }: DomainIndex, host: string): string | undefined {
  const labels = host.split('.');
  const suffixes = labels.map((_, index) => labels.slice(index).join('.'));
  if (suffixes.some((suffix) => excluded.has(suffix))) return undefined;
  return suffixes.find((suffix) => domains.has(suffix));
}

describe('NEVER_BLOCK list', () => {
  it('holds valid, unique hosts with reasons', () => {
    const hosts = NEVER_BLOCK.map((entry) => entry.host);

    expect(hosts.filter((host) => !isValidHost(host))).toEqual([]);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const entry of NEVER_BLOCK) expect(entry.reason.length).toBeGreaterThan(20);
  });

  it('splits sites from platforms', () => {
    expect(neverBlockSites().has('teams.microsoft.com')).toBe(true);
    expect(neverBlockPlatformHosts().has('godaddysites.com')).toBe(true);
    expect(neverBlockPlatformHosts().has('www.godaddysites.com')).toBe(true);
    expect(neverBlockSites().has('godaddysites.com')).toBe(false);
  });
});

describe.skipIf(!hasBlocklists)('compiled rulesets from the shared lists', () => {
  let compiled: DomainIndex[];
  const listed = new Map<string, string>();

  beforeAll(() => {
    const inputs = CATEGORIES.map((category) => ({
      categoryId: category.id,
      lists: category.sources.map((name) => ({ name, text: readFileSync(join(BLOCKLISTS_DIR, name), 'utf8') })),
    }));
    const rulesets = compileRulesets(inputs, {
      extensionId: EXTENSION_ID,
      neverBlock: neverBlockSites(),
      neverBlockExact: neverBlockPlatformHosts(),
    });
    compiled = rulesets.map(indexRuleset);
    for (const input of inputs) {
      for (const list of input.lists) {
        for (const host of list.text.split('\n')) if (host !== '') listed.set(host, input.categoryId);
      }
    }
  }, 60_000);

  it.each(NEVER_BLOCK.map((entry) => [entry.host, entry.kind]))('never blocks %s (%s)', (host) => {
    for (const ruleset of compiled) {
      expect({ ruleset: ruleset.categoryId, match: matchingDomain(ruleset, host) }).toEqual({ ruleset: ruleset.categoryId, match: undefined });
      expect({ ruleset: ruleset.categoryId, match: matchingDomain(ruleset, `www.${host}`) }).toEqual({ ruleset: ruleset.categoryId, match: undefined });
    }
  });

  it('still blocks listed sites under a platform', () => {
    const platforms = [...neverBlockPlatformHosts()];
    const underPlatform = [...listed.keys()].filter((host) =>
      isValidHost(host) && platforms.some((platform) => host.endsWith(`.${platform}`) && !host.startsWith('www.')),
    );

    expect(underPlatform.length).toBeGreaterThan(0);
    for (const host of underPlatform.slice(0, 50)) {
      expect({ host, blocked: compiled.some((ruleset) => matchingDomain(ruleset, host) !== undefined) }).toEqual({ host, blocked: true });
    }
  });

  it('blocks no benign site', () => {
    const blocked = ALL_BENIGN_SITES.flatMap((host) =>
      compiled.flatMap((ruleset) => {
        const match = matchingDomain(ruleset, host);
        return match === undefined ? [] : [`${host} by ${ruleset.categoryId} (${match})`];
      }),
    );

    expect(blocked).toEqual([]);
  });
});
