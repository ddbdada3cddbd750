import type { Insertable } from 'kysely';
import type { DbOrTransaction } from '../../db/database.ts';
import type { RecoveryCodesTable } from '../../db/tables.ts';

/**
 * Records a TOTP step as used; false when that step or a later one was already accepted (a replayed
 * code, or two requests racing with the same code).
 */
export async function acceptTotpStep(db: DbOrTransaction, userId: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertRecoveryCodes(
  db: DbOrTransaction,
  codes: Insertable<RecoveryCodesTable>[],
): Promise<void> {
  await db.insertInto('recovery_codes').values(codes).execute();
}

export async function deleteRecoveryCodes(db: DbOrTransaction, userId: string): Promise<void> {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
}

export async function countUnusedRecoveryCodes(db: DbOrTransaction, userId: string): Promise<number> {
  const row = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Marks an unused recovery code used; false when there is none with that hash (or it served already). */
export async function useRecoveryCode(
  db: DbOrTransaction,
  userId: string,
  codeHash: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
