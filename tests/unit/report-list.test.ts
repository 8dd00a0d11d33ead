import { describe, expect, it } from 'vitest';
import type { OutboxEntry, Receipt } from '../../utils/report/outbox';
import { listReportItems } from '../../utils/report/report-list';
import { createReport } from '../../utils/report/create-report';

function fakeEntry(createdAt: string, overrides: Partial<OutboxEntry> = {}): OutboxEntry {
  const report = createReport(
    { url: 'https://a.example.vn/', title: '', category: 'scam', description: '', screenshot: null, extensionVersion: '0.1.0', locale: 'vi' },
    new Date(createdAt),
  );
  return { report, status: 'pending', attempts: 1, nextAttemptAt: 0, lastError: 'HTTP 503', ...overrides };
}

function fakeReceipt(createdAt: string, overrides: Partial<Receipt> = {}): Receipt {
  return { id: crypto.randomUUID(), category: 'bullying', createdAt, settledAt: 5, status: 'delivered', expiresAt: 10, ...overrides };
}

describe('listReportItems', () => {
  it('lists newest first', () => {
    const items = listReportItems([fakeEntry('2026-12-02T00:00:00Z')], [fakeReceipt('2026-12-03T00:00:00Z'), fakeReceipt('2026-12-01T00:00:00Z')]);
    expect(items.map((item) => item.createdAt.slice(0, 10))).toEqual(['2026-12-03', '2026-12-02', '2026-12-01']);
    expect(items.map((item) => item.status)).toEqual(['delivered', 'pending', 'delivered']);
  });

  it('shows a rejected report once, with its error', () => {
    const entry = fakeEntry('2026-12-02T00:00:00Z', { status: 'rejected', lastError: 'HTTP 422' });
    const receipt = fakeReceipt(entry.report.createdAt, { id: entry.report.id, status: 'rejected', settledAt: 42, category: 'scam' });

    const items = listReportItems([entry], [receipt]);

    expect(items).toEqual([{ id: entry.report.id, category: 'scam', createdAt: entry.report.createdAt, status: 'rejected', settledAt: 42, lastError: 'HTTP 422' }]);
  });

  it('keeps at most the limit', () => {
    const receipts = Array.from({ length: 15 }, (_, day) => fakeReceipt(`2026-11-${String(day + 1).padStart(2, '0')}T00:00:00Z`));
    expect(listReportItems([], receipts, 10)).toHaveLength(10);
  });
});
