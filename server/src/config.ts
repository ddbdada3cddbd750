import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface SmtpConfig {
  host: string;
  port: number;
  secure: boolean;
  user: string | undefined;
  password: string | undefined;
}

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  publicUrl: string;
  mailFrom: string;
  smtp: SmtpConfig | undefined;
  mailDirectory: string;
  timeZone: string;
  logLevel: string;
  isProduction: boolean;
  webDistDirectory: string;
  /** Backups written by the server itself, when QUORUM_BACKUP_DIR is set. */
  backup: { directory: string; keep: number; everyMs: number } | undefined;
  /**
   * The reverse proxies whose X-Forwarded-For is believed (TRUST_PROXY: addresses or CIDR ranges,
   * comma-separated, or "loopback"); false when Quorum faces the network itself.
   */
  trustProxy: string | false;
  /** Uploaded import files, under their import's id: a folder every server process sees (QUORUM_UPLOAD_DIR). */
  uploadDirectory: string;
  /** The most bytes of uploads the association keeps at once (QUORUM_UPLOAD_QUOTA_MB). */
  uploadQuotaBytes: number;
}

type Environment = Record<string, string | undefined>;

function integer(environment: Environment, name: string, fallback: number): number {
  const raw = environment[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

function trustedProxies(raw: string | undefined): string | false {
  const value = (raw ?? '').trim();
  if (value === '' || value === 'false') return false;
  if (value === 'true' || value === '*') {
    throw new Error(
      'TRUST_PROXY must name the proxy’s addresses (e.g. "127.0.0.1" or "10.0.0.0/8,loopback"), not trust every sender',
    );
  }
  return value;
}

/** Reads Quorum's configuration from environment variables; every one is optional (README lists them). */
export function loadConfig(environment: Environment = process.env): Config {
  const port = integer(environment, 'PORT', 3000);
  const host = environment.HOST || '0.0.0.0';
  const smtpHost = environment.SMTP_HOST;
  return {
    port,
    host,
    databaseUrl: environment.DATABASE_URL || `sqlite:${path.join(repositoryRoot, 'data', 'quorum.sqlite')}`,
    publicUrl: (environment.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, ''),
    mailFrom: environment.MAIL_FROM || 'Quorum <quorum@localhost>',
    smtp: smtpHost
      ? {
          host: smtpHost,
          port: integer(environment, 'SMTP_PORT', 587),
          secure: environment.SMTP_SECURE === 'true',
          user: environment.SMTP_USER || undefined,
          password: environment.SMTP_PASSWORD || undefined,
        }
      : undefined,
    mailDirectory: environment.MAIL_DIRECTORY || path.join(repositoryRoot, 'data', 'mail'),
    timeZone: environment.QUORUM_TIME_ZONE || 'Europe/Paris',
    logLevel: environment.LOG_LEVEL || 'info',
    isProduction: environment.NODE_ENV === 'production',
    webDistDirectory: path.join(repositoryRoot, 'web', 'dist'),
    trustProxy: trustedProxies(environment.TRUST_PROXY),
    backup: environment.QUORUM_BACKUP_DIR
      ? {
          directory: path.resolve(environment.QUORUM_BACKUP_DIR),
          keep: Math.max(1, integer(environment, 'QUORUM_BACKUP_KEEP', 7)),
          everyMs: Math.max(1, integer(environment, 'QUORUM_BACKUP_EVERY_HOURS', 24)) * 3600 * 1000,
        }
      : undefined,
    uploadDirectory: environment.QUORUM_UPLOAD_DIR || path.join(repositoryRoot, 'data', 'uploads'),
    uploadQuotaBytes: integer(environment, 'QUORUM_UPLOAD_QUOTA_MB', 100) * 1024 * 1024,
  };
}
