import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbOrTransaction } from '../../db/database.ts';
import type { AssociationTable } from '../../db/tables.ts';
import { nextVersion } from '../../db/record-version.ts';

export type AssociationRow = Selectable<AssociationTable>;

export async function findAssociation(db: DbOrTransaction): Promise<AssociationRow | undefined> {
  return db.selectFrom('association').selectAll().orderBy('created_at').executeTakeFirst();
}

export async function insertAssociation(
  db: DbOrTransaction,
  row: Insertable<AssociationTable>,
): Promise<void> {
  await db.insertInto('association').values(row).execute();
}

export async function updateAssociation(
  db: DbOrTransaction,
  id: string,
  changes: Updateable<AssociationTable>,
): Promise<void> {
  await db
    .updateTable('association')
    .set({ ...changes, version: nextVersion })
    .where('id', '=', id)
    .execute();
}
