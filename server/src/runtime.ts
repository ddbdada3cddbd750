import pino, { type Logger } from 'pino';
import { loadConfig, type Config } from './config.ts';
import { closeBallotChecks } from './crypto/ballot-checks.ts';
import type { ServiceContext } from './context.ts';
import { openDatabase, type OpenOptions } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { createMailer } from './mail/mailer.ts';
import { createRealtimeHub } from './realtime/hub.ts';
import { redactSecrets } from './log-redaction.ts';

/**
 * Logs go to stderr, as JSON lines (pino), so stdout stays free for a command's own output. Every
 * line passes through redactSecrets before it is written.
 */
export function createLogger(
  level: string,
  destination: pino.DestinationStream = pino.destination({ fd: 2, sync: true }),
): Logger {
  return pino({ level, base: { service: 'quorum' }, hooks: { streamWrite: redactSecrets } }, destination);
}

export interface Runtime extends ServiceContext {
  close(): Promise<void>;
}

/** Opens the database, brings it to the latest schema and prepares the mailer. */
export async function openRuntime(
  options: { config?: Config; logger?: Logger; databaseOptions?: OpenOptions } = {},
): Promise<Runtime> {
  const config = options.config ?? loadConfig();
  const logger = options.logger ?? createLogger(config.logLevel);
  const database = openDatabase(config.databaseUrl, options.databaseOptions);
  try {
    const results = await migrateToLatest(database);
    for (const result of results) logger.info({ migration: result.migrationName }, 'migration applied');
  } catch (error) {
    await database.close();
    throw error;
  }
  const mailer = createMailer(config, logger);
  const realtime = await createRealtimeHub({
    databaseUrl: database.engine === 'postgres' ? config.databaseUrl : undefined,
    schema: database.schema,
    logger,
  });
  return {
    config,
    logger,
    database,
    mailer,
    realtime,
    async close() {
      mailer.close();
      await closeBallotChecks();
      await realtime.close();
      await database.close();
    },
  };
}
