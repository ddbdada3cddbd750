import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Engine, OpenOptions } from '../src/db/database.ts';

export interface TestDatabase {
  engine: Engine;
  url: string;
  options: OpenOptions;
  /** Removes the file or the schema. */
  drop(): Promise<void>;
}

/** The engines every database test runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function testEngines(): Engine[] {
  return process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** A fresh, empty database: a temporary SQLite file, or a new schema in the PostgreSQL test database. */
export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-test-'));
    return {
      engine,
      url: `sqlite:${path.join(directory, 'quorum.sqlite')}`,
      options: {},
      drop: async () => fs.rmSync(directory, { recursive: true, force: true }),
    };
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `test_${crypto.randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`create schema ${schema}`);
  await client.end();
  return {
    engine,
    url,
    options: { schema },
    drop: async () => {
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`drop schema if exists ${schema} cascade`);
      await dropper.end();
    },
  };
}
