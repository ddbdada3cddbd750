// A server in a process of its own: the real application (buildApp) on a prepared database, so
// that a benchmark measures its memory alone and a test can kill it with SIGKILL. Prints its
// address on stdout once listening. E-mails (no SMTP here) go to CHILD_MAIL_DIRECTORY, a folder of
// the parent's, never the repository's data/mail.
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openRuntime } from '../src/runtime.ts';

const runtime = await openRuntime({
  config: {
    ...loadConfig({}),
    databaseUrl: process.env.CHILD_DATABASE_URL!,
    mailDirectory: process.env.CHILD_MAIL_DIRECTORY!,
    // Uploads under their import's id, never in the repository's data/uploads.
    uploadDirectory: path.join(os.tmpdir(), 'quorum-child-uploads'),
    logLevel: 'silent',
  },
  logger: pino({ level: 'silent' }),
  databaseOptions: process.env.CHILD_SCHEMA ? { schema: process.env.CHILD_SCHEMA } : {},
});
// CHILD_SERVE_WEB=1 serves the built web app too (web/dist), for bench:web.
const app = await buildApp(runtime, { serveWeb: process.env.CHILD_SERVE_WEB === '1' });
const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${address}\n`);
process.on('SIGTERM', () => {
  void app
    .close()
    .then(() => runtime.close())
    .finally(() => process.exit(0));
});
