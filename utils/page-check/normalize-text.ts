/** Combining marks that NFD splits off Vietnamese letters (tones, breve, circumflex, horn). */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Anything that is not a folded letter, a digit or '+' ends a word ('+' keeps "18+" whole). */
const WORD_SEPARATORS = /[^a-z0-9+]+/g;

/**
 * Folds text for matching: lowercase, NFD, combining marks removed, "đ" to "d", and every run of
 * other characters turned into one space. "Nhà Cái", "nha cai" and an NFD "nhà cái" all become
 * "nha cai", so text with and without diacritics matches the same terms.
 */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(WORD_SEPARATORS, ' ')
    .trim();
}
