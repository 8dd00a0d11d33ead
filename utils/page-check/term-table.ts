import { adultTerms } from './adult-terms';
import { gamblingTerms } from './gambling-terms';
import { normalizeText } from './normalize-text';
import { scamTerms } from './scam-terms';
import type { CategoryTerms, HarmCategory, WeightedPhrase } from './term-types';

export type TermRole = keyof CategoryTerms;

/** A term folded once at load time. `needle` is the folded phrase with a space on each side. */
export interface CompiledTerm {
  phrase: string;
  needle: string;
  category: HarmCategory;
  role: TermRole;
  weight: number;
}

/**
 * The term lists are functions, so that their hundreds of array literals are built when the page
 * check first runs (after `load`), not when the content script is evaluated (before `load`).
 */
const TERMS_BY_CATEGORY: Record<HarmCategory, () => CategoryTerms> = {
  gambling: gamblingTerms,
  adult: adultTerms,
  scam: scamTerms,
};

function compileList(category: HarmCategory, role: TermRole, list: readonly WeightedPhrase[]): CompiledTerm[] {
  return list.map(([phrase, weight]) => ({
    phrase,
    needle: ` ${normalizeText(phrase)} `,
    category,
    role,
    weight,
  }));
}

function compileTermTable(): CompiledTerm[] {
  const table: CompiledTerm[] = [];
  for (const [category, listTerms] of Object.entries(TERMS_BY_CATEGORY) as [HarmCategory, () => CategoryTerms][]) {
    const terms = listTerms();
    table.push(...compileList(category, 'core', terms.core));
    table.push(...compileList(category, 'support', terms.support));
    table.push(...compileList(category, 'about', terms.about));
  }
  return table;
}

let compiled: readonly CompiledTerm[] | undefined;

/**
 * Every term of every category, folded the same way as page text. Folded on first use, in the page
 * check's idle moment after `load`, not when the content script is evaluated before `load`.
 */
export function termTable(): readonly CompiledTerm[] {
  compiled ??= compileTermTable();
  return compiled;
}
