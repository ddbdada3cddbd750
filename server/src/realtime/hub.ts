import { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import pg from 'pg';
import type { RealtimeEvent } from '../../../common/events.ts';

type Listener = (event: RealtimeEvent) => void;

const notifyChannel = 'quorum_events';

export interface RealtimeHub {
  publish(channel: string, event: RealtimeEvent): Promise<void>;
  subscribe(channel: string, listener: Listener): () => void;
  close(): Promise<void>;
}

/**
 * Delivers events to this process's SSE clients. With PostgreSQL, publishing goes through
 * NOTIFY and every process (this one included) LISTENs, so clients of every server process get
 * every event; with SQLite there is one process, and events stay in it.
 */
export async function createRealtimeHub(options: {
  databaseUrl?: string;
  schema?: string;
  logger: Logger;
}): Promise<RealtimeHub> {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const deliver = (channel: string, event: RealtimeEvent) => emitter.emit(channel, event);
  let listener: pg.Client | undefined;
  let notifier: pg.Pool | undefined;
  // Each test schema gets its own notification channel, so parallel test runs do not hear each other.
  const channelName = options.schema ? `${notifyChannel}_${options.schema}` : notifyChannel;

  if (options.databaseUrl?.startsWith('postgres')) {
    listener = new pg.Client({ connectionString: options.databaseUrl });
    await listener.connect();
    listener.on('notification', (message) => {
      try {
        const { channel, event } = JSON.parse(message.payload ?? '{}') as {
          channel: string;
          event: RealtimeEvent;
        };
        deliver(channel, event);
      } catch (error) {
        options.logger.error({ err: error }, 'unreadable realtime notification');
      }
    });
    listener.on('error', (error) => options.logger.error({ err: error }, 'realtime listener failed'));
    await listener.query(`LISTEN ${channelName}`);
    notifier = new pg.Pool({ connectionString: options.databaseUrl, max: 2 });
    // An idle connection the server loses (a restart of PostgreSQL) is replaced on the next publish.
    notifier.on('error', (error) => options.logger.warn({ err: error }, 'realtime notifier connection lost'));
  }

  return {
    async publish(channel, event) {
      if (notifier) {
        await notifier.query('select pg_notify($1, $2)', [channelName, JSON.stringify({ channel, event })]);
      } else {
        deliver(channel, event);
      }
    },
    subscribe(channel, callback) {
      emitter.on(channel, callback);
      return () => emitter.off(channel, callback);
    },
    async close() {
      emitter.removeAllListeners();
      await listener?.end();
      await notifier?.end();
    },
  };
}
