import type { Kysely } from 'kysely';

/**
 * Statutes per kind of meeting: each version holds, as JSON, the rules of the ordinary and
 * extraordinary general assembly, the board meeting and the bureau (quorum and its base, proxies,
 * remote participation, correspondence votes, agenda changes, majority and its base, who votes,
 * notice). Existing versions get the rules their columns express today, so nothing they counted
 * changes; a board meeting and a bureau are voted by the board, with no quorum.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('statutes_versions').addColumn('meeting_rules', 'text').execute();
  const rows: {
    id: string;
    ordinary_quorum: string | null;
    extraordinary_quorum: string | null;
    do_proxies_count: number;
    max_proxies_per_holder: number;
    does_remote_count: number;
    default_majority: string;
    notice_days: number;
  }[] = (await db.selectFrom('statutes_versions').selectAll().execute()) as never;
  for (const row of rows) {
    const general = (quorum: string | null) => ({
      quorum: quorum ? JSON.parse(quorum) : null,
      quorumBase: Number(row.do_proxies_count) === 1 ? 'present_or_represented' : 'present',
      doesRemoteCount: Number(row.does_remote_count) === 1,
      areProxiesAllowed: Number(row.max_proxies_per_holder) > 0,
      maxProxiesPerHolder: Number(row.max_proxies_per_holder),
      isRemoteAllowed: true,
      areCorrespondenceVotesAllowed: false,
      canChangeAgenda: false,
      majority: row.default_majority,
      majorityBase: 'expressed',
      voters: 'members',
      noticeDays: Number(row.notice_days),
    });
    const council = {
      ...general(null),
      quorumBase: 'present',
      canChangeAgenda: true,
      voters: 'board',
    };
    const rules = {
      ordinary: general(row.ordinary_quorum),
      extraordinary: general(row.extraordinary_quorum),
      board: council,
      bureau: council,
    };
    await db
      .updateTable('statutes_versions')
      .set({ meeting_rules: JSON.stringify(rules) })
      .where('id', '=', row.id)
      .execute();
  }
}
