/**
 * Writes one static ruleset per category of host-name rules (public/rulesets/names-<category>.json).
 * Run by `npm run build` after the list compiler.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compileNameRules, NAME_RULES } from '../utils/name-rules';
import { NAME_RULE_CATEGORIES } from '../utils/name-rules/name-rule';
import { nameRulesetId } from '../utils/name-rules/rulesets';

const outputDir = resolve('public/rulesets');
mkdirSync(outputDir, { recursive: true });

for (const category of NAME_RULE_CATEGORIES) {
  const rules = compileNameRules(NAME_RULES.filter((rule) => rule.category === category));
  writeFileSync(join(outputDir, `${nameRulesetId(category)}.json`), JSON.stringify(rules));
  console.log(`${nameRulesetId(category)}: ${rules.length} regex rules`);
}
