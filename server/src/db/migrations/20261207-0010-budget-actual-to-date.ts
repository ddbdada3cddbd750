import type { Kysely } from 'kysely';

/**
 * A budget may carry its own year's actual as it stands on a day ("réalisé au 31 mai"), beside the
 * forecast and the previous year's actual: the day is kept on the column; the year's closed actual has
 * none.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('budget_columns').addColumn('as_of', 'text').execute();
}
