import crypto from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

/**
 * TOTP as authenticator apps expect it (RFC 6238: SHA-1, six digits, thirty seconds), a code
 * accepted one step either side of now for clocks that drift, and recovery codes.
 */
const periodSeconds = 30;
const acceptedWindow = 1;
export const recoveryCodeCount = 8;

function totpOf(secret: string, label = '', issuer = ''): TOTP {
  return new TOTP({
    issuer,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: periodSeconds,
    secret: Secret.fromBase32(secret),
  });
}

/** A new secret, 160 bits in base32 as apps take it typed. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an app reads from the QR code: the association names the issuer, the e-mail the account. */
export function totpUri(secret: string, { issuer, label }: { issuer: string; label: string }): string {
  return totpOf(secret, label, issuer).toString();
}

/** The URI drawn as a QR code, an SVG in a data: URL (the Content-Security-Policy allows img data:). */
export async function qrCodeDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/** Six digits, spaces allowed ("123 456"). */
export function isTotpCode(code: string): boolean {
  return /^\d{6}$/.test(code.replace(/\s/g, ''));
}

/**
 * The time step a code belongs to when it is valid now (±1 step), else null. The caller refuses a
 * step at or before the last one accepted, so that a code seen over a shoulder cannot serve again.
 */
export function acceptedTotpStep(secret: string, code: string, now = Date.now()): number | null {
  const token = code.replace(/\s/g, '');
  const delta = totpOf(secret).validate({ token, timestamp: now, window: acceptedWindow });
  if (delta === null) return null;
  return Math.floor(now / 1000 / periodSeconds) + delta;
}

const recoveryAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten characters from an alphabet without look-alikes (no 0/o, 1/l/i), shown as "abcde-fghjk". */
export function newRecoveryCode(): string {
  const bytes = crypto.randomBytes(10);
  const characters = [...bytes].map((byte) => recoveryAlphabet[byte % recoveryAlphabet.length]).join('');
  return `${characters.slice(0, 5)}-${characters.slice(5)}`;
}

/** What is hashed of a recovery code as typed: case, spaces and hyphens do not matter. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}
