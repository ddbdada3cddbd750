// npm run faults — SIGKILL at the worst moments, on SQLite and PostgreSQL: the real server (a child
// process) killed during a register import's commit and during a burst of casts, and `quorum backup`
// (the CLI, a child process) killed while writing its archive with the server running beside it.
// After each kill the server is started again and the database checked. One line per case and
// engine: `faults case=… engine=… lost=N corrupt=N …`; exit 1 if anything was lost or corrupt,
// 2 if PostgreSQL cannot be reached. PostgreSQL comes from FAULTS_DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/quorum_faults; `none` runs SQLite only); the script creates
// databases named after it and drops them at the end.
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import { loadConfig } from '../server/src/config.ts';
import { openDatabase, type Db, type Engine } from '../server/src/db/database.ts';
import { archivedTables } from '../server/src/db/tables.ts';
import { openRuntime, type Runtime } from '../server/src/runtime.ts';
import { createCategories, createUser, testPassword } from '../server/test/factories.ts';
import { HttpClient } from '../server/test/http-client.ts';
import { startServerProcess } from '../server/test/server-process.ts';
import { castFromPhone, seedVotingAssembly, type SeatedPhone } from '../server/test/voting-assembly.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const importRows = Number(process.env.FAULTS_IMPORT_ROWS ?? 5000);
const voters = Number(process.env.FAULTS_VOTERS ?? 300);
const postgresBase = process.env.FAULTS_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/quorum_faults';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-faults-'));

let failed = false;

/** Prints a case's line; any loss or corruption makes the script fail. */
function report(
  name: string,
  engine: Engine,
  lost: number,
  corrupt: number,
  figures: Record<string, string | number>,
) {
  if (lost > 0 || corrupt > 0) failed = true;
  const extra = Object.entries(figures).map(([key, value]) => `${key}=${value}`);
  console.log([`faults case=${name} engine=${engine} lost=${lost} corrupt=${corrupt}`, ...extra].join(' '));
}

// ---------------------------------------------------------------------------------------------
// Databases the script owns: a SQLite file in its folder, or a PostgreSQL database named after
// FAULTS_DATABASE_URL's, both removed at the end.

interface FaultDatabase {
  engine: Engine;
  url: string;
  drop(): Promise<void>;
}

function postgresUrl(database: string): string {
  const url = new URL(postgresBase);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

async function withPostgres<T>(action: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresBase });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

async function createDatabase(engine: Engine, label: string): Promise<FaultDatabase> {
  if (engine === 'sqlite') {
    const directory = fs.mkdtempSync(path.join(work, `${label}-`));
    return {
      engine,
      url: `sqlite:${path.join(directory, 'quorum.sqlite')}`,
      drop: async () => fs.rmSync(directory, { recursive: true, force: true }),
    };
  }
  const base = decodeURIComponent(new URL(postgresBase).pathname.slice(1));
  const name = `${base}_${label}_${crypto.randomBytes(4).toString('hex')}`;
  await withPostgres((client) => client.query(`create database ${name}`));
  return {
    engine,
    url: postgresUrl(name),
    // Every process of ours on it is gone by then; a connection of a killed server may linger.
    drop: async () => {
      await withPostgres((client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

async function openRuntimeOn(database: FaultDatabase): Promise<Runtime> {
  return openRuntime({
    config: {
      ...loadConfig({}),
      databaseUrl: database.url,
      logLevel: 'silent',
      smtp: undefined,
      mailDirectory: path.join(work, 'mail'),
    },
    logger: pino({ level: 'silent' }),
  });
}

// ---------------------------------------------------------------------------------------------
// Integrity: what the engine itself says of its data.

/** Every broken invariant of the database, in words; empty when it is sound. */
async function integrityFailures(db: Db, engine: Engine): Promise<string[]> {
  const failures: string[] = [];
  if (engine === 'sqlite') {
    const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
    for (const row of integrity.rows) {
      if (row.integrity_check !== 'ok') failures.push(`integrity_check: ${row.integrity_check}`);
    }
    const orphans = await sql<{ table: string; parent: string }>`pragma foreign_key_check`.execute(db);
    for (const row of orphans.rows) failures.push(`foreign key ${row.table} → ${row.parent}`);
    return failures;
  }
  // PostgreSQL enforces its constraints; a row breaking one would mean a constraint not validated,
  // an index left invalid, or a bug: all three are looked for.
  const unvalidated = await sql<{ conname: string }>`
    select conname from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where n.nspname = current_schema() and not c.convalidated`.execute(db);
  for (const row of unvalidated.rows) failures.push(`constraint not validated: ${row.conname}`);
  const invalidIndexes = await sql<{ name: string }>`
    select i.indexrelid::regclass::text as name from pg_index i
    join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and not (i.indisvalid and i.indisready)`.execute(db);
  for (const row of invalidIndexes.rows) failures.push(`invalid index ${row.name}`);
  const keys = await sql<{ name: string; child: string; parent: string; from: string[]; to: string[] }>`
    select c.conname as name, child.relname as child, parent.relname as parent,
      array(select a.attname::text from unnest(c.conkey) with ordinality k(number, position)
            join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.number order by k.position) as "from",
      array(select a.attname::text from unnest(c.confkey) with ordinality k(number, position)
            join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.number order by k.position) as "to"
    from pg_constraint c
    join pg_class child on child.oid = c.conrelid
    join pg_class parent on parent.oid = c.confrelid
    join pg_namespace n on n.oid = child.relnamespace
    where c.contype = 'f' and n.nspname = current_schema()`.execute(db);
  for (const key of keys.rows) {
    const present = sql.join(
      key.from.map((column) => sql`c.${sql.ref(column)} is not null`),
      sql` and `,
    );
    const joined = sql.join(
      key.from.map((column, index) => sql`p.${sql.ref(key.to[index]!)} = c.${sql.ref(column)}`),
      sql` and `,
    );
    const orphans = await sql<{ count: number }>`
      select count(*)::int as count from ${sql.table(key.child)} c
      where ${present} and not exists (select 1 from ${sql.table(key.parent)} p where ${joined})`.execute(db);
    const count = orphans.rows[0]!.count;
    if (count > 0) failures.push(`foreign key ${key.name}: ${count} orphan rows`);
  }
  return failures;
}

async function countRows(db: Db, tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const result = await sql<{ count: number | string }>`
      select count(*) as count from ${sql.table(table)}`.execute(db);
    counts[table] = Number(result.rows[0]!.count);
  }
  return counts;
}

// ---------------------------------------------------------------------------------------------
// Processes.

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await exited(child);
}

/** Signs in as the secretary and reads a page of the register: the server answers. */
async function serverAnswers(address: string, email: string): Promise<boolean> {
  try {
    const client = new HttpClient(address);
    await client.signIn(email, testPassword);
    const response = await client.send('GET', '/api/persons?q=coupure');
    return response.status === 200;
  } catch {
    return false;
  }
}

/** `quorum …` in a child process, on `url`; resolves with its exit code and output. */
function runCli(
  url: string,
  args: string[],
): { child: ChildProcess; done: Promise<{ code: number | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, [path.join(root, 'bin/quorum.mjs'), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent', MAIL_DIRECTORY: path.join(work, 'mail') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, stdout, stderr })),
  );
  return { child, done };
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

// ---------------------------------------------------------------------------------------------
// Case `import`: a register file committed through the API, the server killed mid-commit.

function letters(index: number): string {
  let text = '';
  let rest = index;
  do {
    text = String.fromCharCode(97 + (rest % 26)) + text;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return text;
}

/** A member list of new persons, a third of them with an organisation (some new, some repeated). */
function writeImportFile(file: string, year: number): void {
  const lines = ['Nom;Prénom;E-mail;Organisation;Fonction;Année;Catégorie;Statut;Date d’effet'];
  for (let index = 0; index < importRows; index += 1) {
    const name = `Coupure-${letters(index)}`;
    const organisation = index % 3 === 0 ? `Collectif de la panne ${letters(index % 40)}` : '';
    lines.push(
      [
        name,
        index % 2 === 0 ? 'Camille' : 'Dominique',
        index % 4 === 0 ? '' : `coupure.${index}@exemple.fr`,
        organisation,
        organisation && index % 2 === 0 ? 'Chargée de mission' : '',
        String(year),
        'Personne physique',
        'Validée',
        `15/01/${year}`,
      ].join(';'),
    );
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
}

/**
 * Whether another process holds an open write transaction on the database: on SQLite, the write
 * lock (a `begin immediate` that would wait is refused at once); on PostgreSQL, a lock taken by
 * another session to write into persons.
 */
function writeWatcher(engine: Engine, runtime: Runtime, database: FaultDatabase) {
  if (engine === 'sqlite') {
    const connection = new SqliteDatabase(database.url.slice('sqlite:'.length));
    connection.pragma('busy_timeout = 0');
    return Object.assign(
      async () => {
        try {
          connection.exec('begin immediate');
          connection.exec('rollback');
          return false;
        } catch {
          return true;
        }
      },
      { close: () => connection.close() },
    );
  }
  return Object.assign(
    async () => {
      const locks = await sql<{ count: number }>`
        select count(*)::int as count from pg_locks l join pg_class c on c.oid = l.relation
        where c.relname = 'persons' and l.mode = 'RowExclusiveLock' and l.pid <> pg_backend_pid()`.execute(
        runtime.database.db,
      );
      return locks.rows[0]!.count > 0;
    },
    { close: () => {} },
  );
}

const importedTables = ['persons', 'memberships', 'organisations', 'affiliations'] as const;

interface ImportPlan {
  rows: number;
  newPersons: number;
  newMemberships: number;
  newOrganisations: number;
  newAffiliations: number;
  rejected: unknown[];
}

/** Uploads the file through the API and runs its dry run: what the commit will add. */
async function prepareImport(address: string, secretaryEmail: string, file: string) {
  const client = new HttpClient(address);
  await client.signIn(secretaryEmail, testPassword);
  const uploadResponse = await fetch(`${address}/api/register/imports?fileName=adherents.csv`, {
    method: 'POST',
    headers: { ...client.headers, 'content-type': 'text/csv' },
    body: fs.readFileSync(file),
  });
  if (uploadResponse.status !== 201) throw new Error(`upload answered ${uploadResponse.status}`);
  const uploaded = (await uploadResponse.json()) as {
    importId: string;
    suggestedMapping: Record<string, string>;
  };
  const runPath = `/api/register/imports/${uploaded.importId}`;
  const mapping = uploaded.suggestedMapping;
  const dryRunStarted = performance.now();
  const dryRun = await client.send('POST', `${runPath}/dry-run`, { mapping });
  const dryRunMs = performance.now() - dryRunStarted;
  const plan = dryRun.json() as ImportPlan;
  if (dryRun.status !== 200 || plan.rejected.length > 0)
    throw new Error(`the generated file is refused: ${JSON.stringify(plan.rejected.slice(0, 3))}`);
  return { client, runPath, mapping, plan, dryRunMs };
}

interface Server {
  child: ChildProcess;
  address: string;
}

async function importCase(
  engine: Engine,
  runtime: Runtime,
  database: FaultDatabase,
  server: Server,
  secretaryEmail: string,
): Promise<Server> {
  const year = new Date().getFullYear();
  const file = path.join(work, `adherents-${engine}.csv`);
  writeImportFile(file, year);
  const { client, runPath, mapping, plan, dryRunMs } = await prepareImport(
    server.address,
    secretaryEmail,
    file,
  );
  const expected: Record<(typeof importedTables)[number], number> = {
    persons: plan.newPersons,
    memberships: plan.newMemberships,
    organisations: plan.newOrganisations,
    affiliations: plan.newAffiliations,
  };
  const before = await countRows(runtime.database.db, importedTables);

  // The commit is one request (one transaction). The server is killed once that transaction has
  // been writing for about half the dry run's time: on SQLite the commit holds the server's only
  // thread, so the write lock is what shows it, not the import's progress.
  let isAcknowledged = false;
  let isAnswered = false;
  const commitStarted = performance.now();
  const commit = fetch(`${server.address}${runPath}/commit`, {
    method: 'POST',
    headers: { ...client.headers, 'content-type': 'application/json' },
    body: JSON.stringify({ mapping }),
  })
    .then(async (response) => {
      await response.arrayBuffer();
      isAcknowledged = response.status === 200;
    })
    .catch(() => {})
    .finally(() => (isAnswered = true));
  const isWriting = writeWatcher(engine, runtime, database);
  let writingSince: number | undefined;
  const delay = Math.max(50, dryRunMs * 0.5);
  while (!isAnswered && performance.now() - commitStarted < 60_000) {
    if (writingSince === undefined) {
      if (await isWriting()) writingSince = performance.now();
    } else if (performance.now() - writingSince >= delay) break;
    await sleep(5);
  }
  const killedAfterMs = Math.round(performance.now() - commitStarted);
  const writingMs = writingSince === undefined ? -1 : Math.round(performance.now() - writingSince);
  server.child.kill('SIGKILL');
  await exited(server.child);
  await commit;
  isWriting.close();

  const restarted = await startServerProcess({ url: database.url });
  const after = await countRows(runtime.database.db, importedTables);
  const added = Object.fromEntries(importedTables.map((table) => [table, after[table]! - before[table]!]));
  const isWhole = importedTables.every((table) => added[table] === expected[table]);
  const isAbsent = importedTables.every((table) => added[table] === 0);
  const lost = isAcknowledged
    ? importedTables.reduce((sum, table) => sum + Math.max(0, expected[table] - added[table]!), 0)
    : 0;
  const failures = await integrityFailures(runtime.database.db, engine);
  if (!isWhole && !isAbsent) failures.push(`import half written: ${JSON.stringify(added)}`);
  const answers = await serverAnswers(restarted.address, secretaryEmail);
  if (!answers) failures.push('the restarted server does not answer');
  // A killed import leaves nothing in the way: the same file, uploaded again, goes in whole.
  let reimport = 'not_needed';
  if (isAbsent && answers) {
    const again = await prepareImport(restarted.address, secretaryEmail, file);
    const committed = await again.client.send('POST', `${again.runPath}/commit`, { mapping: again.mapping });
    const final = await countRows(runtime.database.db, importedTables);
    const isReimported = importedTables.every((table) => final[table]! - before[table]! === expected[table]);
    reimport = committed.status === 200 && isReimported ? 'whole' : 'failed';
    if (reimport === 'failed') failures.push(`the import again after the restart: ${committed.status}`);
  }
  for (const failure of failures) console.error(`faults case=import engine=${engine}: ${failure}`);
  report('import', engine, lost, failures.length, {
    rows: plan.rows,
    killed_after_ms: killedAfterMs,
    writing_at_kill_ms: writingMs,
    acknowledged: isAcknowledged ? 'yes' : 'no',
    import: isWhole ? 'whole' : isAbsent ? 'absent' : 'partial',
    new_persons: added.persons!,
    answers: answers ? 'yes' : 'no',
    reimport,
  });
  return restarted;
}

// ---------------------------------------------------------------------------------------------
// Case `votes`: every seated phone casts at once; the server is killed once 40 casts are answered.

async function votesCase(
  engine: Engine,
  runtime: Runtime,
  database: FaultDatabase,
  server: Server,
  secretaryEmail: string,
  seated: { phones: SeatedPhone[]; agendaItemId: string },
): Promise<Server> {
  const secretary = new HttpClient(server.address);
  await secretary.signIn(secretaryEmail, testPassword);
  const resolution = (
    await secretary.send('POST', '/api/assemblies/faults/resolutions', {
      agendaItemId: seated.agendaItemId,
      title: 'Coupure',
      text: 'approuve la coupure',
      method: 'named',
    })
  ).json() as { id: string };
  const poll = (
    await secretary.send('POST', '/api/assemblies/faults/polls', { resolutionId: resolution.id })
  ).json() as { id: string };
  if (!poll.id) throw new Error('the poll did not open');

  const agent = new http.Agent({ keepAlive: true, maxSockets: 100 });
  const acknowledged = new Set<string>();
  let inFlight = 0;
  let inFlightAtKill = 0;
  let isKilled = false;
  const address = new URL(server.address);
  const started = performance.now();
  let killedAfterMs = 0;
  await Promise.all(
    seated.phones.map(async (phone) => {
      inFlight += 1;
      try {
        const status = await castFromPhone(address, phone, poll.id, agent);
        if (status >= 200 && status < 300) acknowledged.add(phone.membershipId);
      } catch {
        // the connection died with the server: not acknowledged
      } finally {
        inFlight -= 1;
      }
      if (!isKilled && acknowledged.size >= Math.min(40, Math.floor(voters / 4))) {
        isKilled = true;
        inFlightAtKill = inFlight;
        killedAfterMs = Math.round(performance.now() - started);
        server.child.kill('SIGKILL');
      }
    }),
  );
  agent.destroy();
  await exited(server.child);

  const restarted = await startServerProcess({ url: database.url });
  const ballots = await runtime.database.db
    .selectFrom('ballots')
    .select('membership_id')
    .where('poll_id', '=', poll.id)
    .execute();
  const stored = ballots.map((ballot) => ballot.membership_id!);
  const storedSet = new Set(stored);
  const failures = await integrityFailures(runtime.database.db, engine);
  const lost = [...acknowledged].filter((membershipId) => !storedSet.has(membershipId)).length;
  if (storedSet.size !== stored.length) failures.push(`${stored.length - storedSet.size} ballots twice`);
  const voted = await runtime.database.db
    .selectFrom('poll_voters')
    .select('membership_id')
    .where('poll_id', '=', poll.id)
    .where('has_voted', '=', 1)
    .execute();
  if (
    voted.length !== storedSet.size ||
    !voted.every((row) => row.membership_id !== null && storedSet.has(row.membership_id))
  )
    failures.push(`participation (${voted.length}) does not match the ballots (${storedSet.size})`);
  const storedAtRestart = stored.length;

  // Phones retry what got no answer, with the same keys: each must be counted once in the result.
  const retryAgent = new http.Agent({ keepAlive: true, maxSockets: 20 });
  const statuses = await Promise.all(
    seated.phones.map((phone) =>
      castFromPhone(new URL(restarted.address), phone, poll.id, retryAgent).catch(() => 0),
    ),
  );
  retryAgent.destroy();
  const refused = statuses.filter((status) => status < 200 || status >= 300).length;
  if (refused > 0) failures.push(`${refused} retried casts refused`);
  const closer = new HttpClient(restarted.address);
  await closer.signIn(secretaryEmail, testPassword);
  const closed = (await closer.send('POST', `/api/assemblies/faults/polls/${poll.id}/close`)).json() as {
    result?: { counts?: { for?: number } };
  };
  const counted = closed.result?.counts?.for ?? -1;
  if (counted !== voters) failures.push(`the result counts ${counted} votes for ${voters} voters`);
  for (const failure of failures) console.error(`faults case=votes engine=${engine}: ${failure}`);
  report('votes', engine, lost, failures.length, {
    voters,
    killed: isKilled ? 'yes' : 'no',
    killed_after_ms: killedAfterMs,
    in_flight_at_kill: inFlightAtKill,
    acknowledged: acknowledged.size,
    stored_at_restart: storedAtRestart,
    counted_after_retry: counted,
  });
  return restarted;
}

// ---------------------------------------------------------------------------------------------
// Case `backup`: `quorum backup` killed while it writes, the server adding persons meanwhile; then a
// whole backup, verified, restored into a fresh database of the other engine.

async function backupCase(
  engine: Engine,
  runtime: Runtime,
  database: FaultDatabase,
  server: Server,
  secretaryEmail: string,
  otherEngine: Engine,
): Promise<void> {
  const failures: string[] = [];
  const writer = new HttpClient(server.address);
  await writer.signIn(secretaryEmail, testPassword);
  const added: string[] = [];
  let isWriting = true;
  const writing = (async () => {
    for (let index = 0; isWriting; index += 1) {
      const response = await writer
        .send('POST', '/api/persons', { firstName: 'Pendant', lastName: `Sauvegarde-${letters(index)}` })
        .catch(() => undefined);
      if (response?.status === 201) added.push((response.json() as { id: string }).id);
    }
  })();

  const target = path.join(work, `quorum-${engine}.qarchive`);
  const killed = runCli(database.url, ['backup', target, '--json']);
  const partial = `${target}.partial-${killed.child.pid}`;
  const started = performance.now();
  let partialBytesAtKill = -1;
  while (killed.child.exitCode === null && performance.now() - started < 30_000) {
    const size = fs.existsSync(partial) ? fs.statSync(partial).size : 0;
    // Past the gzip header and the first tables: the archive is half written.
    if (size >= 64 * 1024) {
      partialBytesAtKill = size;
      killed.child.kill('SIGKILL');
      break;
    }
    await sleep(2);
  }
  const killedAfterMs = Math.round(performance.now() - started);
  const killedRun = await killed.done;
  isWriting = false;
  await writing;
  const wasKilled = killedRun.code === null && partialBytesAtKill > 0;
  if (!wasKilled) console.error(`faults case=backup engine=${engine}: the backup ended before the kill`);
  if (fs.existsSync(target)) failures.push('an archive was left under the target name');
  const partialLeft = fs.existsSync(partial);
  fs.rmSync(partial, { force: true });

  const missing = await runtime.database.db
    .selectFrom('persons')
    .select('id')
    .where('id', 'in', added.length > 0 ? added : [''])
    .execute();
  const lost = added.length - missing.length;
  failures.push(...(await integrityFailures(runtime.database.db, engine)));
  if (!(await serverAnswers(server.address, secretaryEmail))) failures.push('the server does not answer');

  // A whole backup (the server running, idle), verified, restored elsewhere with the same rows.
  const source = await countRows(runtime.database.db, archivedTables);
  const whole = await runCli(database.url, ['backup', target, '--json']).done;
  if (whole.code !== 0) failures.push(`quorum backup exited ${whole.code}: ${whole.stderr.trim()}`);
  const verified = await runCli(database.url, ['backup', '--verify', target, '--json']).done;
  if (verified.code !== 0)
    failures.push(`quorum backup --verify exited ${verified.code}: ${verified.stderr.trim()}`);
  const restoredDatabase = await createDatabase(otherEngine, 'restore');
  let restoredRows = 0;
  try {
    const restored = await runCli(restoredDatabase.url, ['restore', target, '--json']).done;
    if (restored.code !== 0)
      failures.push(`quorum restore exited ${restored.code}: ${restored.stderr.trim()}`);
    const opened = openDatabase(restoredDatabase.url);
    try {
      const copy = await countRows(opened.db, archivedTables);
      for (const table of archivedTables) {
        if (copy[table] !== source[table])
          failures.push(`restored ${table}: ${copy[table]} rows, the database holds ${source[table]}`);
        restoredRows += copy[table]!;
      }
      failures.push(
        ...(await integrityFailures(opened.db, otherEngine)).map((failure) => `restored: ${failure}`),
      );
    } finally {
      await opened.close();
    }
  } finally {
    await restoredDatabase.drop();
  }
  fs.rmSync(target, { force: true });
  for (const failure of failures) console.error(`faults case=backup engine=${engine}: ${failure}`);
  report('backup', engine, lost, failures.length, {
    killed_mid_write: wasKilled ? 'yes' : 'no',
    killed_after_ms: killedAfterMs,
    partial_bytes_at_kill: partialBytesAtKill,
    partial_file_left: partialLeft ? 'yes' : 'no',
    written_during_backup: added.length,
    restored_into: otherEngine,
    restored_rows: restoredRows,
  });
}

// ---------------------------------------------------------------------------------------------

async function runEngine(engine: Engine, otherEngine: Engine): Promise<void> {
  const database = await createDatabase(engine, 'main');
  let runtime: Runtime | undefined;
  let server: Server | undefined;
  try {
    runtime = await openRuntimeOn(database);
    await createCategories(runtime);
    const secretaryEmail = (await createUser(runtime, { role: 'secretary' })).email;
    const seated = await seedVotingAssembly(runtime.database.db, { voters, slug: 'faults' });
    server = await startServerProcess({ url: database.url });
    server = await importCase(engine, runtime, database, server, secretaryEmail);
    server = await votesCase(engine, runtime, database, server, secretaryEmail, seated);
    await backupCase(engine, runtime, database, server, secretaryEmail, otherEngine);
  } finally {
    if (server) await stopServer(server.child);
    await runtime?.close();
    await database.drop();
  }
}

const started = performance.now();
let engines: Engine[] = ['sqlite', 'postgres'];
if (postgresBase === 'none') {
  engines = ['sqlite'];
  console.log('faults: FAULTS_DATABASE_URL=none, SQLite only (backups restored into SQLite)');
} else {
  try {
    await withPostgres((client) => client.query('select 1'));
  } catch (error) {
    console.error(
      `faults: PostgreSQL is unreachable at ${new URL(postgresBase).host}${new URL(postgresBase).pathname} ` +
        `(${(error as Error).message}). Start it and create that database, or set FAULTS_DATABASE_URL ` +
        '(FAULTS_DATABASE_URL=none runs SQLite only).',
    );
    fs.rmSync(work, { recursive: true, force: true });
    process.exit(2);
  }
}
try {
  for (const engine of engines) {
    const other = engines.length > 1 ? (engine === 'sqlite' ? 'postgres' : 'sqlite') : 'sqlite';
    await runEngine(engine, other);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
console.error(`faults: ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
