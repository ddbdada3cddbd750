import crypto from 'node:crypto';

export function newId(): string {
  return crypto.randomUUID();
}

/** Now, as stored: ISO 8601 in UTC. */
export function nowIso(): string {
  return new Date().toISOString();
}

export function isoAfter(milliseconds: number, from = new Date()): string {
  return new Date(from.getTime() + milliseconds).toISOString();
}

/** An unguessable token for a link or a cookie: 256 bits, URL-safe. */
export function newSecretToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** Secret tokens are stored hashed, so a database copy cannot be used to sign in. */
export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}
