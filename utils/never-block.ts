/**
 * Known false positives of the bundled lists: sites that schools and learners need, and hosting
 * platforms whose whole domain a list names. The ruleset compiler leaves them out of every
 * category. A parent's or school's deny list can still block them, because dynamic deny rules
 * have a higher priority than the static category rules.
 *
 * `site` entries are never blocked, together with every subdomain. `platform` entries are
 * hosting suffixes: the suffix itself and its own `www` host are never blocked, but a customer
 * site under it that a list names (`bad-shop.base.shop`) stays blocked.
 */
export type NeverBlockKind = 'site' | 'platform';

export interface NeverBlockEntry {
  host: string;
  kind: NeverBlockKind;
  /** Why it must load, and which bundled list names it. */
  reason: string;
}

export const NEVER_BLOCK: readonly NeverBlockEntry[] = [
  { host: 'teams.microsoft.com', kind: 'site', reason: 'Microsoft Teams, used for online classes; UT1 chat lists it.' },
  { host: 'teams.microsoft.us', kind: 'site', reason: 'Microsoft Teams for US government tenants; UT1 chat lists it.' },
  { host: 'forms.gle', kind: 'site', reason: 'Short links of Google Forms, which teachers share for quizzes; UT1 shortener lists it.' },
  { host: 'translate.google.com', kind: 'site', reason: 'Google Translate, a language-learning tool; UT1 translation lists it.' },
  { host: 'archive.org', kind: 'site', reason: 'Internet Archive library of books and pages; Block List Project torrent lists it.' },
  { host: 'gutenberg.org', kind: 'site', reason: 'Project Gutenberg, free public-domain books; Block List Project torrent lists it.' },
  { host: 'nasa.gov', kind: 'site', reason: 'NASA science and education pages; Block List Project torrent lists it.' },
  { host: 'pbs.org', kind: 'site', reason: 'PBS educational broadcaster; Block List Project torrent lists it.' },
  { host: 'pbskids.org', kind: 'site', reason: 'PBS KIDS learning games for young children; UT1 games lists it.' },
  { host: 'nationalgeographic.com', kind: 'site', reason: 'National Geographic science and nature; UT1 games lists it.' },
  { host: 'researchgate.net', kind: 'site', reason: 'Research papers for older students; UT1 social networks lists it.' },
  { host: 'academia.edu', kind: 'site', reason: 'Research papers for older students; UT1 social networks lists it.' },
  { host: 'mega.nz', kind: 'site', reason: 'General cloud storage that teachers use to share files; HaGeZi anti-piracy lists the whole service.' },
  { host: 'drugs.gov.uk', kind: 'site', reason: 'UK government drug-policy information, not a drug shop; UT1 drugs lists it.' },
  { host: 'oflc.gov.au', kind: 'site', reason: 'Australian classification office, not a drug site; UT1 drugs lists it.' },
  { host: 'base.shop', kind: 'platform', reason: 'Shop-hosting suffix of BASE; HaGeZi gambling lists the suffix itself.' },
  { host: 'godaddysites.com', kind: 'platform', reason: 'GoDaddy website-builder suffix; HaGeZi nsfw lists the suffix itself.' },
  { host: 'free.hr', kind: 'platform', reason: 'Croatian free-hosting suffix; HaGeZi nsfw lists the suffix itself.' },
  { host: 'myjino.ru', kind: 'platform', reason: 'Jino hosting suffix; Block List Project phishing lists the suffix itself.' },
];

/** Hosts never blocked together with their subdomains. */
export function neverBlockSites(entries: readonly NeverBlockEntry[] = NEVER_BLOCK): Set<string> {
  return new Set(entries.filter((entry) => entry.kind === 'site').map((entry) => entry.host));
}

/** Platform suffixes, each with its `www` host, removed as exact entries only. */
export function neverBlockPlatformHosts(entries: readonly NeverBlockEntry[] = NEVER_BLOCK): Set<string> {
  const platforms = entries.filter((entry) => entry.kind === 'platform');
  return new Set(platforms.flatMap((entry) => [entry.host, `www.${entry.host}`]));
}
