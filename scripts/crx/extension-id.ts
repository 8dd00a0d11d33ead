import { createHash, createPublicKey } from 'node:crypto';

/**
 * Derives a Chrome extension ID from a public key in DER (SubjectPublicKeyInfo) form: the first
 * 32 hex digits of its SHA-256, with each digit 0–f written as a letter a–p.
 */
export function extensionIdFromPublicKey(publicKeyDer: Buffer): string {
  const digest = createHash('sha256').update(publicKeyDer).digest('hex');
  return hexToExtensionAlphabet(digest.slice(0, 32));
}

/** Derives the extension ID that a package signed with this private key (PEM) gets. */
export function extensionIdFromPrivateKeyPem(privateKeyPem: string): string {
  return extensionIdFromPublicKey(publicKeyDerFromPrivateKeyPem(privateKeyPem));
}

/** Exports the public half of a PEM private key as DER SubjectPublicKeyInfo, the form Chrome hashes. */
export function publicKeyDerFromPrivateKeyPem(privateKeyPem: string): Buffer {
  return createPublicKey(privateKeyPem).export({ type: 'spki', format: 'der' });
}

/** Writes hex digits in Chrome's ID alphabet, where 0 is `a` and f is `p`. */
export function hexToExtensionAlphabet(hex: string): string {
  return [...hex.toLowerCase()].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}
