import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchListText } from '../../utils/extra-lists/fetch-list';
import {
  buildExtraListRules,
  DOMAINS_PER_RULE,
  EXTRA_LIST_FIRST_ID,
  EXTRA_LIST_MAX_RULES,
  isExtraListRuleId,
} from '../../utils/extra-lists/list-rules';
import { MAX_LIST_BYTES, MAX_LIST_DOMAINS, parseListText } from '../../utils/extra-lists/list-text';
import { dynamicRuleChanges } from '../../utils/rules/rule-changes';
import { isExemptHost } from '../../utils/page-check/host-exemptions';

describe('parseListText', () => {
  it('reads domains, hosts lines and comments', () => {
    const parsed = parseListText('# comment\n0.0.0.0 a.example.vn\n127.0.0.1\tb.example.vn # inline\n! adblock comment\nC.Example.VN\n\n');
    expect(parsed.domains).toEqual(['a.example.vn', 'b.example.vn', 'c.example.vn']);
    expect(parsed.invalidLines).toBe(0);
  });

  it('counts invalid lines and keeps examples', () => {
    const parsed = parseListText('good.example.vn\nbad_host!\n10.0.0.1\n');
    expect(parsed.domains).toEqual(['good.example.vn']);
    expect(parsed.invalidLines).toBe(2);
    expect(parsed.invalidExamples[0]).toMatch(/^bad_host!: /);
  });

  it('rejects a list with too many domains', () => {
    const text = Array.from({ length: MAX_LIST_DOMAINS + 1 }, (_, index) => `h${index}.example.vn`).join('\n');
    expect(() => parseListText(text)).toThrow(/more than the maximum/);
  });
});

describe('extra-list rule changes', () => {
  const otherRule = { id: 1, priority: 1, action: { type: 'block' as const }, condition: { requestDomains: ['x.vn'] } };
  const NO_CHANGE = { removeRuleIds: [], addRules: [] };

  it('makes no update for the same rules', () => {
    const wanted = buildExtraListRules(['a.vn', 'b.vn']);
    // Chrome returns stored rules with its own key order.
    const stored = wanted.map((rule) => ({ condition: rule.condition, action: rule.action, priority: rule.priority, id: rule.id }));
    expect(dynamicRuleChanges<{ id: number }>([otherRule, ...stored], wanted, isExtraListRuleId)).toEqual(NO_CHANGE);
    expect(dynamicRuleChanges<{ id: number }>([otherRule], [], isExtraListRuleId)).toEqual(NO_CHANGE);
  });

  it('replaces changed rules only', () => {
    const stored = buildExtraListRules(['a.vn']);
    const wanted = buildExtraListRules(['a.vn', 'c.vn']);
    expect(dynamicRuleChanges<{ id: number }>([otherRule, ...stored], wanted, isExtraListRuleId)).toEqual({ removeRuleIds: [EXTRA_LIST_FIRST_ID], addRules: wanted });
    expect(dynamicRuleChanges<{ id: number }>([otherRule, ...stored], [], isExtraListRuleId)).toEqual({ removeRuleIds: [EXTRA_LIST_FIRST_ID], addRules: [] });
  });
});

describe('buildExtraListRules', () => {
  it('packs domains into redirect rules in its id range', () => {
    const domains = Array.from({ length: DOMAINS_PER_RULE + 1 }, (_, index) => `h${index}.example.vn`);
    const rules = buildExtraListRules(domains);
    expect(rules).toHaveLength(2);
    expect(rules[0]!.id).toBe(EXTRA_LIST_FIRST_ID);
    expect(rules[0]!.condition.requestDomains).toHaveLength(DOMAINS_PER_RULE);
    expect(rules[1]!.condition.requestDomains).toHaveLength(1);
    expect(rules.every((rule) => isExtraListRuleId(rule.id))).toBe(true);
    expect(rules[0]!.action.redirect?.regexSubstitution).toContain('blocked.html?category=extraList#\\0');
  });

  it('merges duplicates across lists', () => {
    expect(buildExtraListRules(['a.vn', 'a.vn', 'b.vn'])[0]!.condition.requestDomains).toEqual(['a.vn', 'b.vn']);
  });

  it('returns no rule for no domains', () => {
    expect(buildExtraListRules([])).toEqual([]);
  });

  it('refuses more domains than its rule share', () => {
    const domains = Array.from({ length: EXTRA_LIST_MAX_RULES * DOMAINS_PER_RULE + 1 }, (_, index) => `h${index}.vn`);
    expect(() => buildExtraListRules(domains)).toThrow(/not applied/);
  });
});

describe('fetchListText', () => {
  let baseUrl = '';
  const server = createServer((request, response) => {
    if (request.url === '/ok') return void response.end('a.example.vn\n');
    if (request.url === '/huge') {
      response.writeHead(200);
      const chunk = 'x'.repeat(1024 * 1024);
      for (let index = 0; index < 6; index += 1) response.write(chunk);
      return void response.end();
    }
    response.writeHead(404);
    response.end();
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('returns the body', async () => {
    expect(await fetchListText(`${baseUrl}/ok`)).toBe('a.example.vn\n');
  });

  it('names the status on an HTTP error', async () => {
    await expect(fetchListText(`${baseUrl}/missing`)).rejects.toThrow(/HTTP 404/);
  });

  it('stops at the size limit', async () => {
    await expect(fetchListText(`${baseUrl}/huge`)).rejects.toThrow(`larger than ${MAX_LIST_BYTES / (1024 * 1024)} MB`);
  });
});

describe('page check exemptions', () => {
  it('matches a domain and its subdomains only', () => {
    expect(isExemptHost('school.edu.vn', ['school.edu.vn'])).toBe(true);
    expect(isExemptHost('lms.school.edu.vn', ['school.edu.vn'])).toBe(true);
    expect(isExemptHost('notschool.edu.vn', ['school.edu.vn'])).toBe(false);
  });
});
