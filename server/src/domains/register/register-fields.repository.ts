import type { Insertable, Updateable } from 'kysely';
import type { DbOrTransaction } from '../../db/database.ts';
import type { RegisterFieldsTable } from '../../db/tables.ts';
import { nextVersion } from '../../db/record-version.ts';

export async function listRegisterFieldRows(db: DbOrTransaction) {
  return db.selectFrom('register_fields').selectAll().orderBy('position').orderBy('code').execute();
}

export async function findRegisterFieldRow(db: DbOrTransaction, code: string) {
  return db.selectFrom('register_fields').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function insertRegisterFieldRow(
  db: DbOrTransaction,
  row: Omit<Insertable<RegisterFieldsTable>, 'position'>,
) {
  const last = await db
    .selectFrom('register_fields')
    .select((builder) => builder.fn.max('position').as('position'))
    .executeTakeFirst();
  await db
    .insertInto('register_fields')
    .values({ ...row, position: Number(last?.position ?? 0) + 1 })
    .execute();
}

/** Changes a field and raises its version; false (nothing changed) when `expectedVersion` is no longer its version. */
export async function updateRegisterFieldRow(
  db: DbOrTransaction,
  code: string,
  changes: Updateable<RegisterFieldsTable>,
  expectedVersion?: number,
): Promise<boolean> {
  let query = db
    .updateTable('register_fields')
    .set({ ...changes, version: nextVersion })
    .where('code', '=', code);
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
  const result = await query.executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteRegisterFieldRow(db: DbOrTransaction, code: string) {
  await db.deleteFrom('register_fields').where('code', '=', code).execute();
}

/** Every person's values of the register's own fields (JSON text), for those that have any. */
export async function listCustomFieldValues(db: DbOrTransaction) {
  return db
    .selectFrom('persons')
    .select(['id', 'custom_fields'])
    .where('custom_fields', 'is not', null)
    .where('merged_into_id', 'is', null)
    .execute();
}

/** Every organisation's values of the register's own fields (JSON text), for those that have any. */
export async function listOrganisationFieldValues(db: DbOrTransaction) {
  return db
    .selectFrom('organisations')
    .select(['id', 'custom_fields'])
    .where('custom_fields', 'is not', null)
    .execute();
}
