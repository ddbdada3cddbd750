import http from 'node:http';
import { insertIndividualMembers, insertPlainStatutes } from './bulk-members.ts';
import type { Db } from '../src/db/database.ts';
import { hashToken, isoAfter, newId, newSecretToken, nowIso } from '../src/ids.ts';

/** A phone signed in to the assembly: the participant cookie and CSRF token a convocation link would give. */
export interface SeatedPhone {
  membershipId: string;
  cookie: string;
  csrfToken: string;
}

/**
 * An open assembly today with `voters` individual members, all present, each with a participant
 * session written directly (signing in is not what benchmarks and crash tests exercise), and one
 * deliberative agenda item. Used by bench:votes and the SIGKILL test.
 */
export async function seedVotingAssembly(db: Db, { voters, slug }: { voters: number; slug: string }) {
  const now = nowIso();
  const today = now.slice(0, 10);
  const year = Number(today.slice(0, 4));
  await insertPlainStatutes(db, now);
  const assemblyId = newId();
  const agendaItemId = newId();
  await db
    .insertInto('assemblies')
    .values({
      id: assemblyId,
      slug,
      kind: 'ordinary',
      title: 'AG de mesure',
      held_on: today,
      place: 'Salle',
      planned_start_at: now,
      planned_end_at: null,
      actual_start_at: now,
      actual_end_at: null,
      chair_person_id: null,
      secretary_person_id: null,
      membership_year: year,
      is_second_convocation: 0,
      statutes_version_id: null,
      quorum_snapshot: null,
      current_agenda_item_id: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await db
    .insertInto('agenda_items')
    .values({
      id: agendaItemId,
      assembly_id: assemblyId,
      position: 1,
      kind: 'deliberative',
      title: 'Approbation des comptes',
      presenter: null,
      planned_minutes: null,
    })
    .execute();
  const phones: SeatedPhone[] = [];
  for (let start = 0; start < voters; start += 500) {
    const batch = Array.from({ length: Math.min(500, voters - start) }, (_, offset) => ({
      index: start + offset,
      personId: newId(),
      membershipId: newId(),
      convocationId: newId(),
      sessionToken: newSecretToken(),
      csrfToken: newSecretToken(),
    }));
    await db.transaction().execute(async (transaction) => {
      await insertIndividualMembers(
        transaction,
        batch.map((entry) => ({
          personId: entry.personId,
          membershipId: entry.membershipId,
          firstName: 'Votant',
          lastName: `Numéro-${entry.index}`,
        })),
        { year, now, validatedOn: `${year}-01-01` },
      );
      await transaction
        .insertInto('attendances')
        .values(
          batch.map((entry) => ({
            id: newId(),
            assembly_id: assemblyId,
            person_id: entry.personId,
            organisation_id: null,
            membership_id: entry.membershipId,
            label: null,
            role: 'voting_member',
            status: 'present',
            position: entry.index + 1,
            arrived_at: now,
            left_at: null,
            updated_at: now,
          })),
        )
        .execute();
      await transaction
        .insertInto('convocations')
        .values(
          batch.map((entry) => ({
            id: entry.convocationId,
            assembly_id: assemblyId,
            membership_id: entry.membershipId,
            person_id: entry.personId,
            email: null,
            token_hash: hashToken(newSecretToken()),
            status: 'sent',
            error: null,
            sent_at: now,
            answer: 'attending',
            answered_at: now,
            expires_at: isoAfter(86_400_000),
            created_at: now,
          })),
        )
        .execute();
      // Signing in on the phone is not what is measured: the sessions the convocation links
      // would open are written directly.
      await transaction
        .insertInto('participant_sessions')
        .values(
          batch.map((entry) => ({
            id: hashToken(entry.sessionToken),
            assembly_id: assemblyId,
            convocation_id: entry.convocationId,
            csrf_token: entry.csrfToken,
            created_at: now,
            expires_at: isoAfter(86_400_000),
          })),
        )
        .execute();
    });
    phones.push(
      ...batch.map((entry) => ({
        membershipId: entry.membershipId,
        cookie: `quorum_participant=${entry.sessionToken}`,
        csrfToken: entry.csrfToken,
      })),
    );
  }
  return { assemblyId, agendaItemId, phones };
}

/**
 * One vote "for" (or the encrypted ballot given) from a seated phone on its real route, over a plain HTTP agent (so a test can count
 * in-flight casts and cut them off with the server); resolves with the HTTP status.
 */
export function castFromPhone(
  address: URL,
  phone: SeatedPhone,
  pollId: string,
  agent: http.Agent,
  encrypted?: unknown,
): Promise<number> {
  const payload = JSON.stringify({
    key: `cast-key-${phone.membershipId}`,
    ballots: [
      encrypted
        ? { membershipId: phone.membershipId, encrypted }
        : { membershipId: phone.membershipId, choices: ['for'] },
    ],
  });
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: address.hostname,
        port: address.port,
        path: `/api/participant/polls/${pollId}/ballots`,
        method: 'POST',
        agent,
        headers: {
          cookie: phone.cookie,
          'x-csrf-token': phone.csrfToken,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}
