import type { Logger } from 'pino';
import { buildApp } from '../src/app.ts';
import type { Engine } from '../src/db/database.ts';
import type { App } from '../src/http/routes.ts';
import { ApiClient } from './api-client.ts';
import type { TestContent } from './databases.ts';
import { createTestRuntime, type TestRuntime } from './test-runtime.ts';

export interface TestApp extends TestRuntime {
  app: App;
  client(): ApiClient;
}

/** The whole HTTP application on a fresh database (empty, or holding the demo), for in-process API tests. */
export async function createTestApp(
  engine: Engine,
  content: TestContent = 'empty',
  options: { logger?: Logger; withoutSmtp?: boolean } = {},
): Promise<TestApp> {
  const testRuntime = await createTestRuntime(engine, content, options);
  const app = await buildApp(testRuntime.runtime);
  await app.ready();
  return {
    ...testRuntime,
    app,
    client: () => new ApiClient(app),
    async close() {
      await app.close();
      await testRuntime.close();
    },
  };
}
