import { statutesToColumns } from '../src/domains/assemblies/statutes.ts';
import { matchKeys, personSearchText, searchWords } from '../src/domains/register/person-matching.ts';
import type { DbOrTransaction } from '../src/db/database.ts';
import { newId } from '../src/ids.ts';

/**
 * Large registers written directly for benchmarks and crash tests (thousands of members in a few
 * statements rather than one service call each), indexed the way refreshPersonIndex would.
 */

/** Statutes in force since 2000: individual members vote with one vote, a quarter for the quorum, two proxies. */
export async function insertPlainStatutes(db: DbOrTransaction, now: string): Promise<void> {
  await db
    .insertInto('statutes_versions')
    .values({
      id: newId(),
      ...statutesToColumns({
        effectiveFrom: '2000-01-01',
        votingWeights: { individual: 1 },
        requiresFeePaid: false,
        ordinaryQuorum: { numerator: 1, denominator: 4 },
        extraordinaryQuorum: null,
        doProxiesCount: true,
        isSecondConvocationFree: true,
        maxProxiesPerHolder: 2,
        doesRemoteCount: true,
        defaultMajority: 'simple',
        noticeDays: 15,
      }),
      created_at: now,
      created_by: null,
    })
    .execute();
}

export interface BulkMember {
  personId: string;
  membershipId: string;
  firstName: string;
  lastName: string;
}

/**
 * Persons with an individual membership of `year`, validated on `validatedOn` when given. Call it
 * with a few hundred members at a time (each statement binds every value).
 */
export async function insertIndividualMembers(
  db: DbOrTransaction,
  members: BulkMember[],
  { year, now, validatedOn }: { year: number; now: string; validatedOn?: string },
): Promise<void> {
  const searchTexts = members.map((member) => personSearchText(member, []));
  await db
    .insertInto('persons')
    .values(
      members.map((member, index) => ({
        id: member.personId,
        civility: null,
        first_name: member.firstName,
        last_name: member.lastName,
        email: null,
        phone: null,
        address_line: null,
        postal_code: null,
        city: null,
        country: null,
        notes: null,
        created_at: now,
        updated_at: now,
        search_text: searchTexts[index]!,
        email_consent_at: null,
        erased_at: null,
        merged_into_id: null,
      })),
    )
    .execute();
  await db
    .insertInto('person_match_keys')
    .values(
      members.flatMap((member) =>
        matchKeys(member).map((key) => ({ id: newId(), person_id: member.personId, match_key: key })),
      ),
    )
    .execute();
  await db
    .insertInto('person_search_words')
    .values(
      members.flatMap((member, index) =>
        searchWords(searchTexts[index]!).map((word) => ({ person_id: member.personId, word })),
      ),
    )
    .execute();
  await db
    .insertInto('memberships')
    .values(
      members.map((member) => ({
        id: member.membershipId,
        year,
        person_id: member.personId,
        organisation_id: null,
        category: 'individual',
        partner_organisation_id: null,
        notes: null,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
  if (validatedOn === undefined) return;
  await db
    .insertInto('membership_status_changes')
    .values(
      members.map((member) => ({
        id: newId(),
        membership_id: member.membershipId,
        status: 'validated',
        effective_on: validatedOn,
        recorded_at: now,
        recorded_by: null,
      })),
    )
    .execute();
}
