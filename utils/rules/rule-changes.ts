import { canonicalJson } from '../canonical-json';
import type { DnrRule } from './dnr-types';
import { isOwnedRuleId } from './rule-ids';

export interface DynamicRuleChanges<Rule extends { id: number } = DnrRule> {
  removeRuleIds: number[];
  addRules: Rule[];
}

/**
 * Returns the update that turns the existing dynamic rules into `wanted`. Only ids for which
 * `owns` is true are touched (by default the ranges of utils/rules/rule-ids.ts), and a rule that
 * is already identical stays, so an unchanged plan gives an empty update.
 */
export function dynamicRuleChanges<Rule extends { id: number }>(
  existing: readonly Rule[],
  wanted: readonly Rule[],
  owns: (id: number) => boolean = isOwnedRuleId,
): DynamicRuleChanges<Rule> {
  const owned = new Map(existing.filter((rule) => owns(rule.id)).map((rule) => [rule.id, rule]));
  const wantedIds = new Set(wanted.map((rule) => rule.id));

  const changed = wanted.filter((rule) => !sameRule(owned.get(rule.id), rule));
  const stale = [...owned.keys()].filter((id) => !wantedIds.has(id));
  return { removeRuleIds: [...stale, ...changed.map((rule) => rule.id)].sort((a, b) => a - b), addRules: changed };
}

/** Returns true when the update removes or adds at least one rule. */
export function hasRuleChanges(changes: DynamicRuleChanges<{ id: number }>): boolean {
  return changes.removeRuleIds.length > 0 || changes.addRules.length > 0;
}

/**
 * Compares two rules by content. Chrome returns rules with its own key order and may add
 * defaults, so both sides are compared in a canonical form with sorted keys.
 */
function sameRule(current: unknown, wanted: unknown): boolean {
  if (current === undefined) return false;
  return canonicalJson(current) === canonicalJson(wanted);
}
