import { ADULT_TERMS } from './adult-terms';
import { GAMBLING_TERMS } from './gambling-terms';
import { normalizeText } from './normalize-text';
import { SCAM_TERMS } from './scam-terms';
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

const TERMS_BY_CATEGORY: Record<HarmCategory, CategoryTerms> = {
  gambling: GAMBLING_TERMS,
  adult: ADULT_TERMS,
  scam: SCAM_TERMS,
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
  for (const [category, terms] of Object.entries(TERMS_BY_CATEGORY) as [HarmCategory, CategoryTerms][]) {
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
