import type { DbOrTransaction } from '../../db/database.ts';
import {
  listAuditEvents as listEventsOf,
  recordAuditEvent as insertAuditEvent,
  type AuditEntry,
} from './audit.repository.ts';

/**
 * Appends to the audit log, inside the transaction of the change it records: what every domain's
 * use cases call (a domain imports no other domain's repository).
 */
export async function recordAuditEvent(db: DbOrTransaction, entry: AuditEntry): Promise<void> {
  await insertAuditEvent(db, entry);
}

/** The audit events of one subject (`poll`, its id), oldest first. */
export async function listAuditEvents(db: DbOrTransaction, subjectType: string, subjectId: string) {
  return listEventsOf(db, subjectType, subjectId);
}
