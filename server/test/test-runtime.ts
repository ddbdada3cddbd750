import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino, { type Logger } from 'pino';
import { loadConfig, type Config } from '../src/config.ts';
import type { Engine } from '../src/db/database.ts';
import { openRuntime, type Runtime } from '../src/runtime.ts';
import { createTestDatabase, type TestContent } from './databases.ts';
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
 * A migrated database of the given engine (empty, or holding the demo for the reference tests), a real SMTP server and a silent logger (or the one given): what every
 * service and API test starts from. `publicUrl` is what e-mailed links point at. Nothing is shared
 * with another runtime: its own database, SMTP port and mail folder (used when a test turns SMTP off).
 */
export async function createTestRuntime(
  engine: Engine,
  content: TestContent = 'empty',
  options: { logger?: Logger; withoutSmtp?: boolean } = {},
): Promise<TestRuntime> {
  const database = await createTestDatabase(engine, content);
  const smtp = await startSmtpServer();
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-runtime-'));
  const removeDirectory = () => fs.rmSync(directory, { recursive: true, force: true });
  const config: Config = {
    ...loadConfig({}),
    databaseUrl: database.url,
    mailDirectory: path.join(directory, 'mail'),
    uploadDirectory: path.join(directory, 'uploads'),
    // Without SMTP, mails are written to the mail folder, as on a machine with no relay.
    smtp: options.withoutSmtp
      ? undefined
      : { host: '127.0.0.1', port: smtp.port, secure: false, user: undefined, password: undefined },
    logLevel: 'silent',
  };
  const logger = options.logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  let runtime: Runtime;
  try {
    runtime = await openRuntime({ config, logger, databaseOptions: database.options });
  } catch (error) {
    await smtp.close();
    await database.drop();
    removeDirectory();
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
      removeDirectory();
    },
  };
}
