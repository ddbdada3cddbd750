import { registerPersonMerge } from '../register/person-merge.ts';

/** Staff members linked to the register follow the kept record (their printed name stays as recorded). */
registerPersonMerge({
  domain: 'budget',
  columns: [{ table: 'staff_members', column: 'person_id' }],
  repointPerson: async (transaction, { from, into }) => {
    await transaction
      .updateTable('staff_members')
      .set({ person_id: into })
      .where('person_id', '=', from)
      .execute();
  },
});
