import type { DbOrTransaction } from '../../db/database.ts';
import { newId, nowIso } from '../../ids.ts';

export interface AuditEntry {
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  details?: Record<string, unknown>;
}

/** Appends to the audit log; called inside the transaction of the change it records. */
export async function recordAuditEvent(db: DbOrTransaction, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      id: newId(),
      occurred_at: nowIso(),
      actor_user_id: entry.actorUserId,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

export async function listAuditEvents(db: DbOrTransaction, subjectType: string, subjectId: string) {
  return db
    .selectFrom('audit_events')
    .selectAll()
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', subjectId)
    .orderBy('occurred_at')
    .execute();
}
