import { describe, expect, it } from 'vitest';
import { createReport, stripCredentials } from '../../utils/report/create-report';
import type { ReportInput } from '../../utils/report/create-report';
import { readFileSync } from 'node:fs';
import { reportJsonSchemaText } from '../../utils/report/json-schema';
import { MAX_CONTACT_CHARACTERS, MAX_DESCRIPTION_CHARACTERS, reportSchema } from '../../utils/report/schema';

function fakeInput(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    url: 'https://forum.example.vn/thread/1',
    title: 'Diễn đàn',
    category: 'bullying',
    description: 'Có người chê bai em',
    screenshot: { mediaType: 'image/jpeg', width: 2, height: 1, data: 'AAAA' },
    extensionVersion: '0.1.0',
    locale: 'vi',
    ...overrides,
  };
}

describe('createReport', () => {
  it('builds a report the schema accepts', () => {
    const report = createReport(fakeInput(), new Date('2026-12-01T10:00:00Z'));

    expect(reportSchema.parse(report)).toEqual(report);
    expect(report.formatVersion).toBe(1);
    expect(report.createdAt).toBe('2026-12-01T10:00:00.000Z');
    expect(report.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives every report a new id', () => {
    expect(createReport(fakeInput()).id).not.toBe(createReport(fakeInput()).id);
  });

  it('drops the screenshot for child sexual abuse', () => {
    const report = createReport(fakeInput({ category: 'childSexualAbuse' }));
    expect(report.screenshot).toBeNull();
  });

  it('drops the screenshot for grooming', () => {
    const report = createReport(fakeInput({ category: 'grooming' }));
    expect(report.screenshot).toBeNull();
  });

  it('defaults to a child reporter with no contact', () => {
    const report = createReport(fakeInput());
    expect(report.reporterRole).toBe('child');
    expect(report.contact).toBe('');
    expect(report).not.toHaveProperty('targetUrl');
  });

  it('keeps the role, contact and target given', () => {
    const report = createReport(
      fakeInput({ reporterRole: 'parent', contact: ' Mẹ: 0912 345 678 '.normalize('NFD'), targetUrl: 'https://u:p@cdn.example.vn/a.jpg' }),
    );
    expect(report.reporterRole).toBe('parent');
    expect(report.contact).toBe('Mẹ: 0912 345 678'.normalize('NFC'));
    expect(report.targetUrl).toBe('https://cdn.example.vn/a.jpg');
  });

  it('rejects a non-web target URL', () => {
    expect(() => createReport(fakeInput({ targetUrl: 'javascript:alert(1)' }))).toThrow();
  });

  it('normalises the description to NFC', () => {
    const decomposed = 'Bắt nạt'.normalize('NFD');
    const report = createReport(fakeInput({ description: decomposed }));
    expect(report.description).toBe('Bắt nạt'.normalize('NFC'));
  });

  it('strips credentials from the URL', () => {
    const report = createReport(fakeInput({ url: 'https://user:secret@example.vn/a' }));
    expect(report.url).toBe('https://example.vn/a');
  });

  it('rejects a non-web URL', () => {
    expect(() => createReport(fakeInput({ url: 'chrome://settings' }))).toThrow();
  });
});

describe('reportSchema', () => {
  const valid = createReport(fakeInput());

  it('counts description length in characters', () => {
    const emoji = '😢'.repeat(MAX_DESCRIPTION_CHARACTERS);
    expect(reportSchema.safeParse({ ...valid, description: emoji }).success).toBe(true);
    expect(reportSchema.safeParse({ ...valid, description: `${emoji}!` }).success).toBe(false);
  });

  it('rejects a screenshot on a CSAM report', () => {
    const forged = { ...valid, category: 'childSexualAbuse' };
    const result = reportSchema.safeParse(forged);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['screenshot']);
  });

  it('rejects a screenshot on a grooming report', () => {
    expect(reportSchema.safeParse({ ...valid, category: 'grooming' }).success).toBe(false);
  });

  it('limits the contact in characters', () => {
    const contact = 'ạ'.repeat(MAX_CONTACT_CHARACTERS);
    expect(reportSchema.safeParse({ ...valid, contact }).success).toBe(true);
    expect(reportSchema.safeParse({ ...valid, contact: `${contact}!` }).success).toBe(false);
  });

  it('rejects an unknown reporter role', () => {
    expect(reportSchema.safeParse({ ...valid, reporterRole: 'police' }).success).toBe(false);
  });

  it('rejects an unknown category', () => {
    expect(reportSchema.safeParse({ ...valid, category: 'spam' }).success).toBe(false);
  });

  it('rejects screenshot data that is not base64', () => {
    const screenshot = { ...valid.screenshot!, data: 'not base64!' };
    expect(reportSchema.safeParse({ ...valid, screenshot }).success).toBe(false);
  });

  it('rejects a missing id', () => {
    const { id: _id, ...withoutId } = valid;
    expect(reportSchema.safeParse(withoutId).success).toBe(false);
  });
});

describe('stripCredentials', () => {
  it('keeps a URL without credentials unchanged', () => {
    expect(stripCredentials('https://example.vn/a?b=1#c')).toBe('https://example.vn/a?b=1#c');
  });
});

describe('published JSON Schema', () => {
  it('matches docs/report-schema.json', () => {
    // Regenerate with: npx jiti scripts/export-report-schema.ts
    expect(readFileSync('docs/report-schema.json', 'utf8')).toBe(reportJsonSchemaText());
  });

  it('requires every field the zod schema requires', () => {
    const schema = JSON.parse(reportJsonSchemaText()) as { required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['formatVersion', 'id', 'url', 'category', 'reporterRole', 'contact', 'screenshot']));
    expect(schema.required).not.toContain('targetUrl');
  });
});
