/**
 * The log's second guard against secrets: whatever reaches a log line, a run of 32 or more
 * URL-safe characters that is not a UUID is replaced by "[redacted]". Quorum's tokens (personal links,
 * sessions, CSRF, invitations, password resets) are 43 such characters (32 random bytes, base64url),
 * and the first guard is that none travels in a path or a query string. UUIDs (ids of records) and
 * shorter words are kept, so a log still says which record a request was about.
 */
const secretLike = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{32,}(?![A-Za-z0-9_-])/g;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function redactSecrets(line: string): string {
  return line.replace(secretLike, (run) => (uuid.test(run) ? run : '[redacted]'));
}
