import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from './database.ts';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-sqlite-connections-test-'));
after(() => fs.rmSync(directory, { recursive: true, force: true }));

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

/** The promise's value, or a failure when it takes more than 200 ms. */
function within<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('waited more than 200 ms')), 200)),
  ]);
}

// Issue 13, finding 9: a long write transaction held SQLite's one connection, and every request waited.
describe('SQLite reads while a transaction writes', () => {
  it('reads the committed state at once, and queues other writes until the commit', async () => {
    const database = openDatabase(`sqlite:${path.join(directory, 'read-write.sqlite')}`);
    const db = database.db;
    try {
      await sql`create table notes (id integer primary key, text text not null)`.execute(db);
      await sql`insert into notes (text) values ('before')`.execute(db);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const events: string[] = [];
      const writing = db.transaction().execute(async (transaction) => {
        await sql`insert into notes (text) values ('inside')`.execute(transaction);
        events.push('written, not committed');
        await held;
        events.push('commit');
      });
      await tick();
      const texts = async () =>
        (
          await db
            .selectFrom('notes' as never)
            .select('text' as never)
            .execute()
        ).map((row) => (row as { text: string }).text);
      assert.deepEqual(await within(texts()), ['before'], 'a read answers during the transaction');
      assert.deepEqual((await within(sql<{ one: number }>`select 1 as one`.execute(db))).rows, [{ one: 1 }]);
      const otherWrite = sql`insert into notes (text) values ('after')`
        .execute(db)
        .then(() => events.push('other write'));
      await tick();
      assert.deepEqual(events, ['written, not committed'], 'the other write waits for the commit');
      release();
      await Promise.all([writing, otherWrite]);
      assert.deepEqual(events, ['written, not committed', 'commit', 'other write']);
      assert.deepEqual(await texts(), ['before', 'inside', 'after']);
      const refused = db.transaction().execute(async (transaction) => {
        await sql`insert into notes (text) values ('rolled back')`.execute(transaction);
        throw new Error('refused');
      });
      await assert.rejects(refused, /refused/);
      assert.deepEqual(await texts(), ['before', 'inside', 'after'], 'a rolled back write leaves nothing');
    } finally {
      await database.close();
    }
  });
});
