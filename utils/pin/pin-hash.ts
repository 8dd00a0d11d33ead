import { z } from 'zod/mini';

/**
 * Parent PIN hashing with WebCrypto PBKDF2-SHA-256, available as `globalThis.crypto.subtle` in
 * the extension's pages, its service worker and Node 20.
 *
 * A forgotten PIN cannot be recovered. It is reset by removing and reinstalling the extension,
 * which also clears the parent's settings, or on a managed device by the school's policy
 * (docs/deploy.md describes both).
 */

export const PIN_ALGORITHM = 'PBKDF2-SHA-256';

/**
 * Iterations for new hashes: the OWASP Password Storage Cheat Sheet value for
 * PBKDF2-HMAC-SHA256 (600,000, set in December 2022). A PIN has at most 10^8 values, so anyone
 * who copies the stored record can still try them all offline. The count makes that slower but
 * not impossible: the record mainly keeps the PIN out of plain sight in storage.
 */
export const PIN_ITERATIONS = 600_000;

/** Minimum iterations a stored record may claim, so a tampered record cannot make guessing cheap. */
export const MIN_PIN_ITERATIONS = 100_000;

export const PIN_SALT_BYTES = 16;
export const PIN_HASH_BYTES = 32;

/** A PIN is 4 to 8 ASCII digits. */
export const PIN_PATTERN = /^[0-9]{4,8}$/;

export const pinSchema = z.string().check(z.regex(PIN_PATTERN, 'A PIN must be 4 to 8 digits (0-9).'));

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

const BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;

/** Returns the decoded size of padded base64 text, or null when the text is not padded base64. */
function decodedByteLength(text: string): number | null {
  if (!BASE64_PATTERN.test(text) || text.length % 4 !== 0) return null;
  return decodeBase64(text).length;
}

function base64OfLength(bytes: number) {
  return z.string().check(z.refine((text) => decodedByteLength(text) === bytes, `Expected ${bytes} bytes as padded base64.`));
}

/** The stored form of a PIN; the PIN itself is never stored. */
export const pinRecordSchema = z.object({
  algorithm: z.literal(PIN_ALGORITHM),
  iterations: z.int().check(z.minimum(MIN_PIN_ITERATIONS)),
  salt: base64OfLength(PIN_SALT_BYTES),
  hash: base64OfLength(PIN_HASH_BYTES),
});

export type PinRecord = z.infer<typeof pinRecordSchema>;

export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

async function derivePinHash(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const keyMaterial = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    keyMaterial,
    PIN_HASH_BYTES * 8,
  );
  return new Uint8Array(bits);
}

/**
 * Hashes a PIN into a record to store. A fresh random 16-byte salt is drawn unless `salt` is
 * given (tests pass one to get a fixed result). Throws when the PIN breaks the PIN rules,
 * because the caller should have checked it with isValidPin first.
 */
export async function hashPin(pin: string, salt?: Uint8Array): Promise<PinRecord> {
  if (!isValidPin(pin)) throw new Error('hashPin needs a PIN of 4 to 8 digits; check it with isValidPin first.');
  if (salt !== undefined && salt.length !== PIN_SALT_BYTES) {
    throw new Error(`hashPin needs a salt of ${PIN_SALT_BYTES} bytes, got ${salt.length}.`);
  }

  const usedSalt = salt ?? crypto.getRandomValues(new Uint8Array(PIN_SALT_BYTES));
  const hash = await derivePinHash(pin, usedSalt, PIN_ITERATIONS);
  return { algorithm: PIN_ALGORITHM, iterations: PIN_ITERATIONS, salt: encodeBase64(usedSalt), hash: encodeBase64(hash) };
}

/** Compares two byte arrays in time that depends only on their length, not on where they differ. */
export function constantTimeEqual(left: Uint8Array, right: Uint8Array): boolean {
  if (left.length !== right.length) return false;

  let difference = 0;
  for (let index = 0; index < left.length; index += 1) difference |= (left[index] ?? 0) ^ (right[index] ?? 0);
  return difference === 0;
}

/**
 * Checks a PIN against a stored record, using the record's own iteration count so that records
 * made with an older count still verify. Returns false for a PIN that breaks the PIN rules.
 * The record must already have passed pinRecordSchema.
 */
export async function verifyPin(pin: string, record: PinRecord): Promise<boolean> {
  if (!isValidPin(pin)) return false;

  const hash = await derivePinHash(pin, decodeBase64(record.salt), record.iterations);
  return constantTimeEqual(hash, decodeBase64(record.hash));
}
