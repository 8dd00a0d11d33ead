import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import { z } from 'zod/mini';
import { createLogger } from '../logger';
import { reportCategorySchema, reportSchema } from './schema';
import type { Report } from './schema';

/**
 * The outbox: reports waiting for delivery, and receipts of reports already delivered or
 * rejected. It is the only code that writes the report stores. No transaction stays open across
 * a network call: callers read what is due, deliver, then record the outcome in a new transaction.
 */
const DATABASE_NAME = 'khien-xanh';
const DATABASE_VERSION = 1;
const log = createLogger('outbox');

/** How long a receipt (id, time, category, status) is kept after delivery or rejection. */
export const RECEIPT_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

// Built on first use, like the report schema: most worker starts read no outbox entry.
export const outboxEntrySchema = z.lazy(() =>
  z.object({
    report: reportSchema,
    status: z.enum(['pending', 'rejected']),
    attempts: z.int().check(z.nonnegative()),
    nextAttemptAt: z.number(),
    lastError: z.nullable(z.string()),
  }),
);
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;

export const receiptSchema = z.lazy(() =>
  z.object({
    id: z.uuid(),
    category: reportCategorySchema,
    createdAt: z.iso.datetime(),
    settledAt: z.number(),
    status: z.enum(['delivered', 'rejected']),
    expiresAt: z.number(),
  }),
);
export type Receipt = z.infer<typeof receiptSchema>;

interface OutboxDatabase extends DBSchema {
  outbox: { key: string; value: OutboxEntry; indexes: { byNextAttempt: number } };
  receipts: { key: string; value: Receipt; indexes: { byExpiry: number } };
}

let databasePromise: Promise<IDBPDatabase<OutboxDatabase>> | undefined;

function database(): Promise<IDBPDatabase<OutboxDatabase>> {
  databasePromise ??= openDB<OutboxDatabase>(DATABASE_NAME, DATABASE_VERSION, {
    upgrade(db) {
      const outbox = db.createObjectStore('outbox', { keyPath: 'report.id' });
      outbox.createIndex('byNextAttempt', 'nextAttemptAt');
      const receipts = db.createObjectStore('receipts', { keyPath: 'id' });
      receipts.createIndex('byExpiry', 'expiresAt');
    },
  });
  return databasePromise;
}

/** Stores a new report. Resolves only after the transaction has committed. */
export async function enqueueReport(report: Report, now = Date.now()): Promise<void> {
  const entry: OutboxEntry = { report, status: 'pending', attempts: 0, nextAttemptAt: now, lastError: null };
  const db = await database();
  const transaction = db.transaction('outbox', 'readwrite');
  await transaction.store.add(outboxEntrySchema.parse(entry));
  await transaction.done;
}

/** Returns pending entries whose next attempt is due at `now`, oldest first. */
export async function dueEntries(now = Date.now()): Promise<OutboxEntry[]> {
  const db = await database();
  const candidates = await db.getAllFromIndex('outbox', 'byNextAttempt', IDBKeyRange.upperBound(now));
  return candidates.filter((entry) => entry.status === 'pending').flatMap(parseStoredEntry);
}

export async function allEntries(): Promise<OutboxEntry[]> {
  const db = await database();
  return (await db.getAll('outbox')).flatMap(parseStoredEntry);
}

export async function getEntry(id: string): Promise<OutboxEntry | undefined> {
  const db = await database();
  return db.get('outbox', id);
}

/** Returns the earliest next attempt time among pending entries, or null when none is pending. */
export async function earliestPendingAttempt(): Promise<number | null> {
  const db = await database();
  // Walks the due-time index from the earliest, so it reads only rejected entries before the result.
  let cursor = await db.transaction('outbox').store.index('byNextAttempt').openCursor();
  while (cursor) {
    if (cursor.value.status === 'pending') return cursor.value.nextAttemptAt;
    cursor = await cursor.continue();
  }
  return null;
}

/** Moves the due time of pending reports to `until`, in one transaction, before they are sent. */
export async function leaseEntries(ids: string[], until: number): Promise<void> {
  const db = await database();
  const transaction = db.transaction('outbox', 'readwrite');
  for (const id of ids) {
    const entry = await transaction.store.get(id);
    if (entry?.status === 'pending') await transaction.store.put({ ...entry, nextAttemptAt: until });
  }
  await transaction.done;
}

/** Records a failed attempt that will be retried at `nextAttemptAt`. */
export async function recordRetry(id: string, error: string, nextAttemptAt: number): Promise<void> {
  await updateEntry(id, (entry) => ({ ...entry, attempts: entry.attempts + 1, nextAttemptAt, lastError: error }));
}

/** Keeps a report the endpoint rejected for good, so it can be shown and saved by hand. */
export async function recordRejection(id: string, error: string, now = Date.now()): Promise<void> {
  const db = await database();
  const transaction = db.transaction(['outbox', 'receipts'], 'readwrite');
  const entry = await transaction.objectStore('outbox').get(id);
  if (entry) {
    await transaction.objectStore('outbox').put({ ...entry, status: 'rejected', attempts: entry.attempts + 1, lastError: error });
    await transaction.objectStore('receipts').put(receiptFor(entry.report, 'rejected', now));
  }
  await transaction.done;
}

/** Deletes a delivered report and keeps only its receipt, in one transaction. */
export async function recordDelivery(id: string, now = Date.now()): Promise<void> {
  const db = await database();
  const transaction = db.transaction(['outbox', 'receipts'], 'readwrite');
  const entry = await transaction.objectStore('outbox').get(id);
  if (entry) {
    await transaction.objectStore('outbox').delete(id);
    await transaction.objectStore('receipts').put(receiptFor(entry.report, 'delivered', now));
  }
  await transaction.done;
}

/** Removes a report from the outbox without sending it, for a rejected report the user has saved. */
export async function discardEntry(id: string): Promise<void> {
  const db = await database();
  await db.delete('outbox', id);
}

export async function allReceipts(): Promise<Receipt[]> {
  const db = await database();
  return db.getAll('receipts');
}

/** Deletes receipts whose lifetime has ended; returns how many were deleted. */
export async function deleteExpiredReceipts(now = Date.now()): Promise<number> {
  const db = await database();
  const transaction = db.transaction('receipts', 'readwrite');
  let cursor = await transaction.store.index('byExpiry').openCursor(IDBKeyRange.upperBound(now));
  let deleted = 0;
  while (cursor) {
    await cursor.delete();
    deleted += 1;
    cursor = await cursor.continue();
  }
  await transaction.done;
  return deleted;
}

async function updateEntry(id: string, change: (entry: OutboxEntry) => OutboxEntry): Promise<void> {
  const db = await database();
  const transaction = db.transaction('outbox', 'readwrite');
  const entry = await transaction.store.get(id);
  if (entry) await transaction.store.put(change(entry));
  await transaction.done;
}

function receiptFor(report: Report, status: Receipt['status'], now: number): Receipt {
  return {
    id: report.id,
    category: report.category,
    createdAt: report.createdAt,
    settledAt: now,
    status,
    expiresAt: now + RECEIPT_LIFETIME_MS,
  };
}

function parseStoredEntry(raw: unknown): OutboxEntry[] {
  const result = outboxEntrySchema.safeParse(raw);
  if (result.success) return [result.data];

  log.error('Skipped an outbox entry that does not match the report format', result.error.issues);
  return [];
}
