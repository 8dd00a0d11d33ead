import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  extractPageSample,
  HARM_CATEGORIES,
  normalizeText,
  pageSampleSchema,
  scorePage,
  shouldBlock,
} from '../../utils/page-check';
import type { PageSample, PageScore } from '../../utils/page-check';
import { checkCorpusPage, loadCorpusLabels, measureCorpusAccuracy, PAGE_CORPUS_DIR, parseDocument, precisionOf, recallOf } from '../support/page-corpus';
import type { CategoryAccuracy } from '../support/page-corpus';

const LABELS = loadCorpusLabels();

function fakeSample(overrides: Partial<PageSample> = {}): PageSample {
  return {
    title: '',
    description: '',
    headings: [],
    buttonLabels: [],
    text: '',
    passwordInputs: 0,
    secretInputs: 0,
    ...overrides,
  };
}

describe('page check corpus', () => {
  test('corpus has enough pages', () => {
    expect(LABELS.filter((label) => label.expected !== null).length).toBeGreaterThanOrEqual(30);
    expect(LABELS.filter((label) => label.expected === null).length).toBeGreaterThanOrEqual(30);
  });

  test.each(LABELS.map((label) => [label.file, label] as const))('%s', (file, label) => {
    const { sample, score, blocked } = checkCorpusPage(file);

    expect(() => pageSampleSchema.parse(sample)).not.toThrow();
    if (label.expected === null) {
      expect(blocked, `scores ${JSON.stringify(score.scores)}`).toBe(false);
    } else {
      expect(blocked, `scores ${JSON.stringify(score.scores)}`).toBe(true);
      expect(score.category).toBe(label.expected);
    }
  });

  test('precision and recall per category', () => {
    const rows = measureCorpusAccuracy(LABELS);
    console.log(['category | pages | blocked as it | correct | precision | recall', ...rows.map(formatRow)].join('\n'));
    for (const row of rows) expect(row.pages).toBeGreaterThan(0);
  });
});

function formatRow(row: CategoryAccuracy): string {
  const precision = precisionOf(row);
  return `${row.category} | ${row.pages} | ${row.flagged} | ${row.correct} | ${precision === null ? 'n/a' : precision.toFixed(2)} | ${recallOf(row).toFixed(2)}`;
}

describe('normalizeText', () => {
  test('folds diacritics, case and đ', () => {
    expect(normalizeText('Nhà Cái ĐÁNH ĐỀ')).toBe('nha cai danh de');
  });

  test('treats NFD like NFC', () => {
    const nfc = 'Tài xỉu nổ hũ'.normalize('NFC');
    const nfd = 'Tài xỉu nổ hũ'.normalize('NFD');
    expect(normalizeText(nfd)).toBe(normalizeText(nfc));
  });

  test('collapses punctuation and keeps 18+', () => {
    expect(normalizeText('  Phim -- 18+!!  mới\n\tnhất ')).toBe('phim 18+ moi nhat');
  });
});

describe('extractPageSample', () => {
  test('reads title, description, headings, buttons', () => {
    const document = parseDocument(`<html><head><title> Trang  thử </title>
      <meta name="description" content="Mô tả"></head><body><h1>Tiêu đề</h1><h3>Phụ</h3>
      <button>Đăng ký</button><input type="submit" value="Gửi"><a class="btn-main" href="#">Chơi</a></body></html>`);
    const sample = extractPageSample(document);

    expect(sample.title).toBe('Trang thử');
    expect(sample.description).toBe('Mô tả');
    expect(sample.headings).toEqual(['Tiêu đề', 'Phụ']);
    expect(sample.buttonLabels).toEqual(['Đăng ký', 'Gửi', 'Chơi']);
  });

  test('skips scripts, styles and hidden text', () => {
    const document = parseDocument(`<html><body><p>shown</p><script>scripted</script><style>.a{}</style>
      <noscript>fallback</noscript><div hidden>hiddenattr</div><div aria-hidden="true">aria</div>
      <div style="display : none">inline</div><span style="visibility:hidden">invisible</span></body></html>`);

    expect(extractPageSample(document).text).toBe('shown');
  });

  test('caps text characters and nodes', () => {
    const paragraphs = Array.from({ length: 500 }, (_, index) => `<p>đoạn văn số ${index}</p>`).join('');
    const document = parseDocument(`<html><body>${paragraphs}</body></html>`);

    expect(extractPageSample(document, { maxTextChars: 100 }).text.length).toBeLessThanOrEqual(100);
    expect(extractPageSample(document, { maxNodes: 11 }).text).toBe('đoạn văn số 0 đoạn văn số 1 đoạn văn số 2 đoạn văn số 3 đoạn văn số 4');
  });

  test('counts password and secret inputs', () => {
    const document = parseDocument(`<html><body><form><input type="password"><input name="otp">
      <input autocomplete="cc-number"><input placeholder="CVV"><input name="email"></form></body></html>`);
    const sample = extractPageSample(document);

    expect(sample.passwordInputs).toBe(1);
    expect(sample.secretInputs).toBe(3);
  });

  test('handles an empty document', () => {
    const sample = extractPageSample(parseDocument('<html><head></head><body></body></html>'));
    expect(sample.text).toBe('');
    expect(sample.title).toBe('');
  });
});

describe('scorePage', () => {
  test('matches whole words only', () => {
    const score = scorePage(fakeSample({ text: 'Essex and Sussex, javascript, sextant, unisex' }));
    expect(score.category).toBeNull();
    expect(score.matchedTerms).toEqual([]);
  });

  test('support terms need a core term', () => {
    const score = scorePage(fakeSample({ text: 'nạp tiền rút tiền khuyến mãi thành viên mới', passwordInputs: 1 }));
    expect(score.scores.gambling).toBe(0);
  });

  test('about terms lower the score', () => {
    const doing = scorePage(fakeSample({ text: 'nhà cái tỷ lệ kèo nạp tiền' }));
    const about = scorePage(fakeSample({ text: 'nhà cái tỷ lệ kèo nạp tiền. công an bắt giữ, khởi tố' }));
    expect(about.scores.gambling).toBeLessThan(doing.scores.gambling / 2);
  });

  test('title counts extra', () => {
    const inBody = scorePage(fakeSample({ text: 'phim sex' }));
    const inTitle = scorePage(fakeSample({ title: 'phim sex' }));
    expect(inTitle.scores.adult).toBeGreaterThan(inBody.scores.adult);
  });

  test('reports matched terms', () => {
    const score = scorePage(fakeSample({ text: 'Nhập mã OTP để xác minh tài khoản' }));
    const phrases = score.matchedTerms.map((term) => term.phrase);
    expect(phrases).toContain('nhập mã otp');
    expect(phrases).toContain('xác minh tài khoản');
    expect(score.category).toBe('scam');
  });
});

describe('shouldBlock', () => {
  const strong = scorePage(fakeSample({ title: 'Nhà cái uy tín', text: 'tỷ lệ kèo, nổ hũ, tài xỉu, nạp tiền' }));

  test('off never blocks', () => {
    expect(shouldBlock(strong, 'off')).toBe(false);
  });

  test('blocks strong page for every filtered age', () => {
    for (const ageGroup of ['preschool', 'primary', 'lowerSecondary', 'upperSecondary'] as const) {
      expect(shouldBlock(strong, ageGroup)).toBe(true);
    }
  });

  test('thresholds rise with age', () => {
    const weak: PageScore = { category: 'adult', scores: { gambling: 0, adult: 5.5, scam: 0 }, matchedTerms: [] };
    expect(shouldBlock(weak, 'preschool')).toBe(true);
    expect(shouldBlock(weak, 'primary')).toBe(true);
    expect(shouldBlock(weak, 'lowerSecondary')).toBe(false);
    expect(shouldBlock(weak, 'upperSecondary')).toBe(false);
  });

  test('null category never blocks', () => {
    expect(shouldBlock(scorePage(fakeSample()), 'preschool')).toBe(false);
  });
});

describe('page check speed', () => {
  test('reports time for a heavy page', () => {
    const block = readFileSync(join(PAGE_CORPUS_DIR, 'benign-01-news-betting-ring.html'), 'utf8');
    const body = block.slice(block.indexOf('<body>') + 6, block.indexOf('</body>'));
    const document = parseDocument(`<html><head><title>t</title></head><body>${body.repeat(200)}</body></html>`);

    const runs = 50;
    const sample = extractPageSample(document);
    const extractStart = performance.now();
    for (let run = 0; run < runs; run += 1) extractPageSample(document);
    const extractMs = (performance.now() - extractStart) / runs;

    const scoreStart = performance.now();
    for (let run = 0; run < runs; run += 1) scorePage(sample);
    const scoreMs = (performance.now() - scoreStart) / runs;

    console.log(
      `page check on a ${body.length * 200}-character page: extract ${extractMs.toFixed(2)} ms (linkedom), score ${scoreMs.toFixed(2)} ms, mean of ${runs} runs`,
    );
    expect(sample.text.length).toBeGreaterThan(0);
  });
});
