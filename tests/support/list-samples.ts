import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CATEGORIES } from '../../utils/categories';
import type { CategoryId } from '../../utils/categories';
import { EXTENSION_DIR } from './chromium';

/** The category lists the build compiled; tests take their sample domains from the same files. */
export const BLOCKLISTS_DIR = resolve(process.env.BLOCKLISTS_DIR ?? '../shared/blocklists');

interface CompiledRule {
  condition: { requestDomains?: string[] };
}

const compiledCache = new Map<string, Set<string>>();

/** Returns every domain in a compiled ruleset of the built extension, read once per file. */
export function compiledDomains(category: CategoryId, extensionDir = EXTENSION_DIR): Set<string> {
  const path = join(extensionDir, 'rulesets', `${category}.json`);
  const cached = compiledCache.get(path);
  if (cached) return cached;

  const rules = JSON.parse(readFileSync(path, 'utf8')) as CompiledRule[];
  const domains = new Set(rules.flatMap((rule) => rule.condition.requestDomains ?? []));
  compiledCache.set(path, domains);
  return domains;
}

/** True when `host` or one of its parent domains is in `domains` (how requestDomains matches). */
export function coveredBy(domains: Set<string>, host: string): boolean {
  const labels = host.split('.');
  return labels.some((_, index) => domains.has(labels.slice(index).join('.')));
}

/**
 * Picks a host from the category's first list file that its compiled ruleset blocks and no other
 * category's ruleset covers, so the block page must name exactly this category. `offset` picks
 * another sample deterministically.
 */
export function sampleListedHost(category: CategoryId, offset = 0): string {
  const definition = CATEGORIES.find((candidate) => candidate.id === category)!;
  const own = compiledDomains(category);
  const others = CATEGORIES.filter((candidate) => candidate.id !== category).map((candidate) => compiledDomains(candidate.id));
  const lines = readFileSync(join(BLOCKLISTS_DIR, definition.sources[0]!), 'utf8').split('\n').filter(Boolean);

  const start = Math.floor(lines.length / 2) + offset;
  for (let step = 0; step < lines.length; step += 1) {
    const host = lines[(start + step) % lines.length]!;
    if (coveredBy(own, host) && !others.some((domains) => coveredBy(domains, host))) return host;
  }
  throw new Error(`No host in ${definition.sources[0]} is blocked by the ${category} ruleset alone`);
}
