import { buildApp } from '../src/app.ts';
import type { Engine } from '../src/db/database.ts';
import type { App } from '../src/http/routes.ts';
import { createTestRuntime, type TestRuntime } from './test-runtime.ts';

export interface TestServer extends TestRuntime {
  app: App;
  /** e.g. http://127.0.0.1:41234 — also the base of e-mailed links. */
  url: string;
}

/**
 * The real server listening on a free port of 127.0.0.1, serving the built web app, with a real
 * SMTP server behind it: what browser tests drive.
 */
export async function startTestServer(engine: Engine = 'sqlite'): Promise<TestServer> {
  // The port is known only once listening, and e-mailed links must carry it: take a free one first.
  const probe = await import('node:net').then(
    (net) =>
      new Promise<number>((resolve) => {
        const server = net.createServer().listen(0, '127.0.0.1', () => {
          const address = server.address();
          server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
        });
      }),
  );
  const url = `http://127.0.0.1:${probe}`;
  const testRuntime = await createTestRuntime(engine, { publicUrl: url, port: probe });
  const app = await buildApp(testRuntime.runtime, { serveWeb: true });
  await app.listen({ port: probe, host: '127.0.0.1' });
  return {
    ...testRuntime,
    app,
    url,
    async close() {
      await app.close();
      await testRuntime.close();
    },
  };
}
