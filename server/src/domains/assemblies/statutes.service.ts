import type { StatutesInput } from '../../../../common/assemblies.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { AppError } from '../../http/app-error.ts';
import { newId, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import {
  findStatutesRow,
  findStatutesRowInForce,
  insertStatutesRow,
  listStatutesRows,
} from './statutes.repository.ts';
import { statutesFromRow, statutesToColumns, type Statutes } from './statutes.ts';

/** The version in force on a day: the latest that took effect on or before it. */
export async function statutesInForce(db: DbOrTransaction, day: string): Promise<Statutes | undefined> {
  const row = await findStatutesRowInForce(db, day);
  return row ? statutesFromRow(row) : undefined;
}

export async function listStatutes(context: ServiceContext): Promise<Statutes[]> {
  return (await listStatutesRows(context.database.db)).map(statutesFromRow);
}

/** A new version; earlier ones stay, so an assembly keeps the rules of its date. */
export async function addStatutesVersion(
  context: ServiceContext,
  { actor, statutes }: { actor: SessionUser | null; statutes: StatutesInput },
): Promise<Statutes> {
  const id = newId();
  await context.database.db.transaction().execute(async (transaction) => {
    await insertStatutesRow(transaction, {
      id,
      ...statutesToColumns(statutes),
      created_at: nowIso(),
      created_by: actor?.id ?? null,
    });
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'statutes.version_added',
      subjectType: 'statutes',
      subjectId: id,
      details: { ...statutes },
    });
  });
  const row = await findStatutesRow(context.database.db, id);
  if (!row) throw new Error(`statutes version ${id} vanished after its insert`);
  return statutesFromRow(row);
}

export async function requireStatutes(db: DbOrTransaction, day: string): Promise<Statutes> {
  const statutes = await statutesInForce(db, day);
  if (!statutes) {
    throw new AppError('no_statutes_in_force', { day });
  }
  return statutes;
}
