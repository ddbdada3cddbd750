// npm run bench:assemblies — check-in at the door for a large assembly, through the real HTTP
// routes of a real server: 5 000 voting members, name search as the tablet types, one-tap check-in.
// Prints one line per engine (SQLite, then PostgreSQL when TEST_DATABASE_URL is set).
import { sql } from 'kysely';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../server/src/app.ts';
import { newId, nowIso } from '../server/src/ids.ts';
import { insertIndividualMembers, insertPlainStatutes } from '../server/test/bulk-members.ts';
import { createTestRuntime } from '../server/test/test-runtime.ts';
import { createUser, testPassword } from '../server/test/factories.ts';
import { HttpClient } from '../server/test/http-client.ts';
import type { Engine } from '../server/src/db/database.ts';

const voters = 5_000;
const searches = 500;
const checkIns = 500;
const firstNames = [
  'Camille',
  'Dominique',
  'Claude',
  'Alix',
  'Sacha',
  'Morgan',
  'Charlie',
  'Maxime',
  'Noa',
  'Louison',
  'Jeanne',
  'Hugo',
  'Léa',
  'Émile',
  'Inès',
  'Gaël',
];
const lastNames = [
  'Martin',
  'Bernard',
  'Thomas',
  'Petit',
  'Robert',
  'Richard',
  'Durand',
  'Dubois',
  'Moreau',
  'Laurent',
  'Simon',
  'Michel',
  'Lefèvre',
  'Leroy',
  'Roux',
  'Fournier',
  'Girard',
  'Bonnet',
  'Dupont',
  'Lambert',
];

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

async function bench(engine: Engine): Promise<void> {
  const test = await createTestRuntime(engine);
  const { db } = test.runtime.database;
  try {
    const now = nowIso();
    await insertPlainStatutes(db, now);
    const people: { id: string; lastName: string; firstName: string; membershipId: string }[] = [];
    for (let start = 0; start < voters; start += 500) {
      const batch = Array.from({ length: Math.min(500, voters - start) }, (_, offset) => {
        const index = start + offset;
        return {
          id: newId(),
          firstName: firstNames[index % firstNames.length]!,
          lastName: `${lastNames[Math.floor(index / firstNames.length) % lastNames.length]!}-${index}`,
          membershipId: newId(),
        };
      });
      await db.transaction().execute((transaction) =>
        insertIndividualMembers(
          transaction,
          batch.map((person) => ({ ...person, personId: person.id })),
          { year: 2026, now, validatedOn: '2026-01-15' },
        ),
      );
      people.push(...batch);
    }
    // A register this size has long been analysed by PostgreSQL's autovacuum (as in bench:members).
    if (engine === 'postgres') await sql`analyze`.execute(db);
    const app = await buildApp(test.runtime);
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const secretary = await createUser(test.runtime, { role: 'secretary' });
    const client = new HttpClient(address);
    await client.signIn(secretary.email, testPassword);
    const created = await client.send('POST', '/api/assemblies', {
      slug: 'bench',
      kind: 'ordinary',
      title: 'AG de mesure',
      heldOn: '2026-12-15',
      place: 'Salle',
      plannedStart: '14:00',
      membershipYear: 2026,
    });
    if (created.status !== 201) throw new Error(`assembly not created: ${created.status}`);

    const searchTimes: number[] = [];
    for (let index = 0; index < searches; index += 1) {
      const person = people[(index * 7919) % people.length]!;
      const typed = `${person.lastName.split('-')[0]!.slice(0, 3 + (index % 4))} ${person.lastName.split('-')[1]}`;
      const started = performance.now();
      const response = await client.send(
        'GET',
        `/api/assemblies/bench/check-in?q=${encodeURIComponent(typed)}`,
      );
      searchTimes.push(performance.now() - started);
      if (response.status !== 200) throw new Error(`search answered ${response.status}`);
    }
    const checkInTimes: number[] = [];
    for (let index = 0; index < checkIns; index += 1) {
      const person = people[(index * 104_729) % people.length]!;
      const started = performance.now();
      const response = await client.send('POST', '/api/assemblies/bench/check-in', {
        personId: person.id,
        membershipId: person.membershipId,
      });
      checkInTimes.push(performance.now() - started);
      if (response.status !== 200 && response.status !== 409)
        throw new Error(`check-in answered ${response.status}`);
    }
    const quorum = (await client.send('GET', '/api/assemblies/bench/quorum')).json() as {
      quorum: { counted: number };
    };
    await app.close();
    const fixed = (value: number) => value.toFixed(1);
    console.log(
      `bench:assemblies engine=${engine} voters=${voters} search_p50_ms=${fixed(percentile(searchTimes, 0.5))} search_p95_ms=${fixed(percentile(searchTimes, 0.95))} checkin_p50_ms=${fixed(percentile(checkInTimes, 0.5))} checkin_p95_ms=${fixed(percentile(checkInTimes, 0.95))} checked_in=${quorum.quorum.counted}`,
    );
  } finally {
    await test.close();
  }
}

await bench('sqlite');
if (process.env.TEST_DATABASE_URL) await bench('postgres');
