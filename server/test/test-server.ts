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
  const testRuntime = await createTestRuntime(engine);
  const app = await buildApp(testRuntime.runtime, { serveWeb: true });
  // Port 0: the system gives a free port and keeps it, where probing one first would let another
  // test process take it in between. Links are built from the configuration when a mail is sent,
  // so the configuration learns the port now, before any request.
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('the test server has no TCP address');
  const url = `http://127.0.0.1:${address.port}`;
  Object.assign(testRuntime.config, { publicUrl: url, port: address.port });
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
