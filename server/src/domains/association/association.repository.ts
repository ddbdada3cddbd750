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

/** Changes the association and raises its version; false (nothing changed) when `expectedVersion` is no longer its version. */
export async function updateAssociation(
  db: DbOrTransaction,
  id: string,
  changes: Updateable<AssociationTable>,
  expectedVersion?: number,
): Promise<boolean> {
  let query = db
    .updateTable('association')
    .set({ ...changes, version: nextVersion })
    .where('id', '=', id);
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
  const result = await query.executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * A change made beside the identity form (the logo, the two-factor requirement): the version stays,
 * so the administrator's own logo upload does not make the form on the same page stale.
 */
export async function updateAssociationAside(
  db: DbOrTransaction,
  id: string,
  changes: Pick<
    Updateable<AssociationTable>,
    'logo_base64' | 'logo_media_type' | 'two_factor_required' | 'updated_at'
  >,
): Promise<void> {
  await db.updateTable('association').set(changes).where('id', '=', id).execute();
}
