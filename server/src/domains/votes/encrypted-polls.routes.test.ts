import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import { createBallot, type EncryptedBallot } from '../../../../common/crypto/ballot.ts';
import { decodeScalar, nobleGroup, secureRandom } from '../../../../common/crypto/group.ts';
import { verifyRecord, type PollRecord } from '../../../../common/crypto/record.ts';
import { combineDecryptions, decryptPartially } from '../../../../common/crypto/tally.ts';
import type { CeremonyView, TrusteeView } from '../../../../common/encrypted-polls.schemas.ts';
import type { PollView } from '../../../../common/events.ts';
import { dayIn } from '../../../../common/time-zones.ts';
import type { ParticipantPoll } from '../../../../common/votes.schemas.ts';
import { buildApp } from '../../app.ts';
import { loadSodiumGroup } from '../../crypto/sodium-group.ts';
import { testEngines } from '../../../test/databases.ts';
import {
  partialOf,
  runCeremony,
  tokenOfLink,
  trusteeSend,
  type TrusteeDevice,
} from '../../../test/encrypted-polls.ts';
import { createCategories, createUser, testPassword } from '../../../test/factories.ts';
import { HttpClient } from '../../../test/http-client.ts';
import { countRows, linkByTransaction, rowsOf, scanOrder } from '../../../test/inspect.ts';
import { createConvocationLink, PhoneClient } from '../../../test/participants.ts';
import { createTestRuntime, type TestRuntime } from '../../../test/test-runtime.ts';

const today = dayIn('Europe/Paris');
const year = Number(today.slice(0, 4));
const slug = 'ag-chiffree';

type Member = { personId: string; membershipId: string };

for (const engine of testEngines()) {
  describe(`encrypted secret polls on ${engine}`, () => {
    let test: TestRuntime;
    let url: string;
    let close: () => Promise<void>;
    let secretary: HttpClient;
    let assemblyId: string;
    let itemId: string;
    let electionItemId: string;
    const members: Record<string, Member> = {};
    const phones: Record<string, PhoneClient> = {};
    const devices: TrusteeDevice[] = [];
    const logLines: string[] = [];

    const get = async <T>(path: string) => (await secretary.send('GET', path)).json() as T;
    const makeSecretResolution = async (title: string) => {
      const response = await secretary.send('POST', `/api/assemblies/${slug}/resolutions`, {
        agendaItemId: itemId,
        title,
        text: `approuve ${title.toLowerCase()}`,
        method: 'secret',
      });
      assert.equal(response.status, 201, JSON.stringify(response.json()));
      return (response.json() as { id: string }).id;
    };

    before(async () => {
      // The server's log, kept to look for choices in it afterwards.
      const sink = new Writable({
        write(chunk: Buffer, _encoding, done) {
          logLines.push(chunk.toString());
          done();
        },
      });
      test = await createTestRuntime(engine, 'empty', { logger: pino({ level: 'debug' }, sink) });
      const app = await buildApp(test.runtime);
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.server.address();
      if (!address || typeof address === 'string') throw new Error('no address');
      url = `http://127.0.0.1:${address.port}`;
      Object.assign(test.config, { publicUrl: url });
      close = async () => {
        await app.close();
        await test.close();
      };
      await createCategories(test.runtime);
      const admin = new HttpClient(url);
      await admin.signIn((await createUser(test.runtime, { role: 'administrator' })).email, testPassword);
      const statutes = await admin.send('POST', '/api/statutes', {
        effectiveFrom: '2000-01-01',
        votingWeights: { individual: 1, legal_entity: 3 },
        requiresFeePaid: false,
        ordinaryQuorum: null,
        extraordinaryQuorum: null,
        doProxiesCount: true,
        isSecondConvocationFree: true,
        maxProxiesPerHolder: 2,
        doesRemoteCount: true,
        defaultMajority: 'simple',
        noticeDays: 15,
      });
      assert.equal(statutes.status, 201, JSON.stringify(statutes.json()));
      secretary = new HttpClient(url);
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email, testPassword);
      // A present; B present, holding C's proxy; D a legal entity (3 votes) present.
      for (const key of ['A', 'B', 'C', 'D', 'S1', 'S2']) {
        const person = (
          await secretary.send('POST', '/api/persons', {
            firstName: `Membre${key}`,
            lastName: `Chiffre${key}`,
          })
        ).json() as { id: string };
        if (key.startsWith('S')) {
          members[key] = { personId: person.id, membershipId: '' };
          continue;
        }
        let body: Record<string, unknown> = { personId: person.id, category: 'individual' };
        if (key === 'D') {
          const organisation = (
            await secretary.send('POST', '/api/organisations', {
              name: 'Ville Chiffrée',
              kind: 'municipality',
            })
          ).json() as { id: string };
          body = { organisationId: organisation.id, category: 'legal_entity' };
        }
        const membership = (
          await secretary.send('POST', '/api/memberships', {
            year,
            status: 'validated',
            effectiveOn: `${year}-01-01`,
            ...body,
          })
        ).json() as { id: string };
        members[key] = { personId: person.id, membershipId: membership.id };
      }
      const created = (
        await secretary.send('POST', '/api/assemblies', {
          slug,
          kind: 'ordinary',
          title: 'Assemblée chiffrée',
          heldOn: today,
          place: 'Salle',
          plannedStart: '09:00',
          membershipYear: year,
          agenda: [
            { kind: 'deliberative', title: 'Budget' },
            { kind: 'election', title: 'Conseil' },
          ],
        })
      ).json() as { id: string; agenda: { id: string }[] };
      assemblyId = created.id;
      itemId = created.agenda[0]!.id;
      electionItemId = created.agenda[1]!.id;
      const edited = await secretary.send('PATCH', `/api/assemblies/${slug}`, {
        scrutineerPersonIds: [members.S1!.personId, members.S2!.personId],
      });
      assert.equal(edited.status, 200, JSON.stringify(edited.json()));
      for (const key of ['A', 'B', 'D']) {
        const response = await secretary.send('POST', `/api/assemblies/${slug}/attendance`, {
          personId: members[key]!.personId,
          membershipId: members[key]!.membershipId,
          role: 'voting_member',
          status: 'present',
        });
        assert.equal(response.status, 201, JSON.stringify(response.json()));
      }
      const proxy = await secretary.send('POST', `/api/assemblies/${slug}/proxies`, {
        giverMembershipId: members.C!.membershipId,
        holderMembershipId: members.B!.membershipId,
      });
      assert.equal(proxy.status, 201, JSON.stringify(proxy.json()));
      assert.equal((await secretary.send('POST', `/api/assemblies/${slug}/open`)).status, 200);
      for (const key of ['A', 'B', 'D']) {
        phones[key] = new PhoneClient(url);
        await phones[key].signIn(
          await createConvocationLink(test.runtime.database.db, {
            assemblyId,
            membershipId: members[key]!.membershipId,
            personId: members[key]!.personId,
          }),
        );
      }
    });
    after(() => close());

    /** A phone encrypts one ballot per member it carries, with a credential of its own for each. */
    const ballotFor = (parameters: NonNullable<PollView['encryption']>['parameters'], marked: string[]) =>
      createBallot(nobleGroup, {
        parameters,
        credentialSecret: secureRandom()(),
        marked,
        random: secureRandom(),
      });

    let pollId: string;
    let encryption: NonNullable<PollView['encryption']>;
    const trackers: string[] = [];
    let ballotOfA: EncryptedBallot;

    it('runs the key ceremony: two scrutineers and the server, any two of them decrypt', async () => {
      assert.deepEqual(await get(`/api/assemblies/${slug}/ceremony`), { ceremony: null });
      const tooHigh = await secretary.send('POST', `/api/assemblies/${slug}/ceremony`, { threshold: 4 });
      assert.equal(tooHigh.status, 400);
      const started = await secretary.send('POST', `/api/assemblies/${slug}/ceremony`, {});
      assert.equal(started.status, 201, JSON.stringify(started.json()));
      const { ceremony, links } = started.json() as {
        ceremony: CeremonyView;
        links: { index: number; name: string; link: string }[];
      };
      assert.equal(ceremony.threshold, 2);
      assert.equal(ceremony.status, 'certificates');
      assert.deepEqual(
        ceremony.trustees.map((trustee) => [trustee.index, trustee.name, trustee.isServer, trustee.step]),
        [
          [1, 'MembreS1 ChiffreS1', false, 'certificate'],
          [2, 'MembreS2 ChiffreS2', false, 'certificate'],
          [3, 'Quorum', true, 'commitment'],
        ],
      );
      assert.equal(links.length, 2);
      assert.match(links[0]!.link, new RegExp(`^${url}/trustee#[A-Za-z0-9_-]{43}$`));
      // A second ceremony is refused; one not ready may start again (the old links die).
      assert.equal((await secretary.send('POST', `/api/assemblies/${slug}/ceremony`, {})).status, 409);
      const restarted = await secretary.send('POST', `/api/assemblies/${slug}/ceremony`, { restart: true });
      assert.equal(restarted.status, 201);
      const newLinks = (restarted.json() as { links: { link: string }[] }).links;
      assert.equal((await trusteeSend(url, tokenOfLink(links[0]!.link), 'GET', '/api/trustee')).status, 401);
      // A link re-issued: the new one works, the one before does not.
      const reissued = await secretary.send('POST', `/api/assemblies/${slug}/ceremony/trustees/2/link`);
      assert.equal(reissued.status, 200);
      assert.equal(
        (await trusteeSend(url, tokenOfLink(newLinks[1]!.link), 'GET', '/api/trustee')).status,
        401,
      );
      devices.push(
        { token: tokenOfLink(newLinks[0]!.link), index: 1 },
        { token: tokenOfLink((reissued.json() as { link: string }).link), index: 2 },
      );
      assert.equal((await trusteeSend(url, 'x'.repeat(43), 'GET', '/api/trustee')).status, 401);

      // A secret poll cannot open while the ceremony is not finished.
      const early = await secretary.send('POST', `/api/assemblies/${slug}/polls`, {
        resolutionId: await makeSecretResolution('Le budget trop tôt'),
      });
      assert.equal(early.status, 409);
      assert.equal((early.json() as { code: string }).code, 'ceremony_not_ready');

      // Out of order: a commitment while certificates are awaited.
      const view = (await trusteeSend(url, devices[0]!.token, 'GET', '/api/trustee')).json;
      const outOfOrder = await trusteeSend(url, devices[0]!.token, 'POST', '/api/trustee/commitment', {
        commitment: {
          index: 1,
          coefficients: ['00'.repeat(32), '00'.repeat(32)],
          proof: { c: '00'.repeat(32), r: '00'.repeat(32) },
          shares: [{ to: 1, ephemeral: '00'.repeat(32), value: '00'.repeat(32) }],
        },
      });
      assert.equal(outOfOrder.status, 409);
      // A certificate whose proof is wrong.
      const wrong = await trusteeSend(url, devices[0]!.token, 'POST', '/api/trustee/certificate', {
        certificate: {
          index: 1,
          encryptionKey: view.certificates[0]!.encryptionKey,
          proof: view.certificates[0]!.proof,
        },
      });
      assert.equal(wrong.status, 422);
      assert.equal(
        (wrong.json as unknown as { errors: { path: string }[] }).errors[0]!.path,
        'body.certificate',
      );

      const finished = await runCeremony(url, devices);
      assert.equal(finished.ceremony.status, 'ready');
      assert.match(finished.ceremony.publicKey!, /^[0-9a-f]{64}$/);
      assert.ok(finished.ceremony.trustees.every((trustee) => trustee.step === 'done'));
      // Every step done: a second certificate is refused.
      const again = await trusteeSend(url, devices[0]!.token, 'POST', '/api/trustee/certificate', {
        certificate: view.certificates[0],
      });
      assert.equal(again.status, 409);
    });

    it('takes encrypted ballots only once their proofs are checked, and answers their trackers', async () => {
      const opened = await secretary.send('POST', `/api/assemblies/${slug}/polls`, {
        resolutionId: await makeSecretResolution('Le budget'),
      });
      assert.equal(opened.status, 201, JSON.stringify(opened.json()));
      pollId = (opened.json() as PollView).id;
      const onPhone = (await phones.A!.send('GET', '/api/participant/poll')).json() as ParticipantPoll;
      encryption = onPhone.poll!.encryption!;
      assert.deepEqual(encryption.parameters.question, {
        choices: ['for', 'against', 'abstain', 'blank'],
        min: 1,
        max: 1,
      });
      const path = `/api/participant/polls/${pollId}/ballots`;

      // A ballot whose proof does not hold: refused naming it, nothing recorded.
      ballotOfA = ballotFor(encryption.parameters, ['for']);
      const forged = structuredClone(ballotOfA);
      forged.proofs[0] = forged.proofs[1]!;
      const refused = await phones.A!.send('POST', path, {
        key: 'enc-a-forged',
        ballots: [{ membershipId: members.A!.membershipId, encrypted: forged }],
      });
      assert.equal(refused.status, 422, JSON.stringify(refused.json()));
      assert.equal(
        (refused.json() as { errors: { path: string }[] }).errors[0]!.path,
        'body.ballots.0.encrypted',
      );
      assert.equal(await countRows(test.runtime.database, 'encrypted_ballots', { poll_id: pollId }), 0);
      assert.equal(
        await countRows(test.runtime.database, 'poll_voters', { poll_id: pollId, has_voted: 1 }),
        0,
      );
      // Plain choices on an encrypted poll.
      const plain = await phones.A!.send('POST', path, {
        key: 'enc-a-plain',
        ballots: [{ membershipId: members.A!.membershipId, choices: ['for'] }],
      });
      assert.equal(plain.status, 400);

      const a = await phones.A!.send('POST', path, {
        key: 'enc-a-0001',
        ballots: [{ membershipId: members.A!.membershipId, encrypted: ballotOfA }],
      });
      assert.equal(a.status, 200, JSON.stringify(a.json()));
      trackers.push(...(a.json() as { trackers: string[] }).trackers);
      // The same cast again is harmless and answers the same tracker.
      const repeat = await phones.A!.send('POST', path, {
        key: 'enc-a-0001',
        ballots: [{ membershipId: members.A!.membershipId, encrypted: ballotOfA }],
      });
      assert.deepEqual(repeat.json(), { ...(a.json() as object), isRepeat: true });
      // A's ballot replayed by D (same credential): refused.
      const replayed = await phones.D!.send('POST', path, {
        key: 'enc-d-replay',
        ballots: [{ membershipId: members.D!.membershipId, encrypted: ballotOfA }],
      });
      assert.equal(replayed.status, 409, JSON.stringify(replayed.json()));
      assert.equal((replayed.json() as { code: string }).code, 'credential_used');

      const b = await phones.B!.send('POST', path, {
        key: 'enc-b-0001',
        ballots: [
          { membershipId: members.B!.membershipId, encrypted: ballotFor(encryption.parameters, ['against']) },
          { membershipId: members.C!.membershipId, encrypted: ballotFor(encryption.parameters, ['for']) },
        ],
      });
      assert.equal(b.status, 200, JSON.stringify(b.json()));
      trackers.push(...(b.json() as { trackers: string[] }).trackers);
      const d = await phones.D!.send('POST', path, {
        key: 'enc-d-0001',
        ballots: [
          {
            membershipId: members.D!.membershipId,
            weight: 3,
            encrypted: ballotFor(encryption.parameters, ['against']),
          },
        ],
      });
      assert.equal(d.status, 200, JSON.stringify(d.json()));
      trackers.push(...(d.json() as { trackers: string[] }).trackers);
      // A second vote of A, with a new credential: refused.
      const twice = await phones.A!.send('POST', path, {
        key: 'enc-a-0002',
        ballots: [
          { membershipId: members.A!.membershipId, encrypted: ballotFor(encryption.parameters, ['against']) },
        ],
      });
      assert.equal(twice.status, 409);

      const box = await fetch(`${url}/api/polls/${pollId}/ballot-box`).then((response) => response.json());
      assert.deepEqual(box, { pollId, fingerprint: encryption.fingerprint, trackers: [...trackers].sort() });
      assert.equal((await fetch(`${url}/api/polls/${pollId}/record.json`)).status, 404);
    });

    it('at the close waits for the scrutineers; a database copy then links voters only to ciphertexts', async () => {
      const closed = await secretary.send('POST', `/api/assemblies/${slug}/polls/${pollId}/close`);
      assert.equal(closed.status, 200, JSON.stringify(closed.json()));
      const view = closed.json() as PollView;
      assert.equal(view.status, 'decrypting');
      assert.equal(view.result, null);
      assert.equal(view.encryption!.decryptions, 1, 'the server’s partial decryption is in');
      assert.equal(view.encryption!.threshold, 2);

      // The attacker holds the database after the close.
      const { database } = test.runtime;
      const tables = await database.db.introspection.getTables();
      assert.deepEqual(
        tables
          .find((table) => table.name === 'encrypted_ballots')!
          .columns.map((column) => column.name)
          .sort(),
        ['ballot', 'credential', 'id', 'poll_id', 'tracker'],
        'no member, no weight, no time on an encrypted ballot',
      );
      const stored = await rowsOf(database, 'encrypted_ballots', { poll_id: pollId });
      assert.equal(stored.length, 4);
      const choiceWords = /"(for|against|abstain|blank)"|Pour|Contre/;
      for (const row of stored) {
        assert.doesNotMatch(row.ballot, choiceWords, 'no plaintext choice in a stored ballot');
        assert.ok(!('weight' in (JSON.parse(row.ballot) as object)));
      }
      assert.equal(await countRows(database, 'ballots', { poll_id: pollId }), 0, 'no plain ballot');
      let linked: { member_name: string; weight: number; ballot: string }[];
      if (database.engine === 'postgres') {
        // Same transaction, same xmin: the participation rows and the ballots join back…
        linked = await linkByTransaction(database, pollId);
        assert.ok(linked.length >= 4, 'the xmin join links each voter to their cast’s ballots');
      } else {
        // …and on SQLite the storage order is the random ids', whatever the order of the casts.
        const scanned = await scanOrder(database, 'encrypted_ballots', pollId);
        assert.deepEqual(scanned, [...scanned].sort());
        linked = stored.map((row) => ({ member_name: '?', weight: 0, ballot: row.ballot }));
      }
      // …but what links is a ciphertext: the weight-3 voter's ballot is a ballot like the others,
      // and no choice can be read from it without the trustees.
      for (const row of linked) assert.doesNotMatch(row.ballot, choiceWords);
      const group = await loadSodiumGroup();
      const [secretRow] = await rowsOf(database, 'ceremony_server_secrets');
      const serverShare = decodeScalar(secretRow!.share_secret!);
      for (const row of linked) {
        const ballot = JSON.parse(row.ballot) as EncryptedBallot;
        const alone = decryptPartially(group, {
          fingerprint: encryption.fingerprint,
          index: 3,
          secret: serverShare,
          tally: ballot.ciphertexts,
          random: secureRandom(),
        });
        assert.throws(
          () =>
            combineDecryptions(group, {
              tally: ballot.ciphertexts,
              partials: [alone],
              threshold: 1,
              maxCount: 1,
            }),
          /count out of range/,
          'the server’s share alone decrypts no ballot',
        );
      }
      // Nor does the log say anyone's choice.
      const log = logLines.join('');
      assert.match(log, /participant\/polls/, 'the casts are in the log');
      assert.doesNotMatch(log, /"choices"|"marked"|\\"for\\"|\\"against\\"/);
    });

    it('refuses a bad partial decryption, then gives the result and a record anyone can verify', async () => {
      const view = (await trusteeSend(url, devices[0]!.token, 'GET', '/api/trustee')).json as TrusteeView;
      assert.equal(view.pendingDecryptions.length, 1);
      const pending = view.pendingDecryptions[0]!;
      assert.equal(pending.pollId, pollId);
      const partial = partialOf(devices[0]!, pending);
      const forged = structuredClone(partial);
      forged.factors[0] = forged.factors[1]!;
      const refused = await trusteeSend(
        url,
        devices[0]!.token,
        'POST',
        `/api/trustee/decryptions/${pollId}`,
        {
          partial: forged,
        },
      );
      assert.equal(refused.status, 422);
      const stolen = await trusteeSend(url, devices[1]!.token, 'POST', `/api/trustee/decryptions/${pollId}`, {
        partial,
      });
      assert.equal(stolen.status, 422, 'a trustee cannot post another’s partial');
      assert.equal(
        (await get<{ polls: PollView[] }>(`/api/assemblies/${slug}/polls`)).polls.find(
          (poll) => poll.id === pollId,
        )!.encryption!.decryptions,
        1,
      );

      const given = await trusteeSend<PollView>(
        url,
        devices[0]!.token,
        'POST',
        `/api/trustee/decryptions/${pollId}`,
        {
          partial,
        },
      );
      assert.equal(given.status, 200, JSON.stringify(given.json));
      assert.equal(given.json.status, 'closed');
      const result = given.json.result;
      assert.ok(result?.kind === 'resolution');
      assert.deepEqual(result.counts, { for: 2, against: 4, abstain: 0, blank: 0 });
      assert.equal(result.isAdopted, false);
      assert.match(given.json.encryption!.recordFingerprint!, /^[A-Za-z0-9_-]{43}$/);
      const late = await trusteeSend(url, devices[1]!.token, 'POST', `/api/trustee/decryptions/${pollId}`, {
        partial: partialOf(devices[1]!, pending),
      });
      assert.equal(late.status, 409);

      const record = (await fetch(`${url}/api/polls/${pollId}/record.json`).then((response) =>
        response.json(),
      )) as PollRecord;
      const verified = verifyRecord(nobleGroup, record);
      assert.equal(verified.ballotCount, 4);
      assert.equal(verified.totalWeight, 6);
      assert.deepEqual(verifyRecord(await loadSodiumGroup(), record).result, [
        { choice: 'for', count: 2 },
        { choice: 'against', count: 4 },
        { choice: 'abstain', count: 0 },
        { choice: 'blank', count: 0 },
      ]);
      assert.deepEqual(
        record.ballots.map((entry) => entry.tracker),
        [...trackers].sort(),
      );
      assert.doesNotMatch(
        JSON.stringify(record),
        /Chiffre[ABCD]|Ville Chiffrée/,
        'no voter named in the record',
      );
      const audit = await get<{ events: { action: string; actorUserId: string | null }[] }>(
        `/api/assemblies/${slug}/polls/${pollId}/audit`,
      );
      assert.deepEqual(
        audit.events.map((event) => [event.action, event.actorUserId === null]),
        [
          ['poll.opened', false],
          ['poll.closed', false],
          ['poll.result', true],
        ],
        'the result comes from the trustees’ decryptions, not from a staff account',
      );
      // The minutes state the secrecy and the record's fingerprint, and list the record in an annex.
      const fingerprint = given.json.encryption!.recordFingerprint!;
      const minutes = await fetch(`${url}/api/assemblies/${slug}/minutes/document?format=md`, {
        headers: secretary.headers,
      })
        .then((response) => response.text())
        // Markdown escapes the fingerprint's underscores.
        .then((text) => text.replace(/\\([_*-])/g, '$1'));
      assert.ok(
        minutes.includes(
          `Scrutin secret chiffré\u202f; résultat vérifiable, empreinte du registre\u202f: ${fingerprint}.`,
        ),
        minutes,
      );
      assert.ok(minutes.includes(`${url}/api/polls/${pollId}/record.json (empreinte ${fingerprint})`));
      const english = await fetch(`${url}/api/assemblies/${slug}/minutes/document?format=md&lang=en`, {
        headers: secretary.headers,
      })
        .then((response) => response.text())
        .then((text) => text.replace(/\\([_*-])/g, '$1'));
      assert.ok(
        english.includes(
          `Encrypted secret ballot; verifiable result, fingerprint of the record: ${fingerprint}.`,
        ),
      );
      const resolutions = await get<{ resolutions: { title: string; counts: unknown }[] }>(
        `/api/assemblies/${slug}/resolutions`,
      );
      assert.deepEqual(resolutions.resolutions.find((entry) => entry.title === 'Le budget')!.counts, {
        for: 2,
        against: 4,
        abstain: 0,
        blank: 0,
      });
    });

    it('runs an encrypted election: up to the seats per ballot, weights, a blank ballot', async () => {
      const created = await secretary.send('POST', `/api/assemblies/${slug}/elections`, {
        agendaItemId: electionItemId,
        title: 'Élection chiffrée',
        seats: 2,
        isSecret: true,
        mandateStartsOn: today,
        candidates: ['A', 'B', 'S1'].map((key) => ({ personId: members[key]!.personId })),
      });
      assert.equal(created.status, 201, JSON.stringify(created.json()));
      const election = created.json() as { id: string; candidates: { id: string; personId: string }[] };
      const candidate = (key: string) =>
        election.candidates.find((entry) => entry.personId === members[key]!.personId)!.id;
      const opened = await secretary.send('POST', `/api/assemblies/${slug}/polls`, {
        electionId: election.id,
      });
      assert.equal(opened.status, 201, JSON.stringify(opened.json()));
      const poll = opened.json() as PollView;
      const { parameters } = poll.encryption!;
      assert.deepEqual(parameters.question, {
        choices: ['A', 'B', 'S1'].map(candidate),
        min: 0,
        max: 2,
      });
      const path = `/api/participant/polls/${poll.id}/ballots`;
      const casts: [string, { membershipId: string; marked: string[] }[]][] = [
        ['A', [{ membershipId: members.A!.membershipId, marked: [candidate('A'), candidate('B')] }]],
        [
          'B',
          [
            { membershipId: members.B!.membershipId, marked: [candidate('A')] },
            { membershipId: members.C!.membershipId, marked: [] },
          ],
        ],
        ['D', [{ membershipId: members.D!.membershipId, marked: [candidate('S1')] }]],
      ];
      for (const [key, ballots] of casts) {
        const response = await phones[key]!.send('POST', path, {
          key: `election-${key}`,
          ballots: ballots.map((ballot) => ({
            membershipId: ballot.membershipId,
            encrypted: ballotFor(parameters, ballot.marked),
          })),
        });
        assert.equal(response.status, 200, JSON.stringify(response.json()));
      }
      const closed = await secretary.send('POST', `/api/assemblies/${slug}/polls/${poll.id}/close`);
      assert.equal((closed.json() as PollView).status, 'decrypting');
      // The second scrutineer and the server: two of three.
      const view = (await trusteeSend(url, devices[1]!.token, 'GET', '/api/trustee')).json;
      const pending = view.pendingDecryptions.find((entry) => entry.pollId === poll.id)!;
      const given = await trusteeSend<PollView>(
        url,
        devices[1]!.token,
        'POST',
        `/api/trustee/decryptions/${poll.id}`,
        {
          partial: partialOf(devices[1]!, pending),
        },
      );
      assert.equal(given.status, 200, JSON.stringify(given.json));
      const result = given.json.result;
      assert.ok(result?.kind === 'election');
      assert.deepEqual(
        result.candidates.map((entry) => [entry.label, entry.votes, entry.isElected]),
        [
          ['MembreS1 ChiffreS1', 3, true],
          ['MembreA ChiffreA', 2, true],
          ['MembreB ChiffreB', 1, false],
        ],
      );
      const record = (await fetch(`${url}/api/polls/${poll.id}/record.json`).then((response) =>
        response.json(),
      )) as PollRecord;
      assert.equal(verifyRecord(await loadSodiumGroup(), record).totalWeight, 6);
    });

    it('cancels a poll its scrutineers cannot decrypt: never decrypted, and voted again', async () => {
      const resolutionId = await makeSecretResolution('Le local');
      const opened = (
        await secretary.send('POST', `/api/assemblies/${slug}/polls`, { resolutionId })
      ).json() as PollView;
      const cast = await phones.A!.send('POST', `/api/participant/polls/${opened.id}/ballots`, {
        key: 'enc-a-stuck',
        ballots: [
          {
            membershipId: members.A!.membershipId,
            encrypted: ballotFor(opened.encryption!.parameters, ['against']),
          },
        ],
      });
      assert.equal(cast.status, 200, JSON.stringify(cast.json()));
      const closed = await secretary.send('POST', `/api/assemblies/${slug}/polls/${opened.id}/close`);
      assert.equal((closed.json() as PollView).status, 'decrypting');
      const pending = (await trusteeSend(url, devices[0]!.token, 'GET', '/api/trustee')).json as TrusteeView;
      const waiting = pending.pendingDecryptions.find((item) => item.pollId === opened.id)!;
      assert.ok(waiting);

      // The scrutineers' devices are lost: the secretary cancels the poll.
      const cancelled = await secretary.send('POST', `/api/assemblies/${slug}/polls/${opened.id}/cancel`);
      assert.equal(cancelled.status, 200, JSON.stringify(cancelled.json()));
      assert.equal((cancelled.json() as PollView).status, 'cancelled');
      assert.equal((cancelled.json() as PollView).result, null);
      const again = await secretary.send('POST', `/api/assemblies/${slug}/polls/${opened.id}/cancel`);
      assert.equal(again.status, 409);
      const view = (await trusteeSend(url, devices[0]!.token, 'GET', '/api/trustee')).json as TrusteeView;
      assert.ok(!view.pendingDecryptions.some((item) => item.pollId === opened.id));
      const late = await trusteeSend(
        url,
        devices[0]!.token,
        'POST',
        `/api/trustee/decryptions/${opened.id}`,
        {
          partial: partialOf(devices[0]!, waiting),
        },
      );
      assert.equal(late.status, 409, 'a decryption after the cancellation is refused');
      assert.equal(await countRows(test.runtime.database, 'partial_decryptions', { poll_id: opened.id }), 1);
      const record = await fetch(`${url}/api/polls/${opened.id}/record.json`);
      assert.equal(record.status, 404, 'a cancelled poll publishes no record');

      const reopened = await secretary.send('POST', `/api/assemblies/${slug}/polls`, { resolutionId });
      assert.equal(reopened.status, 201, JSON.stringify(reopened.json()));
      const cancelledAgain = await secretary.send(
        'POST',
        `/api/assemblies/${slug}/polls/${(reopened.json() as PollView).id}/cancel`,
      );
      assert.equal(cancelledAgain.status, 200);
    });
  });
}
