import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase, type Database, type Engine, type OpenOptions } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';

export interface TestDatabase {
  engine: Engine;
  url: string;
  options: OpenOptions;
  /** Removes the file or the database. */
  drop(): Promise<void>;
}

/** The engines every database test runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function testEngines(): Engine[] {
  return process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

const migrationsDirectory = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../src/db/migrations',
);

/** Changes whenever a migration does: a template built from other migrations is never used. */
function migrationsHash(): string {
  const hash = crypto.createHash('sha256');
  for (const name of fs.readdirSync(migrationsDirectory).sort()) {
    hash
      .update(name)
      .update('\0')
      .update(fs.readFileSync(path.join(migrationsDirectory, name)));
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * What the demo's rows are made of: the seed and every service it calls, the migrations, and the
 * day (the demo stamps rows with the time it is loaded).
 */
function demoHash(): string {
  const hash = crypto
    .createHash('sha256')
    .update(migrationsHash())
    .update(new Date().toISOString().slice(0, 10));
  const root = path.resolve(migrationsDirectory, '../../../..');
  for (const folder of ['server/src', 'common']) {
    const files = fs
      .readdirSync(path.join(root, folder), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .sort();
    for (const file of files) {
      hash
        .update(file)
        .update('\0')
        .update(fs.readFileSync(path.join(root, folder, file)));
    }
  }
  return hash.digest('hex').slice(0, 12);
}

/** What a test database starts with: no rows, or the La 27e Région demo, for the reference tests. */
export type TestContent = 'empty' | 'demo';

/** Loads the demo into a database being built as a template (imported only when one is built). */
async function fillTemplate(database: Database, content: TestContent): Promise<void> {
  if (content === 'empty') return;
  const { loadDemo } = await import('../src/db/seed/demo.ts');
  await loadDemo(database.db);
}

const templateHash = (content: TestContent) =>
  content === 'empty' ? migrationsHash() : `demo_${demoHash()}`;

const sqliteTemplates = new Map<TestContent, Promise<string>>();

/**
 * A migrated SQLite file (with the demo in it, for `demo`), built once per set of sources and shared
 * by every test process: it is written under another name and renamed when complete, so no process
 * copies a half-built one. Copying it (a few milliseconds) is much faster than migrating a new file.
 */
function sqliteTemplateFile(content: TestContent): Promise<string> {
  let template = sqliteTemplates.get(content);
  if (template) return template;
  template = (async () => {
    const file = path.join(os.tmpdir(), `quorum-test-template-${templateHash(content)}.sqlite`);
    if (fs.existsSync(file)) return file;
    const building = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
    if (content === 'empty') {
      const database = openDatabase(`sqlite:${building}`);
      try {
        await migrateToLatest(database);
      } finally {
        // Closing the last connection checkpoints the write-ahead log into the file and removes it.
        await database.close();
      }
    } else {
      fs.copyFileSync(await sqliteTemplateFile('empty'), building);
      const database = openDatabase(`sqlite:${building}`);
      try {
        await fillTemplate(database, content);
      } finally {
        await database.close();
      }
    }
    fs.renameSync(building, file);
    return file;
  })();
  sqliteTemplates.set(content, template);
  return template;
}

/** TEST_DATABASE_URL with another database name. */
function postgresUrl(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

function postgresBaseName(base: string): string {
  const name = decodeURIComponent(new URL(base).pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name) || name.length > 36) {
    throw new Error(
      `TEST_DATABASE_URL must name a database of at most 36 lower-case letters, digits and _, got "${name}"`,
    );
  }
  return name;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Drops a test database once the connections still closing to it are gone (a pool's end resolves
 * before its sockets close), forcing only after two seconds: a connection killed by a forced drop
 * raises its error in a process that has moved on to other test files.
 */
async function dropPostgresDatabase(client: pg.Client, name: string): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    try {
      await client.query(`drop database if exists ${name}`);
      return;
    } catch (error) {
      // 55006: object_in_use, another session is still connected.
      if ((error as { code?: string }).code !== '55006') throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await client.query(`drop database if exists ${name} with (force)`);
}

const postgresTemplates = new Map<TestContent, Promise<string>>();

/**
 * The name of a database that test databases are copied from: `<base>_template_<hash>`, migrated
 * (and holding the demo, for `demo`), built once for a set of sources under an advisory lock (so two
 * test processes never build it together), under another name and renamed when complete, then
 * closed to connections so that it can always serve as a template.
 */
function postgresTemplateName(base: string, content: TestContent): Promise<string> {
  const existing = postgresTemplates.get(content);
  if (existing) return existing;
  const template = (async () => {
    const baseName = postgresBaseName(base);
    const empty = content === 'empty' ? undefined : await postgresTemplateName(base, 'empty');
    const name = `${baseName}_template_${templateHash(content)}`;
    await withClient(base, async (client) => {
      await client.query('select pg_advisory_lock(hashtext($1))', [`${baseName}_template`]);
      try {
        const found = await client.query('select 1 from pg_database where datname = $1', [name]);
        if (found.rowCount) return;
        const building = `${name}_new`;
        await client.query(`drop database if exists ${building} with (force)`);
        await client.query(`create database ${building}${empty ? ` template ${empty}` : ''}`);
        const database = openDatabase(postgresUrl(base, building));
        try {
          if (empty) await fillTemplate(database, content);
          else await migrateToLatest(database);
        } finally {
          await database.close();
        }
        await client.query(`alter database ${building} rename to ${name}`);
        await client.query(`alter database ${name} allow_connections false`);
      } finally {
        await client.query('select pg_advisory_unlock(hashtext($1))', [`${baseName}_template`]);
      }
    });
    return name;
  })();
  postgresTemplates.set(content, template);
  // A failed build is tried again by the next test rather than remembered.
  template.catch(() => postgresTemplates.delete(content));
  return template;
}

/**
 * A fresh database at the latest schema, with no rows or with the demo: a copy of a template, either
 * a temporary SQLite file or a PostgreSQL database of its own named `<base>_test_<random>` (where
 * <base> is TEST_DATABASE_URL's database). Each test file works in databases no other file sees.
 */
export async function createTestDatabase(
  engine: Engine,
  content: TestContent = 'empty',
): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const template = await sqliteTemplateFile(content);
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-test-'));
    const file = path.join(directory, 'quorum.sqlite');
    fs.copyFileSync(template, file);
    return {
      engine,
      url: `sqlite:${file}`,
      options: {},
      drop: async () => fs.rmSync(directory, { recursive: true, force: true }),
    };
  }
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set');
  const template = await postgresTemplateName(base, content);
  const name = `${postgresBaseName(base)}_test_${crypto.randomBytes(6).toString('hex')}`;
  await withClient(base, (client) => client.query(`create database ${name} template ${template}`));
  return {
    engine,
    url: postgresUrl(base, name),
    options: {},
    drop: () => withClient(base, (client) => dropPostgresDatabase(client, name)),
  };
}
