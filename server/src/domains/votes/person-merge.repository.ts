import type { DbOrTransaction } from '../../db/database.ts';
import { AppError } from '../../http/app-error.ts';
import { registerPersonMerge, type MergeStep } from '../register/person-merge.ts';

/**
 * A membership joined into another of the same year, in the polls (rule in ARCHITECTURE.md, "Merging
 * two persons"): a poll never changes. The votes it carried for others now are the kept membership's
 * to carry; its participation rows move to the kept membership, and its named ballots with them.
 * Where both memberships were eligible in one poll, each ballot was cast legitimately and stays
 * (no ballot is moved between polls, re-weighted or removed, so no count changes); the kept
 * participation row remains and has voted if either had. While such a poll is open and one of the
 * two has not voted yet, the merge is refused: it would take away a vote still to be cast.
 * Secret ballots have no membership: there is nothing to move, and nothing is added. An encrypted
 * poll not yet decrypted needs each voter's credential on its roll: a merge that would drop one is
 * refused until the result is in.
 */
async function joinMembership(transaction: DbOrTransaction, { from, into }: MergeStep): Promise<void> {
  await transaction
    .updateTable('poll_voters')
    .set({ holder_membership_id: into })
    .where('holder_membership_id', '=', from)
    .execute();
  for (const voter of await transaction
    .selectFrom('poll_voters')
    .innerJoin('polls', 'polls.id', 'poll_voters.poll_id')
    .select([
      'poll_voters.id',
      'poll_voters.poll_id',
      'poll_voters.has_voted',
      'poll_voters.cast_key',
      'poll_voters.credential',
    ])
    .select(['polls.status', 'polls.title', 'polls.encryption'])
    .where('poll_voters.membership_id', '=', from)
    .execute()) {
    const kept = await transaction
      .selectFrom('poll_voters')
      .select(['id', 'has_voted', 'cast_key', 'credential'])
      .where('poll_id', '=', voter.poll_id)
      .where('membership_id', '=', into)
      .executeTakeFirst();
    if (!kept) {
      await transaction
        .updateTable('poll_voters')
        .set({ membership_id: into })
        .where('id', '=', voter.id)
        .execute();
      continue;
    }
    if (voter.status === 'open' && !(voter.has_voted === 1 && kept.has_voted === 1))
      throw new AppError('merge_blocked_by_open_poll', { poll: voter.title });
    const isUndecrypted =
      voter.encryption !== null && (voter.status === 'open' || voter.status === 'decrypting');
    if (isUndecrypted && voter.has_voted === 1 && kept.has_voted === 1)
      throw new AppError('merge_blocked_by_open_poll', { poll: voter.title });
    await transaction
      .updateTable('poll_voters')
      .set({
        has_voted: Math.max(voter.has_voted, kept.has_voted),
        cast_key: kept.cast_key ?? voter.cast_key,
        credential: kept.credential ?? voter.credential,
      })
      .where('id', '=', kept.id)
      .execute();
    await transaction.deleteFrom('poll_voters').where('id', '=', voter.id).execute();
  }
  await transaction
    .updateTable('ballots')
    .set({ membership_id: into })
    .where('membership_id', '=', from)
    .execute();
}

/** Candidacies, the candidates' options in polls, board mandates and key ceremonies' trustees follow the kept record. */
async function repointPerson(transaction: DbOrTransaction, { from, into }: MergeStep): Promise<void> {
  for (const table of ['election_candidates', 'poll_options', 'mandates', 'ceremony_trustees'] as const) {
    await transaction.updateTable(table).set({ person_id: into }).where('person_id', '=', from).execute();
  }
}

registerPersonMerge({
  domain: 'votes',
  columns: [
    { table: 'poll_voters', column: 'membership_id' },
    { table: 'poll_voters', column: 'holder_membership_id' },
    { table: 'ballots', column: 'membership_id' },
    { table: 'election_candidates', column: 'person_id' },
    { table: 'poll_options', column: 'person_id' },
    { table: 'mandates', column: 'person_id' },
    { table: 'ceremony_trustees', column: 'person_id' },
  ],
  repointMembership: joinMembership,
  repointPerson,
});
