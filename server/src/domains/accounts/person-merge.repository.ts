import type { DbOrTransaction } from '../../db/database.ts';
import { registerPersonMerge } from '../register/person-merge.ts';

/** A user account of the removed record now signs in as the kept one. */
registerPersonMerge({
  domain: 'accounts',
  columns: [{ table: 'users', column: 'person_id' }],
  repointPerson: async (transaction, { from, into }) => {
    await transaction.updateTable('users').set({ person_id: into }).where('person_id', '=', from).execute();
  },
  countLinks: async (db: DbOrTransaction, personId) => {
    const row = await db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('person_id', '=', personId)
      .executeTakeFirstOrThrow();
    return { accounts: Number(row.n) };
  },
});
