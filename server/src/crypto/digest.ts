import { createHash } from 'node:crypto';

/**
 * common/crypto's `fingerprint` (SHA-256 in unpadded base64url) by node:crypto: the same answer,
 * about ten times faster on a record of several megabytes.
 */
export function fingerprintNative(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64url');
}
