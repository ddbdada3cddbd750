// npm run bench:votes — 10 000 voters cast on their phones' real route (participant session,
// CSRF, eligibility), from 100 concurrent connections, against the real server in a child
// process, while 10 000 Server-Sent Events clients follow the poll. Two lines per engine (SQLite,
// then PostgreSQL when TEST_DATABASE_URL is set): a named poll's plain ballots, then an encrypted
// secret poll (key ceremony by two simulated scrutineers and the server, ballots encrypted and
// proved beforehand with the phone's code, checked by the server before each answer; the close,
// the scrutineers' decryptions and the result on every screen as tally_ms; the published record
// checked from its file as verify_record_ms). Exits non-zero on an error or a lost ballot.
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

import os from 'node:os';
import path from 'node:path';
import { createBallot, type EncryptedBallot, type PollParameters } from '../common/crypto/ballot.ts';
import {
  createCertificate,
  createCommitment,
  createVerificationKey,
  type TrusteeCertificate,
  type TrusteeCommitment,
} from '../common/crypto/ceremony.ts';
import { secureRandom } from '../common/crypto/group.ts';
import type { Ciphertext } from '../common/crypto/proofs.ts';
import { decryptPartially } from '../common/crypto/tally.ts';
import { loadSodiumGroup } from '../server/src/crypto/sodium-group.ts';
import { verifyRecordFile } from '../server/src/crypto/verify-record.ts';

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
  // Two scrutineers, the trustees of encrypted polls: the first two members.
  const assembly = await runtime.database.db
    .selectFrom('assemblies')
    .select('id')
    .where('slug', '=', 'bench')
    .executeTakeFirstOrThrow();
  const scrutineers = await runtime.database.db
    .selectFrom('memberships')
    .select('person_id')
    .where(
      'id',
      'in',
      phones.slice(0, 2).map((phone) => phone.membershipId),
    )
    .execute();
  await runtime.database.db
    .insertInto('assembly_scrutineers')
    .values(
      scrutineers.map((row, position) => ({
        id: `scrutineer-${position}`,
        assembly_id: assembly.id,
        person_id: row.person_id!,
        position: position + 1,
      })),
    )
    .execute();
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

/** 10 000 phones following the poll, each on its own connection; counts those that saw the close. */
async function connectStreams(base: URL, phones: Phone[], streams: http.ClientRequest[]) {
  const streamAgent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const seen = { closed: 0, lastClosedAt: 0 };
  const onClosed = () => {
    seen.closed += 1;
    seen.lastClosedAt = performance.now();
  };
  for (let start = 0; start < sseClients; start += 250) {
    streams.push(
      ...(await Promise.all(
        phones.slice(start, start + 250).map((phone) => connectStream(base, phone, streamAgent, onClosed)),
      )),
    );
  }
  return seen;
}

/** Every voter casts once, from 100 concurrent keep-alive connections; answers the latencies and the time. */
async function castAll(
  base: URL,
  pollId: string,
  phones: Phone[],
  body: (index: number) => unknown,
  onAnswer: (index: number, text: string) => void,
) {
  const castAgent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < phones.length) {
        const index = next++;
        const phone = phones[index]!;
        const sent = performance.now();
        const response = await post(
          castAgent,
          base,
          `/api/participant/polls/${pollId}/ballots`,
          { cookie: phone.cookie, 'x-csrf-token': phone.csrfToken },
          body(index),
        );
        latencies.push(performance.now() - sent);
        if (response.status !== 200) throw new Error(`cast answered ${response.status}: ${response.text}`);
        onAnswer(index, response.text);
      }
    }),
  );
  const castSeconds = (performance.now() - started) / 1000;
  castAgent.destroy();
  return { latencies, castSeconds };
}

async function waitForClosed(seen: { closed: number }) {
  const deadline = Date.now() + 60_000;
  while (seen.closed < sseClients && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 5));
  if (seen.closed < sseClients)
    throw new Error(`only ${seen.closed} of ${sseClients} streams saw the result`);
}

async function openPoll(secretary: HttpClient, agendaItemId: string, method: 'named' | 'secret') {
  const resolution = await secretary.send('POST', '/api/assemblies/bench/resolutions', {
    agendaItemId,
    title: 'Approbation des comptes',
    text: 'approuve les comptes',
    method,
  });
  if (resolution.status !== 201) throw new Error(`resolution: ${resolution.status}`);
  const opened = await secretary.send('POST', '/api/assemblies/bench/polls', {
    resolutionId: (resolution.json() as { id: string }).id,
  });
  if (opened.status !== 201) throw new Error(`poll: ${opened.status} ${JSON.stringify(opened.json())}`);
  const poll = opened.json() as { id: string; eligibleCount: number };
  if (poll.eligibleCount !== voters) throw new Error(`eligible ${poll.eligibleCount}, expected ${voters}`);
  return poll;
}

async function withServer(
  engine: Engine,
  run: (
    setup: Awaited<ReturnType<typeof prepare>> & {
      base: URL;
      address: string;
      pid: number;
      streams: http.ClientRequest[];
    },
  ) => Promise<number>,
) {
  const setup = await prepare(engine);
  const { child, address } = await startServerProcess({
    url: setup.database.url,
    schema: setup.database.options.schema,
    profileDirectory: process.env.BENCH_PROFILE ? '/tmp/quorum-bench-prof' : undefined,
  });
  const streams: http.ClientRequest[] = [];
  try {
    stage('server started');
    return await run({ ...setup, base: new URL(address), address, pid: child.pid!, streams });
  } finally {
    for (const stream of streams) stream.destroy();
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await setup.database.drop();
  }
}

function benchPlain(engine: Engine): Promise<number> {
  return withServer(engine, async ({ base, address, pid, streams, phones, secretaryEmail, agendaItemId }) => {
    const secretary = new HttpClient(address);
    await secretary.signIn(secretaryEmail, testPassword);
    const poll = await openPoll(secretary, agendaItemId, 'named');
    stage('poll opened');
    const seen = await connectStreams(base, phones, streams);
    stage('streams connected');
    const acknowledged = new Map<string, string>();
    const { latencies, castSeconds } = await castAll(
      base,
      poll.id,
      phones,
      (index) => ({
        key: `bench-key-${index}`,
        ballots: [{ membershipId: phones[index]!.membershipId, choices: [choices[index % choices.length]!] }],
      }),
      (index) => acknowledged.set(phones[index]!.membershipId, choices[index % choices.length]!),
    );
    stage('casts done');
    const closeSent = performance.now();
    const closed = await secretary.send('POST', `/api/assemblies/bench/polls/${poll.id}/close`);
    if (closed.status !== 200) throw new Error(`close: ${closed.status}`);
    await waitForClosed(seen);
    const fanoutMs = seen.lastClosedAt - closeSent;
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
    console.log(
      `bench:votes engine=${engine} voters=${voters} ballots_per_s=${Math.round(voters / castSeconds)} p50_ms=${Math.round(percentile(latencies, 0.5))} p99_ms=${Math.round(percentile(latencies, 0.99))} lost=${lost} fanout_ms=${Math.round(fanoutMs)} rss_mb=${peakRssMb(pid)}`,
    );
    return lost;
  });
}

interface TrusteeView {
  ceremony: { id: string; threshold: number; status: string };
  me: { index: number };
  certificates: TrusteeCertificate[];
  commitments: TrusteeCommitment[];
  pendingDecryptions: { pollId: string; fingerprint: string; tally: Ciphertext[] }[];
}

/** A scrutineer's device, simulated: the trustee page's steps, with its token. */
class SimulatedTrustee {
  private encryptionSecret = 0n;
  share = 0n;
  constructor(
    private readonly address: string,
    private readonly token: string,
  ) {}

  async call(method: string, target: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.address}${target}`, {
      method,
      headers: {
        'x-trustee-token': this.token,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${target}: ${response.status} ${await response.text()}`);
    return response.json();
  }

  view(): Promise<TrusteeView> {
    return this.call('GET', '/api/trustee') as Promise<TrusteeView>;
  }

  async certificate(): Promise<void> {
    const group = await loadSodiumGroup();
    const { ceremony, me } = await this.view();
    const created = createCertificate(group, {
      ceremonyId: ceremony.id,
      index: me.index,
      random: secureRandom(),
    });
    this.encryptionSecret = created.secret;
    await this.call('POST', '/api/trustee/certificate', { certificate: created.certificate });
  }

  async commitment(): Promise<void> {
    const group = await loadSodiumGroup();
    const { ceremony, me, certificates } = await this.view();
    const commitment = createCommitment(group, {
      ceremonyId: ceremony.id,
      index: me.index,
      threshold: ceremony.threshold,
      certificates,
      random: secureRandom(),
    });
    await this.call('POST', '/api/trustee/commitment', { commitment });
  }

  async verificationKey(): Promise<void> {
    const group = await loadSodiumGroup();
    const { ceremony, me, commitments } = await this.view();
    const created = createVerificationKey(group, {
      ceremonyId: ceremony.id,
      index: me.index,
      threshold: ceremony.threshold,
      encryptionSecret: this.encryptionSecret,
      commitments,
      random: secureRandom(),
    });
    this.share = created.secret;
    await this.call('POST', '/api/trustee/verification-key', { verificationKey: created.verificationKey });
  }

  /** Decrypts what is pending, as the trustee page does when a poll closes; answers how many it did. */
  async decryptPending(): Promise<number> {
    const group = await loadSodiumGroup();
    const { me, pendingDecryptions } = await this.view();
    for (const pending of pendingDecryptions) {
      const partial = decryptPartially(group, {
        fingerprint: pending.fingerprint,
        index: me.index,
        secret: this.share,
        tally: pending.tally,
        random: secureRandom(),
      });
      await this.call('POST', `/api/trustee/decryptions/${pending.pollId}`, { partial });
    }
    return pendingDecryptions.length;
  }
}

function benchEncrypted(engine: Engine): Promise<number> {
  return withServer(engine, async ({ base, address, pid, streams, phones, secretaryEmail, agendaItemId }) => {
    const secretary = new HttpClient(address);
    await secretary.signIn(secretaryEmail, testPassword);
    const created = await secretary.send('POST', '/api/assemblies/bench/ceremony', {});
    if (created.status !== 201 && created.status !== 200) {
      throw new Error(`ceremony: ${created.status} ${JSON.stringify(created.json())}`);
    }
    const links = (created.json() as { links: { link: string }[] }).links;
    const trustees = links.map(({ link }) => new SimulatedTrustee(address, link.split('#')[1]!));
    for (const step of ['certificate', 'commitment', 'verificationKey'] as const) {
      for (const trustee of trustees) await trustee[step]();
    }
    stage('key ceremony done');
    const poll = await openPoll(secretary, agendaItemId, 'secret');
    const state = (await (
      await fetch(`${address}/api/participant/poll`, { headers: { cookie: phones[0]!.cookie } })
    ).json()) as { poll: { encryption: { parameters: PollParameters } | null } | null };
    const parameters = state.poll?.encryption?.parameters;
    if (!parameters) throw new Error('the secret poll is not encrypted');
    // Each phone encrypts and proves its ballot before sending, with the phone's code (common/crypto);
    // prepared here before the timed casting, as phones do it while the voter reads the question.
    const group = await loadSodiumGroup();
    const random = secureRandom();
    const prepared: EncryptedBallot[] = phones.map((_, index) =>
      createBallot(group, {
        parameters,
        credentialSecret: random(),
        marked: [choices[index % choices.length]!],
        random,
      }),
    );
    stage('ballots encrypted');
    const seen = await connectStreams(base, phones, streams);
    stage('streams connected');
    const acknowledged = new Map<number, string>();
    const { latencies, castSeconds } = await castAll(
      base,
      poll.id,
      phones,
      (index) => ({
        key: `bench-key-${index}`,
        ballots: [{ membershipId: phones[index]!.membershipId, encrypted: prepared[index]! }],
      }),
      (index, text) => acknowledged.set(index, (JSON.parse(text) as { trackers: string[] }).trackers[0]!),
    );
    stage('casts done');
    const closeSent = performance.now();
    const closed = await secretary.send('POST', `/api/assemblies/bench/polls/${poll.id}/close`);
    if (closed.status !== 200) throw new Error(`close: ${closed.status}`);
    // The scrutineers' devices see the poll to decrypt and send their share of the decryption.
    let decrypted = 0;
    for (let attempt = 0; decrypted < trustees.length && attempt < 600; attempt += 1) {
      for (const trustee of trustees) decrypted += await trustee.decryptPending();
      if (seen.closed > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await waitForClosed(seen);
    const tallyMs = seen.lastClosedAt - closeSent;
    stage('result on every screen');
    const recordResponse = await fetch(`${address}/api/polls/${poll.id}/record.json`);
    if (!recordResponse.ok) throw new Error(`record: ${recordResponse.status}`);
    const recordText = await recordResponse.text();
    const file = path.join(os.tmpdir(), `quorum-bench-record-${process.pid}.json`);
    fs.writeFileSync(file, recordText);
    const verifyStarted = performance.now();
    const verified = await verifyRecordFile(file);
    const verifyMs = performance.now() - verifyStarted;
    fs.rmSync(file);
    const box = new Set(
      ((JSON.parse(recordText) as { ballots: { tracker: string }[] }).ballots ?? []).map(
        (entry) => entry.tracker,
      ),
    );
    const expected = { for: 0, against: 0, abstain: 0 } as Record<string, number>;
    for (const index of acknowledged.keys()) expected[choices[index % choices.length]!]! += 1;
    const lost =
      [...acknowledged.values()].filter((tracker) => !box.has(tracker)).length +
      choices.reduce(
        (total, choice) =>
          total +
          Math.abs(expected[choice]! - (verified.result.find((item) => item.choice === choice)?.count ?? 0)),
        0,
      );
    console.log(
      `bench:votes engine=${engine} mode=encrypted voters=${voters} ballots_per_s=${Math.round(voters / castSeconds)} p50_ms=${Math.round(percentile(latencies, 0.5))} p99_ms=${Math.round(percentile(latencies, 0.99))} lost=${lost} tally_ms=${Math.round(tallyMs)} verify_record_ms=${Math.round(verifyMs)} rss_mb=${peakRssMb(pid)}`,
    );
    return lost;
  });
}

// BENCH_ENGINES=postgres runs one engine only, for a second look at its figures.
const engines = (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',');
// BENCH_MODES=encrypted runs the encrypted poll only; both by default, the plain line first.
const modes = (process.env.BENCH_MODES ?? 'plain,encrypted').split(',');
let lost = 0;
for (const engine of ['sqlite', 'postgres'] as const) {
  if (!engines.includes(engine) || (engine === 'postgres' && !process.env.TEST_DATABASE_URL)) continue;
  if (modes.includes('plain')) lost += await benchPlain(engine);
  if (modes.includes('encrypted')) lost += await benchEncrypted(engine);
}
process.exit(lost > 0 ? 1 : 0);
