import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translate } from '../../utils/i18n';
import { mergeLocaleFiles } from '../../utils/locale-catalog';
import { ENGLISH_FILES, VIETNAMESE_FILES } from '../../utils/locale-files';
import { buildLocaleMessages } from '../../scripts/locales';

const vietnamese = mergeLocaleFiles(VIETNAMESE_FILES);
const english = mergeLocaleFiles(ENGLISH_FILES);

describe('locales', () => {
  it('vi and en have the same keys', () => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(vietnamese).sort());
  });

  it('every file is listed for the pages', () => {
    expect(readdirSync('locales/vi').sort()).toEqual(Object.keys(VIETNAMESE_FILES).sort());
    expect(readdirSync('locales/en').sort()).toEqual(Object.keys(ENGLISH_FILES).sort());
  });

  it('no message is empty or un-normalised', () => {
    for (const catalog of [vietnamese, english]) {
      for (const [key, entry] of Object.entries(catalog)) {
        expect(entry.message.trim(), key).not.toBe('');
        expect(entry.message, key).toBe(entry.message.normalize('NFC'));
        expect(entry.description, key).toBeTruthy();
      }
    }
  });

  it('keys are camelCase', () => {
    for (const key of Object.keys(vietnamese)) expect(key).toMatch(/^[a-z][a-zA-Z0-9]*$/);
  });

  it('placeholders match across languages', () => {
    for (const [key, entry] of Object.entries(vietnamese)) {
      expect(Object.keys(english[key]?.placeholders ?? {}), key).toEqual(Object.keys(entry.placeholders ?? {}));
    }
  });

  it('build output equals the page catalogs', () => {
    const built = buildLocaleMessages('locales');
    expect(built.vi).toEqual(vietnamese);
    expect(built.en).toEqual(english);
  });

  it('merging refuses a duplicate key', () => {
    expect(() => mergeLocaleFiles({ 'a.json': { x: { message: '1' } }, 'b.json': { x: { message: '2' } } })).toThrow(/"x".*a\.json.*b\.json/);
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('vi', 'popupReportsPending', ['3'])).toBe('Đang chờ gửi: 3');
    expect(translate('en', 'popupReportsPending', ['3'])).toBe('Waiting to be sent: 3');
  });
});
