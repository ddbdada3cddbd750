// npm run bench:votes — 10 000 voters cast on their phones' real route (participant session,
// CSRF, eligibility), from 100 concurrent connections, against the real server in a child
// process, while 10 000 Server-Sent Events clients follow the poll. Prints one line per engine
// (SQLite, then PostgreSQL when TEST_DATABASE_URL is set); exits non-zero on an error or a lost ballot.
import fs from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pino from 'pino';
import { loadConfig } from '../server/src/config.ts';
import type { Engine } from '../server/src/db/database.ts';
import { openRuntime } from '../server/src/runtime.ts';
import { createTestDatabase } from '../server/test/databases.ts';
import { createUser, testPassword } from '../server/test/factories.ts';
import { HttpClient } from '../server/test/http-client.ts';
import { startServerProcess } from '../server/test/server-process.ts';
import { seedVotingAssembly, type SeatedPhone } from '../server/test/voting-assembly.ts';

// BENCH_VOTERS lowers the count for a quick try; the figures to report are at 10 000.
const voters = Number(process.env.BENCH_VOTERS ?? 10_000);
const sseClients = voters;
const concurrency = 100;
const choices = ['for', 'against', 'abstain'] as const;

type Phone = SeatedPhone;

const benchStart = performance.now();
function stage(name: string): void {
  console.error(`# ${((performance.now() - benchStart) / 1000).toFixed(1)}s ${name}`);
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

async function prepare(engine: Engine) {
  const database = await createTestDatabase(engine);
  const runtime = await openRuntime({
    config: { ...loadConfig({}), databaseUrl: database.url, logLevel: 'silent' },
    logger: pino({ level: 'silent' }),
    databaseOptions: database.options,
  });
  const { agendaItemId, phones } = await seedVotingAssembly(runtime.database.db, { voters, slug: 'bench' });
  // A fresh bulk load: give PostgreSQL's planner its statistics, as autovacuum would shortly.
  if (engine === 'postgres') await sql`analyze`.execute(runtime.database.db);
  stage('voters prepared');
  const secretary = await createUser(runtime, { role: 'secretary' });
  await runtime.close();
  return { database, phones, secretaryEmail: secretary.email, agendaItemId };
}

/** Peak resident memory of a process, from /proc (VmHWM), in MB. */
function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = status.match(/VmHWM:\s+(\d+) kB/);
  return match ? Math.round(Number(match[1]) / 1024) : -1;
}

/** Opens the SSE stream; calls `onClosed` when an event says the poll closed. */
function connectStream(
  address: URL,
  phone: Phone,
  agent: http.Agent,
  onClosed: () => void,
): Promise<http.ClientRequest> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: address.hostname,
        port: address.port,
        path: '/api/participant/events',
        headers: { cookie: phone.cookie, accept: 'text/event-stream' },
        agent,
      },
      (response) => {
        if (response.statusCode !== 200) {
          reject(new Error(`SSE answered ${response.statusCode}`));
          return;
        }
        let tail = '';
        let isClosed = false;
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          const text = tail + chunk;
          if (!isClosed && text.includes('"status":"closed"')) {
            isClosed = true;
            onClosed();
          }
          tail = text.slice(-32);
        });
        response.on('error', () => undefined);
        resolve(request);
      },
    );
    request.on('error', reject);
    request.end();
  });
}

function post(
  agent: http.Agent,
  address: URL,
  target: string,
  headers: Record<string, string>,
  body: unknown,
): Promise<{ status: number; text: string }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: address.hostname,
        port: address.port,
        path: target,
        method: 'POST',
        agent,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

async function bench(engine: Engine): Promise<number> {
  const { database, phones, secretaryEmail, agendaItemId } = await prepare(engine);
  const { child, address } = await startServerProcess({
    url: database.url,
    schema: database.options.schema,
    profileDirectory: process.env.BENCH_PROFILE ? '/tmp/quorum-bench-prof' : undefined,
  });
  const base = new URL(address);
  const streams: http.ClientRequest[] = [];
  try {
    stage('server started');
    const secretary = new HttpClient(address);
    await secretary.signIn(secretaryEmail, testPassword);
    const resolution = await secretary.send('POST', '/api/assemblies/bench/resolutions', {
      agendaItemId,
      title: 'Approbation des comptes',
      text: 'approuve les comptes',
      method: 'named',
    });
    if (resolution.status !== 201) throw new Error(`resolution: ${resolution.status}`);
    const opened = await secretary.send('POST', '/api/assemblies/bench/polls', {
      resolutionId: (resolution.json() as { id: string }).id,
    });
    if (opened.status !== 201) throw new Error(`poll: ${opened.status} ${JSON.stringify(opened.json())}`);
    const poll = opened.json() as { id: string; eligibleCount: number };
    if (poll.eligibleCount !== voters) throw new Error(`eligible ${poll.eligibleCount}, expected ${voters}`);

    stage('poll opened');
    // 10 000 phones following the poll, each on its own connection.
    const streamAgent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
    let closedSeen = 0;
    let lastClosedAt = 0;
    const onClosed = () => {
      closedSeen += 1;
      lastClosedAt = performance.now();
    };
    for (let start = 0; start < sseClients; start += 250) {
      streams.push(
        ...(await Promise.all(
          phones.slice(start, start + 250).map((phone) => connectStream(base, phone, streamAgent, onClosed)),
        )),
      );
    }

    stage('streams connected');
    // Every voter casts once, from 100 concurrent keep-alive connections.
    const castAgent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
    const latencies: number[] = [];
    const acknowledged = new Map<string, string>();
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < phones.length) {
          const index = next++;
          const phone = phones[index]!;
          const choice = choices[index % choices.length]!;
          const sent = performance.now();
          const response = await post(
            castAgent,
            base,
            `/api/participant/polls/${poll.id}/ballots`,
            { cookie: phone.cookie, 'x-csrf-token': phone.csrfToken },
            { key: `bench-key-${index}`, ballots: [{ membershipId: phone.membershipId, choices: [choice] }] },
          );
          latencies.push(performance.now() - sent);
          if (response.status !== 200) throw new Error(`cast answered ${response.status}: ${response.text}`);
          acknowledged.set(phone.membershipId, choice);
        }
      }),
    );
    const castSeconds = (performance.now() - started) / 1000;
    castAgent.destroy();

    stage('casts done');
    const closeSent = performance.now();
    const closed = await secretary.send('POST', `/api/assemblies/bench/polls/${poll.id}/close`);
    if (closed.status !== 200) throw new Error(`close: ${closed.status}`);
    const deadline = Date.now() + 30_000;
    while (closedSeen < sseClients && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 5));
    if (closedSeen < sseClients)
      throw new Error(`only ${closedSeen} of ${sseClients} streams saw the result`);
    const fanoutMs = lastClosedAt - closeSent;

    const result = (closed.json() as { result: { counts: Record<string, number> } }).result;
    const expected = { for: 0, against: 0, abstain: 0 } as Record<string, number>;
    for (const choice of acknowledged.values()) expected[choice]! += 1;
    const named = (await secretary.send('GET', `/api/assemblies/bench/polls/${poll.id}/votes`)).json() as {
      votes: unknown[];
    };
    const lost =
      Math.max(0, acknowledged.size - named.votes.length) +
      choices.reduce(
        (total, choice) => total + Math.max(0, expected[choice]! - (result.counts[choice] ?? 0)),
        0,
      );
    const rssMb = peakRssMb(child.pid!);
    console.log(
      `bench:votes engine=${engine} voters=${voters} ballots_per_s=${Math.round(voters / castSeconds)} p50_ms=${Math.round(percentile(latencies, 0.5))} p99_ms=${Math.round(percentile(latencies, 0.99))} lost=${lost} fanout_ms=${Math.round(fanoutMs)} rss_mb=${rssMb}`,
    );
    return lost;
  } finally {
    for (const stream of streams) stream.destroy();
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await database.drop();
  }
}

// BENCH_ENGINES=postgres runs one engine only, for a second look at its figures.
const engines = (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',');
let lost = 0;
if (engines.includes('sqlite')) lost += await bench('sqlite');
if (engines.includes('postgres') && process.env.TEST_DATABASE_URL) lost += await bench('postgres');
process.exit(lost > 0 ? 1 : 0);
