import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { Mailer } from './mail/mailer.ts';
import type { RealtimeHub } from './realtime/hub.ts';

/** What a service needs from the outside world, passed explicitly: no container, no globals. */
export interface ServiceContext {
  database: Database;
  config: Config;
  mailer: Mailer;
  logger: Logger;
  realtime: RealtimeHub;
}
