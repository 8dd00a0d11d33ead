import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { z } from 'zod/mini';
import { extractPageSample, HARM_CATEGORIES, scorePage, shouldBlock } from '../../utils/page-check';
import type { HarmCategory, PageSample, PageScore } from '../../utils/page-check';

/** The labelled page corpus: harmful pages and benign pages that use the same words. */
export const PAGE_CORPUS_DIR = resolve(__dirname, '..', 'fixtures', 'pages');

const labelSchema = z.object({
  file: z.string().check(z.regex(/\.html$/)),
  expected: z.nullable(z.enum(HARM_CATEGORIES)),
  note: z.string().check(z.minLength(1)),
});

/** One corpus page and the category it should be blocked as, or null for a benign page. */
export type CorpusLabel = z.infer<typeof labelSchema>;

export function loadCorpusLabels(): CorpusLabel[] {
  return z.array(labelSchema).parse(JSON.parse(readFileSync(join(PAGE_CORPUS_DIR, 'labels.json'), 'utf8')));
}

/** Parses HTML into a DOM document that the page check's extractor can read. */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Runs the page check's extract, score and block decision on one corpus page for `primary`. */
export function checkCorpusPage(file: string): { sample: PageSample; score: PageScore; blocked: boolean } {
  const document = parseDocument(readFileSync(join(PAGE_CORPUS_DIR, file), 'utf8'));
  const sample = extractPageSample(document);
  const score = scorePage(sample);
  return { sample, score, blocked: shouldBlock(score, 'primary') };
}

/** Counts for one category: pages labelled with it, pages blocked as it, and how many of those were right. */
export interface CategoryAccuracy {
  category: HarmCategory;
  pages: number;
  flagged: number;
  correct: number;
}

/** Measures, for each category, how the page check sorts the whole corpus for the `primary` group. */
export function measureCorpusAccuracy(labels: CorpusLabel[] = loadCorpusLabels()): CategoryAccuracy[] {
  const outcomes = labels.map((label) => ({ label, ...checkCorpusPage(label.file) }));
  return HARM_CATEGORIES.map((category) => {
    const flaggedPages = outcomes.filter((outcome) => outcome.blocked && outcome.score.category === category);
    return {
      category,
      pages: labels.filter((label) => label.expected === category).length,
      flagged: flaggedPages.length,
      correct: flaggedPages.filter((outcome) => outcome.label.expected === category).length,
    };
  });
}

/** Correct flags over all flags, or null when nothing was flagged. */
export function precisionOf(accuracy: CategoryAccuracy): number | null {
  return accuracy.flagged === 0 ? null : accuracy.correct / accuracy.flagged;
}

/** Correct flags over the pages labelled with the category. */
export function recallOf(accuracy: CategoryAccuracy): number {
  return accuracy.correct / accuracy.pages;
}
