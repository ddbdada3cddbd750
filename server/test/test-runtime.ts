import pino from 'pino';
import { loadConfig, type Config } from '../src/config.ts';
import type { Engine } from '../src/db/database.ts';
import { openRuntime, type Runtime } from '../src/runtime.ts';
import { createTestDatabase } from './databases.ts';
import { startSmtpServer, type TestSmtpServer } from './smtp-server.ts';

export interface TestRuntime {
  runtime: Runtime;
  /** Opens another runtime on the same database: a second server process, as far as the data goes. */
  openAnotherRuntime(): Promise<Runtime>;
  smtp: TestSmtpServer;
  config: Config;
  close(): Promise<void>;
}

/**
 * A migrated database of the given engine, a real SMTP server and a silent logger: what every
 * service and API test starts from. `publicUrl` is what e-mailed links point at.
 */
export async function createTestRuntime(
  engine: Engine,
  overrides: Partial<Config> = {},
): Promise<TestRuntime> {
  const database = await createTestDatabase(engine);
  const smtp = await startSmtpServer();
  const config: Config = {
    ...loadConfig({}),
    databaseUrl: database.url,
    smtp: { host: '127.0.0.1', port: smtp.port, secure: false, user: undefined, password: undefined },
    logLevel: 'silent',
    ...overrides,
  };
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  let runtime: Runtime;
  try {
    runtime = await openRuntime({ config, logger, databaseOptions: database.options });
  } catch (error) {
    await smtp.close();
    await database.drop();
    throw error;
  }
  return {
    runtime,
    smtp,
    config,
    openAnotherRuntime: () => openRuntime({ config, logger, databaseOptions: database.options }),
    async close() {
      await runtime.close();
      await smtp.close();
      await database.drop();
    },
  };
}
