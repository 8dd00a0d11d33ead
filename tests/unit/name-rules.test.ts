import { describe, expect, test } from 'vitest';
import { EXTENSION_ID } from '../../utils/extension-identity';
import {
  compileNameRules,
  createHostMatcher,
  matchHost,
  MAX_REGEX_SOURCE_LENGTH,
  NAME_RULES,
  nameRuleSchema,
  toUrlRegex,
  usesUnsupportedRe2Syntax,
} from '../../utils/name-rules';
import type { NameRule } from '../../utils/name-rules';

/** Hosts that share words with the rules but must never be blocked by name. */
const BENIGN_HOSTS = [
  'vnexpress.net',
  'tuoitre.vn',
  'thanhnien.vn',
  'dantri.com.vn',
  'vietnamnet.vn',
  'congan.com.vn',
  'cand.com.vn',
  'bongda.com.vn',
  'bongdaplus.vn',
  'vietcombank.com.vn',
  'vcbdigibank.vietcombank.com.vn',
  'techcombank.com',
  'bidv.com.vn',
  'smartbanking.bidv.com.vn',
  'vietinbank.vn',
  'agribank.com.vn',
  'mbbank.com.vn',
  'chinhphu.gov.vn',
  'dichvucong.gov.vn',
  'bocongan.gov.vn',
  'vneid.gov.vn',
  'moet.gov.vn',
  'hcmus.edu.vn',
  'thpt-chuyen-sex.edu.vn',
  'hust.edu.vn',
  'alphabet.com',
  'betterhelp.com',
  'bet.com',
  'essex.ac.uk',
  'sussex.ac.uk',
  'middlesex.edu',
  'xosovietlott.vn',
  'vietlott.vn',
  'xskt.com.vn',
  'xoso.com.vn',
  'javascript.info',
  'nohup.dev',
  'lodestar.org',
  'kubernetes.io',
  'sex-education.org',
  'shb.com.vn',
  'thuvienphapluat.vn',
];

function urlFor(host: string): string {
  return `https://${host}/some/path?q=bet`;
}

describe('name rules', () => {
  test.each(NAME_RULES.map((rule) => [rule.id, rule] as const))('%s is valid', (_id, rule) => {
    expect(() => nameRuleSchema.parse(rule)).not.toThrow();
    expect(usesUnsupportedRe2Syntax(rule.regex)).toBe(false);
    expect(rule.positives.length).toBeGreaterThan(0);
    expect(rule.negatives.length).toBeGreaterThan(0);
  });

  test('rule ids are unique', () => {
    const ids = NAME_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(NAME_RULES.map((rule) => [rule.id, rule] as const))('%s matches its positives', (_id, rule) => {
    const pattern = new RegExp(toUrlRegex(rule.regex, rule.atHostEnd), 'i');
    for (const host of rule.positives) {
      expect(pattern.test(urlFor(host)), host).toBe(true);
      expect(createHostMatcher([rule])(host), host).not.toBeNull();
    }
  });

  test.each(NAME_RULES.map((rule) => [rule.id, rule] as const))('%s negatives match no rule', (_id, rule) => {
    for (const host of rule.negatives) {
      expect(matchHost(host), host).toBeNull();
    }
  });

  test.each(BENIGN_HOSTS)('benign host %s matches nothing', (host) => {
    expect(matchHost(host)).toBeNull();
  });
});

describe('toUrlRegex', () => {
  const sexRule = NAME_RULES.find((rule) => rule.id === 'adult-sex-token') as NameRule;
  const betRule = NAME_RULES.find((rule) => rule.id === 'gambling-number-bet-win') as NameRule;

  test('ignores words in path and query', () => {
    const pattern = new RegExp(toUrlRegex(betRule.regex), 'i');
    expect(pattern.test('https://news.example.vn/188bet-bi-triet-pha?q=789bet')).toBe(false);
    expect(pattern.test('https://example.com/#188bet.com')).toBe(false);
  });

  test('matches host with port and fragment', () => {
    const pattern = new RegExp(toUrlRegex(betRule.regex), 'i');
    expect(pattern.test('https://188bet.com:8443/login')).toBe(true);
    expect(pattern.test('http://m.188bet.com#top')).toBe(true);
  });

  test('ignores user info before host', () => {
    const pattern = new RegExp(toUrlRegex(sexRule.regex, sexRule.atHostEnd), 'i');
    expect(pattern.test('https://sex.com@example.com/')).toBe(false);
  });

  test('matches the whole URL', () => {
    const pattern = new RegExp(toUrlRegex(betRule.regex), 'i');
    const url = 'https://188bet.com/a/b?c=d#e';
    expect(pattern.exec(url)?.[0]).toBe(url);
  });
});

describe('matchHost', () => {
  test('reports rule and category', () => {
    expect(matchHost('nhacaiuytin.com')).toEqual({ ruleId: 'gambling-vi-core-words', category: 'gambling' });
    expect(matchHost('vietcombank-xacminh.com')?.category).toBe('scam');
    expect(matchHost('phimsex.net')?.category).toBe('adult');
  });

  test('catches free site builder sub-hosts', () => {
    expect(matchHost('vietcombank-xacminh.weebly.com')?.category).toBe('scam');
    expect(matchHost('dichvucong-vn.web.app')?.category).toBe('scam');
    expect(matchHost('nhacai-uytin.netlify.app')?.category).toBe('gambling');
  });

  test('ignores case and trailing dot', () => {
    expect(matchHost('FB88.COM.')?.ruleId).toBe('gambling-brand-88');
  });

  test('never matches gov.vn or edu.vn', () => {
    expect(matchHost('fb88.gov.vn')).toBeNull();
    expect(matchHost('nhacai.school.edu.vn')).toBeNull();
    expect(matchHost('bocongan.gov.vn.hoantien.top')?.category).toBe('scam');
  });

  test('returns null for empty host', () => {
    expect(matchHost('')).toBeNull();
  });
});

describe('compileNameRules', () => {
  test('builds redirect rules to block page', () => {
    const rules = compileNameRules(NAME_RULES, { firstRuleId: 500, priority: 3 });
    expect(rules).toHaveLength(NAME_RULES.length);

    const first = rules[0];
    expect(first?.id).toBe(500);
    expect(first?.priority).toBe(3);
    expect(first?.action.type).toBe('redirect');
    expect(first?.action.redirect.regexSubstitution).toBe(
      `chrome-extension://${EXTENSION_ID}/blocked.html?category=gambling&reason=name#\\0`,
    );
    expect(first?.condition.resourceTypes).toEqual(['main_frame', 'sub_frame']);
    expect(first?.condition.isUrlFilterCaseSensitive).toBe(false);
  });

  test('anchors every regex on the scheme', () => {
    for (const rule of compileNameRules(NAME_RULES)) {
      expect(rule.condition.regexFilter.startsWith('^https?://')).toBe(true);
      expect(rule.condition.regexFilter.endsWith('$')).toBe(true);
      expect(rule.condition.regexFilter.length).toBeLessThanOrEqual(MAX_REGEX_SOURCE_LENGTH);
      expect(usesUnsupportedRe2Syntax(rule.condition.regexFilter)).toBe(false);
    }
  });

  test('excludes gov.vn and official bank domains', () => {
    const rules = compileNameRules(NAME_RULES);
    for (const rule of rules) {
      expect(rule.condition.excludedRequestDomains).toContain('gov.vn');
      expect(rule.condition.excludedRequestDomains).toContain('edu.vn');
    }
    const bankIndex = NAME_RULES.findIndex((rule) => rule.id === 'scam-bank-vietcombank');
    expect(rules[bankIndex]?.condition.excludedRequestDomains).toContain('vietcombank.com.vn');
  });

  test('rejects more than 1000 rules', () => {
    const rule = NAME_RULES[0] as NameRule;
    const tooMany = Array.from({ length: 1001 }, (_, index) => ({ ...rule, id: `rule-${index}` }));
    expect(() => compileNameRules(tooMany)).toThrow(/at most 1000/);
  });

  test('rejects an overlong regex', () => {
    const rule: NameRule = { ...(NAME_RULES[0] as NameRule), regex: `(?:${'a'.repeat(200)})` };
    expect(() => compileNameRules([rule])).toThrow(/maximum of 150/);
  });

  test('rejects lookaround and backreferences', () => {
    const base = NAME_RULES[0] as NameRule;
    expect(() => compileNameRules([{ ...base, regex: 'bet(?!ter)' }])).toThrow();
    expect(() => compileNameRules([{ ...base, regex: '(?<=x)bet' }])).toThrow();
    expect(() => compileNameRules([{ ...base, regex: '(a)\\1' }])).toThrow();
  });

  test('rejects an invalid extension id', () => {
    expect(() => compileNameRules(NAME_RULES, { extensionId: 'not-an-id' })).toThrow();
  });
});
