// npm run bench:members — the register at 100 000 persons: search latency through the real HTTP
// route, then a 100 000-row CSV import (dry run and commit) through the real import service.
// Runs on a fresh SQLite file, and on PostgreSQL too when TEST_DATABASE_URL is set. Prints one
// line per figure; exits 0 when it ran to the end, whatever the figures. While the import commits, another
// client asks GET /api/session every 20 ms: max_wait_ms is its longest wait. BENCH_TRACE=1 prints each stall
// of the event loop over 100 ms (with the rows written by then) and each garbage collection over 100 ms.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { sql, type Insertable } from 'kysely';
import pino from 'pino';
import { normalizeName } from '../common/names.ts';
import { buildApp } from '../server/src/app.ts';
import { loadConfig } from '../server/src/config.ts';
import type { DbOrTransaction, Engine } from '../server/src/db/database.ts';
import type {
  AffiliationsTable,
  PersonMatchKeysTable,
  PersonSearchWordsTable,
  PersonsTable,
} from '../server/src/db/tables.ts';
import { newId, nowIso } from '../server/src/ids.ts';
import { toSessionUser } from '../server/src/domains/accounts/accounts.ts';
import { matchKeys, personSearchText, searchWords } from '../server/src/domains/register/person-matching.ts';
import { ImportStore } from '../server/src/domains/register-import/import-store.ts';
import { insertMany } from '../server/src/domains/register-import/register-import.repository.ts';
import {
  checkImport,
  commitImport,
  uploadImportFile,
} from '../server/src/domains/register-import/register-import.service.ts';
import { openRuntime, type Runtime } from '../server/src/runtime.ts';
import { createTestDatabase } from '../server/test/databases.ts';
import { createCategories, createUser, testPassword } from '../server/test/factories.ts';

const personCount = Number(process.env.BENCH_PERSONS ?? 100_000);
const importRows = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const searchQueries = Number(process.env.BENCH_QUERIES ?? 500);

// A seeded generator, so that every run (and both engines) get the same register.
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)]!;
}

const firstNames = (
  'Marie Jean Pierre Michel André Philippe Nathalie Isabelle Sylvie Catherine Françoise Nicolas Christophe ' +
  'Stéphane Sébastien Frédéric Laurent Julien David Olivier Éric Patrick Thierry Valérie Sandrine Christine ' +
  'Véronique Céline Aurélie Camille Léa Manon Chloé Emma Inès Jade Louise Alice Lina Hugo Lucas Théo Louis ' +
  'Nathan Gabriel Raphaël Arthur Jules Adam Mathis Clément Antoine Maxime Alexandre Thomas Quentin Romain ' +
  'Guillaume Vincent Benoît Jérôme Grégoire Hélène Agnès Brigitte Monique Anne Claire Émilie Élodie Mélanie ' +
  'Pauline Laure Cécile Margaux Océane Anaïs Noémie Zoé Juliette Clémence Joséphine Gaëlle Maëlle Solène ' +
  'Loïc Yannick Gaël Hervé Yves Bernard Gérard Daniel Alain René Jacques Dominique Claude Pascal Fabrice ' +
  'Jean-Marie Jean-Luc Jean-Pierre Marie-Claire Anne-Sophie Pierre-Yves Jean-François Marie-Hélène'
).split(' ');

// Common surnames (a few with particles, as the reference's "LE LAGADEC Anne")…
const commonLastNames = (
  'Martin,Bernard,Thomas,Petit,Robert,Richard,Durand,Dubois,Moreau,Laurent,Simon,Michel,Lefèbvre,Leroy,Roux,' +
  'David,Bertrand,Morel,Fournier,Girard,Bonnet,Dupont,Lambert,Fontaine,Rousseau,Vincent,Muller,Lefèvre,Faure,' +
  'André,Mercier,Blanc,Guérin,Boyer,Garnier,Chevalier,François,Legrand,Gauthier,Garcia,Perrin,Robin,Clément,' +
  'Morin,Nicolas,Henry,Roussel,Mathieu,Gautier,Masson,Marchand,Duval,Denis,Dumont,Marie,Lemaire,Noël,Meyer,' +
  'Dufour,Meunier,Brun,Blanchard,Giraud,Joly,Rivière,Lucas,Brunet,Gaillard,Barbier,Arnaud,Martinez,Gérard,' +
  'Roche,Renard,Schmitt,Roy,Leroux,Colin,Vidal,Caron,Picard,Roger,Fabre,Aubert,Lemoine,Renaud,Dumas,Lacroix,' +
  'Olivier,Philippe,Bourgeois,Pierre,Benoît,Rey,Leclerc,Payet,Rolland,Leclercq,Guillaume,Lecomte,Lopez,Jean,' +
  'Dupuy,Guillot,Hubert,Berger,Carpentier,Sanchez,Dupuis,Moulin,Louis,Deschamps,Huet,Vasseur,Perez,Boucher,' +
  'Fleury,Royer,Klein,Jacquet,Adam,Paris,Poirier,Marty,Aubry,Guyot,Carré,Charles,Renault,Charpentier,Ménard,' +
  'Maillard,Baron,Bertin,Bailly,Hervé,Schneider,Fernandez,Le Gall,Collet,Léger,Bouvier,Julien,Prévost,Millet,' +
  'Perrot,Daniel,Le Roux,Cousin,Germain,Breton,Besson,Langlois,Rémy,Le Goff,Pelletier,Lévêque,Perrier,' +
  'Leblanc,Barré,Lebrun,Marchal,Weber,Mallet,Hamon,Boulanger,Jacob,Monnier,Michaud,Rodriguez,Guichard,' +
  'Gillet,Étienne,Grondin,Poulain,Tessier,Chevallier,Collin,Chauvin,Da Silva,Bouchet,Gay,Lemaître,Bénard,' +
  'Maréchal,Humbert,Reynaud,Antoine,Hoarau,Perret,Barthélemy,Cordier,Pichon,Lejeune,Gilbert,Lamy,Delaunay,' +
  'Pasquier,Carlier,Laporte,de La Fontaine,Le Lagadec,Pène,Bergère,Delatte,Kaplan,Jouen,Tavernier,Lochard'
).split(',');
// …and the long tail every real register has: surnames made of French syllables ("Chauvaux", "Delmont").
const surnameStarts = (
  'Ber Bou Cha Chau Da Del Dou Fa Fer Fon Gar Gau Gi Gre Gui Ja La Lam Lan Le Mar Mau Mer Mon Mo Pe Per Pi Po ' +
  'Ra Re Ri Ro Sa Ta Te Tho Va Vi Qué Bré Lé'
).split(' ');
const surnameEnds = (
  'bert chard det gnac lard let lier mont nard net nier quet rand rault rel ron rot teau thier tin ton vaux vel ' +
  'ville zac zot ssier llon guet chon bin card gnier dieu mas'
).split(' ');
const rareLastNames = surnameStarts.flatMap((start) => surnameEnds.map((end) => `${start}${end}`));

function pickLastName(next: () => number): string {
  return next() < 0.45 ? pick(next, commonLastNames) : pick(next, rareLastNames);
}

const places = (
  'Lyon Marseille Toulouse Nice Nantes Strasbourg Montpellier Bordeaux Lille Rennes Reims Toulon Grenoble Dijon ' +
  'Angers Nîmes Villeurbanne Clermont-Ferrand Aix-en-Provence Brest Tours Amiens Limoges Annecy Perpignan Metz ' +
  'Besançon Orléans Rouen Mulhouse Caen Nancy Argenteuil Montreuil Roubaix Tourcoing Avignon Dunkerque Poitiers ' +
  'Pau Calais La Rochelle Colmar Ajaccio Bastia Cherbourg Quimper Lorient Vannes Saint-Brieuc Laval Le Mans ' +
  'Chambéry Valence Gap Digne Auxerre Nevers Bourges Châteauroux Guéret Tulle Aurillac Rodez Cahors Albi Auch ' +
  'Tarbes Foix Carcassonne Mende Privas Vesoul Épinal Bar-le-Duc Chaumont Troyes Charleville Laon Beauvais Évreux'
).split(' ');
const organisationPatterns = [
  (place: string) => `Ville de ${place}`,
  (place: string) => `Communauté de communes de ${place}`,
  (place: string) => `Centre communal d’action sociale de ${place}`,
  (place: string) => `Association des usagers de ${place}`,
  (place: string) => `Maison de l’emploi de ${place}`,
  (place: string) => `Office de tourisme de ${place}`,
];
const organisationNames = places.flatMap((place) => organisationPatterns.map((pattern) => pattern(place)));

function emailOf(firstName: string, lastName: string, index: number): string {
  const local = `${normalizeName(firstName).replaceAll(' ', '-')}.${normalizeName(lastName).replaceAll(' ', '')}`;
  return `${local}${index}@exemple-${index % 7}.fr`;
}

interface SeededPerson {
  firstName: string;
  lastName: string;
  email: string | null;
  organisation: string | null;
}

/** 100 000 persons, their organisations and affiliations, written in bulk with the same index functions the app uses. */
async function seedRegister(db: DbOrTransaction, engine: Engine): Promise<SeededPerson[]> {
  const next = random(2017);
  const now = nowIso();
  const organisationIds = new Map<string, string>();
  await db.transaction().execute(async (transaction) => {
    const organisations = organisationNames.map((name) => {
      const id = newId();
      organisationIds.set(name, id);
      return {
        id,
        name,
        kind: 'other',
        email: null,
        notes: null,
        search_text: normalizeName(name),
        created_at: now,
        updated_at: now,
      };
    });
    await insertMany(transaction, 'organisations', organisations, engine);
    await insertMany(
      transaction,
      'organisation_aliases',
      organisations.map((organisation) => ({
        id: newId(),
        organisation_id: organisation.id,
        alias: organisation.name,
        normalized_alias: organisation.search_text,
      })),
      engine,
    );
  });
  const seeded: SeededPerson[] = [];
  const batch = 5000;
  for (let start = 0; start < personCount; start += batch) {
    const persons: Insertable<PersonsTable>[] = [];
    const keys: Insertable<PersonMatchKeysTable>[] = [];
    const affiliations: Insertable<AffiliationsTable>[] = [];
    const words: Insertable<PersonSearchWordsTable>[] = [];
    for (let index = start; index < Math.min(personCount, start + batch); index += 1) {
      const firstName = pick(next, firstNames);
      const lastName = pickLastName(next);
      const email = next() < 0.7 ? emailOf(firstName, lastName, index) : null;
      const organisation = next() < 0.6 ? pick(next, organisationNames) : null;
      const id = newId();
      seeded.push({ firstName, lastName, email, organisation });
      persons.push({
        id,
        civility: null,
        first_name: firstName,
        last_name: lastName,
        email,
        phone: null,
        address_line: null,
        postal_code: null,
        city: null,
        country: null,
        notes: null,
        created_at: now,
        updated_at: now,
        search_text: personSearchText({ firstName, lastName, email }, organisation ? [organisation] : []),
        email_consent_at: null,
        erased_at: null,
        merged_into_id: null,
      });
      for (const key of matchKeys({ firstName, lastName }))
        keys.push({ id: newId(), person_id: id, match_key: key });
      for (const word of searchWords(persons.at(-1)!.search_text!)) words.push({ person_id: id, word });
      if (organisation) {
        affiliations.push({
          id: newId(),
          person_id: id,
          organisation_id: organisationIds.get(organisation)!,
          title: null,
          is_staff: 0,
          starts_on: null,
          ends_on: null,
          created_at: now,
        });
      }
    }
    await db.transaction().execute(async (transaction) => {
      await insertMany(transaction, 'persons', persons, engine);
      await insertMany(transaction, 'person_match_keys', keys, engine);
      await insertMany(transaction, 'person_search_words', words, engine);
      await insertMany(transaction, 'affiliations', affiliations, engine);
    });
  }
  return seeded;
}

/** ~500 searches people type: partial names, accents or not, organisation words, e-mails. */
function searchQueriesFor(seeded: SeededPerson[]): string[] {
  const next = random(21);
  const queries: string[] = [];
  const kinds = [
    (person: SeededPerson) => normalizeName(person.lastName).slice(0, 4),
    (person: SeededPerson) => `${person.firstName} ${person.lastName}`,
    (person: SeededPerson) => normalizeName(`${person.lastName} ${person.firstName}`),
    (person: SeededPerson) => `${person.firstName.slice(0, 3)} ${person.lastName.slice(0, 5)}`,
    (person: SeededPerson) => person.lastName.toUpperCase(),
    (person: SeededPerson) => (person.email ? person.email.split('@')[0]! : person.lastName),
    (person: SeededPerson) => (person.email ? person.email : `${person.lastName} ${person.firstName}`),
    (person: SeededPerson) =>
      person.organisation ? person.organisation.split(' ').at(-1)! : person.firstName,
    (person: SeededPerson) =>
      person.organisation ? `${person.lastName} ${person.organisation.split(' ').at(-1)}` : person.lastName,
    () => pick(next, ['mairie', 'tourisme', 'usagers', 'communes', 'emploi']) + ' ' + pick(next, places),
  ];
  for (let index = 0; index < searchQueries; index += 1) {
    const person = pick(next, seeded);
    queries.push(kinds[index % kinds.length]!(person));
  }
  return queries;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

async function benchSearch(runtime: Runtime, engine: Engine, seeded: SeededPerson[]): Promise<void> {
  const app = await buildApp(runtime);
  await app.ready();
  try {
    const user = await createUser(runtime, { role: 'secretary' });
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: user.email, password: testPassword },
    });
    const cookie = signIn.cookies.find((entry) => entry.name === 'quorum_session')!;
    const headers = { cookie: `quorum_session=${cookie.value}` };
    const queries = searchQueriesFor(seeded);
    // A few warm-up requests, as a running server would have served.
    for (const q of queries.slice(0, 10))
      await app.inject({ url: `/api/persons?q=${encodeURIComponent(q)}`, headers });
    const durations: number[] = [];
    const timed: { q: string; ms: number }[] = [];
    let found = 0;
    for (const q of queries) {
      const started = performance.now();
      const response = await app.inject({ url: `/api/persons?q=${encodeURIComponent(q)}`, headers });
      durations.push(performance.now() - started);
      timed.push({ q, ms: durations.at(-1)! });
      if (response.statusCode !== 200)
        throw new Error(`search "${q}" answered ${response.statusCode}: ${response.body}`);
      if ((response.json() as { total: number }).total > 0) found += 1;
    }
    durations.sort((a, b) => a - b);
    const figure = (value: number) => value.toFixed(1);
    console.log(
      `bench:members engine=${engine} persons=${personCount} queries=${queries.length} with_results=${found} ` +
        `search_p50_ms=${figure(percentile(durations, 0.5))} search_p95_ms=${figure(percentile(durations, 0.95))} ` +
        `search_p99_ms=${figure(percentile(durations, 0.99))}`,
    );
    const slowest = timed.sort((a, b) => b.ms - a.ms).slice(0, 5);
    console.log(
      `bench:members engine=${engine} slowest_searches=${slowest.map(({ q, ms }) => `${JSON.stringify(q)}:${figure(ms)}`).join(',')}`,
    );
  } finally {
    await app.close();
  }
}

/**
 * Another client of the same server while the import runs: a plain route every ~20 ms. Its wait is
 * counted from when the request was due (so a blocked event loop counts) to its answer.
 */
function startProbe(app: Awaited<ReturnType<typeof buildApp>>, headers: Record<string, string>) {
  let isStopped = false;
  let maxWaitMs = 0;
  let requests = 0;
  const loop = (async () => {
    while (!isStopped) {
      const dueAt = performance.now() + 20;
      await new Promise((resolve) => setTimeout(resolve, 20));
      const response = await app.inject({ url: '/api/session', headers });
      if (response.statusCode !== 200) throw new Error(`GET /api/session answered ${response.statusCode}`);
      maxWaitMs = Math.max(maxWaitMs, performance.now() - dueAt);
      requests += 1;
    }
  })();
  return {
    async stop() {
      isStopped = true;
      await loop;
      return { maxWaitMs, requests };
    },
  };
}

/** A member list as staff would export it from elsewhere: half the rows name persons already held. */
function writeImportCsv(filePath: string, seeded: SeededPerson[]): { existing: number } {
  const next = random(1901);
  const output = fs.openSync(filePath, 'w');
  const lines: string[] = ['Nom;Prénom;E-mail;Organisation;Fonction;Année;Catégorie;Statut;Date d’effet'];
  let existing = 0;
  const categories = ['Personne physique', 'Personne physique', 'Personnalité qualifiée'];
  const statuses = ['Validée', 'Validation en cours', 'Renouvellement en cours'];
  const flush = () => {
    fs.writeSync(output, lines.join('\n') + '\n');
    lines.length = 0;
  };
  for (let index = 0; index < importRows; index += 1) {
    let lastName: string;
    let firstName: string;
    let email: string;
    let organisation: string;
    if (next() < 0.5) {
      // Someone the register holds, written as another list would: capitals, no accents, e-mail or not.
      const person = pick(next, seeded);
      existing += 1;
      lastName = next() < 0.5 ? person.lastName.toUpperCase() : normalizeName(person.lastName);
      firstName = person.firstName;
      email = person.email && next() < 0.5 ? person.email : '';
      organisation = person.organisation ?? '';
    } else {
      // Someone new: a double-barrelled name no seeded person has.
      lastName = `${pickLastName(next)}-${pickLastName(next)}`;
      firstName = pick(next, firstNames);
      email = next() < 0.8 ? emailOf(firstName, lastName, personCount + index) : '';
      organisation =
        next() < 0.5
          ? next() < 0.9
            ? pick(next, organisationNames)
            : `Collectif citoyen de ${pick(next, places)} ${index % 50}`
          : '';
    }
    const title = organisation && next() < 0.3 ? 'Chargée de mission' : '';
    const day = `${String(1 + Math.floor(next() * 28)).padStart(2, '0')}/${String(1 + Math.floor(next() * 12)).padStart(2, '0')}/2024`;
    lines.push(
      [
        lastName,
        firstName,
        email,
        organisation,
        title,
        '2024',
        pick(next, categories),
        pick(next, statuses),
        day,
      ].join(';'),
    );
    if (lines.length >= 5000) flush();
  }
  flush();
  fs.closeSync(output);
  return { existing };
}

async function benchImport(
  runtime: Runtime,
  engine: Engine,
  seeded: SeededPerson[],
  directory: string,
): Promise<void> {
  const filePath = path.join(directory, 'adherents-100000.csv');
  writeImportCsv(filePath, seeded);
  const store = new ImportStore({
    database: runtime.database,
    directory: path.join(directory, 'imports'),
    quotaBytes: runtime.config.uploadQuotaBytes,
  });
  const actor = await createUser(runtime, { role: 'secretary' });
  const sessionUser = toSessionUser(actor);
  const app = await buildApp(runtime);
  await app.ready();
  const signIn = await app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { email: actor.email, password: testPassword },
  });
  const cookie = signIn.cookies.find((entry) => entry.name === 'quorum_session')!;
  const probeHeaders = { cookie: `quorum_session=${cookie.value}` };
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 20);
  try {
    const uploadStarted = performance.now();
    const uploaded = await uploadImportFile(runtime, {
      store,
      actor: sessionUser,
      body: fs.createReadStream(filePath),
      declaredBytes: fs.statSync(filePath).size,
      fileName: 'adherents-100000.csv',
    });
    const uploadSeconds = (performance.now() - uploadStarted) / 1000;
    const mapping = uploaded.suggestedMapping;
    const checkStarted = performance.now();
    const report = await checkImport(runtime, {
      store,
      actor: sessionUser,
      importId: uploaded.importId,
      mapping,
    });
    const checkSeconds = (performance.now() - checkStarted) / 1000;
    if (report.rejected.length > 0)
      throw new Error(`the generated file has refused rows: ${JSON.stringify(report.rejected.slice(0, 3))}`);
    const commitStarted = performance.now();
    const probe = startProbe(app, probeHeaders);
    let lastTick = performance.now();
    const tracer = process.env.BENCH_TRACE
      ? setInterval(() => {
          const now = performance.now();
          if (now - lastTick > 100) {
            const gap = Math.round(now - lastTick);
            void store
              .get(uploaded.importId, sessionUser.id)
              .then((job) => console.error(`gap ${gap} ms at processed=${job.processed}`));
          }
          lastTick = now;
        }, 10)
      : undefined;
    const gcObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.duration > 100) console.error(`gc ${Math.round(entry.duration)} ms`);
    });
    if (process.env.BENCH_TRACE) gcObserver.observe({ entryTypes: ['gc'] });
    const result = await commitImport(runtime, {
      store,
      actor: sessionUser,
      importId: uploaded.importId,
      mapping,
    });
    const commitSeconds = (performance.now() - commitStarted) / 1000;
    const waits = await probe.stop();
    clearInterval(tracer);
    gcObserver.disconnect();
    console.log(
      `bench:members engine=${engine} import_rows=${report.rows} matched_rows=${report.matchedPersons.length} ` +
        `new_persons=${result.newPersons} new_memberships=${result.newMemberships} upload_s=${uploadSeconds.toFixed(2)} ` +
        `dry_run_s=${checkSeconds.toFixed(2)} commit_s=${commitSeconds.toFixed(2)} ` +
        `total_s=${(uploadSeconds + checkSeconds + commitSeconds).toFixed(2)} rss_mb=${Math.round(peakRss / 1024 / 1024)} ` +
        `process_max_rss_mb=${Math.round(process.resourceUsage().maxRSS / 1024)} ` +
        `concurrent_requests=${waits.requests} max_wait_ms=${Math.round(waits.maxWaitMs)}`,
    );
  } finally {
    clearInterval(sampler);
    await app.close();
  }
}

async function benchEngine(engine: Engine): Promise<void> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), `quorum-bench-${engine}-`));
  const database =
    engine === 'sqlite'
      ? { url: `sqlite:${path.join(directory, 'quorum.sqlite')}`, options: {}, drop: async () => {} }
      : await createTestDatabase('postgres');
  const runtime = await openRuntime({
    config: {
      ...loadConfig({}),
      databaseUrl: database.url,
      logLevel: 'silent',
      smtp: undefined,
      mailDirectory: path.join(directory, 'mail'),
    },
    logger: pino({ level: 'silent' }),
    databaseOptions: database.options,
  });
  try {
    const seedStarted = performance.now();
    // The categories the generated register and import file name (the association's own list).
    await createCategories(runtime);
    const seeded = await seedRegister(runtime.database.db, engine);
    // A register this size has long been vacuumed and analysed by PostgreSQL's autovacuum.
    if (engine === 'postgres') await sql`vacuum analyze`.execute(runtime.database.db);
    console.log(
      `bench:members engine=${engine} persons=${personCount} seed_s=${((performance.now() - seedStarted) / 1000).toFixed(2)}`,
    );
    await benchSearch(runtime, engine, seeded);
    await benchImport(runtime, engine, seeded, directory);
  } finally {
    await runtime.close();
    if (process.env.BENCH_KEEP) console.log(`bench:members kept ${JSON.stringify(database.options)}`);
    else await database.drop();
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

const engines = (
  process.env.BENCH_ENGINES?.split(',') ??
  (process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'])
).filter((engine): engine is Engine => engine === 'sqlite' || engine === 'postgres');
for (const engine of engines) await benchEngine(engine);
