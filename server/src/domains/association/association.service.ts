import type { AssociationView } from '../../../../common/association.schemas.ts';
import { isLanguage } from '../../../../common/i18n/messages.ts';
import type { ServiceContext } from '../../context.ts';
import { newId, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import {
  findAssociation,
  insertAssociation,
  updateAssociation,
  type AssociationRow,
} from './association.repository.ts';

function present(row: AssociationRow | undefined, fallbackTimeZone: string): AssociationView {
  return {
    name: row?.name ?? 'Mon association',
    shortName: row?.short_name ?? 'Association',
    timeZone: row?.time_zone ?? fallbackTimeZone,
    locale: isLanguage(row?.locale) ? row.locale : 'fr',
  };
}

/** The association Quorum runs; a fresh database has none yet and gets neutral defaults. */
export async function getAssociation(context: ServiceContext): Promise<AssociationView> {
  return present(await findAssociation(context.database.db), context.config.timeZone);
}

export async function saveAssociation(
  context: ServiceContext,
  { actor, association }: { actor: SessionUser | null; association: AssociationView },
): Promise<AssociationView> {
  await context.database.db.transaction().execute(async (transaction) => {
    const existing = await findAssociation(transaction);
    const now = nowIso();
    const values = {
      name: association.name,
      short_name: association.shortName,
      time_zone: association.timeZone,
      locale: association.locale,
      updated_at: now,
    };
    if (existing) await updateAssociation(transaction, existing.id, values);
    else
      await insertAssociation(transaction, {
        id: newId(),
        organisation_id: null,
        created_at: now,
        ...values,
      });
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'association.updated',
      subjectType: 'association',
      subjectId: existing?.id ?? null,
      details: { ...association },
    });
  });
  return getAssociation(context);
}
