import { dayIn, daysBetween, utcToZonedTime, zonedTimeToUtc } from '../../../../common/time-zones.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { AppError } from '../../http/app-error.ts';
import { hashToken, newId, newSecretToken, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { getAssociation } from '../association/association.service.ts';
import { recordAuditEvent } from '../audit/audit.repository.ts';
import { listAgendaItems, type AssemblyRow } from './assemblies.repository.ts';
import { requireAssembly } from './assemblies.service.ts';
import { computeSheet } from './attendance.service.ts';
import { convocationMail } from './convocation.mail.ts';

interface Recipient {
  membershipId: string;
  memberName: string;
  personId: string | null;
  email: string | null;
}

/** Who receives a member's convocation: the individual, or the person who speaks for the organisation. */
async function recipients(db: DbOrTransaction, assembly: AssemblyRow): Promise<Recipient[]> {
  const sheet = await computeSheet(db, assembly);
  const result: Recipient[] = [];
  for (const member of sheet.votingMembers) {
    if (member.personId) {
      const person = await db
        .selectFrom('persons')
        .select(['id', 'email'])
        .where('id', '=', member.personId)
        .executeTakeFirst();
      result.push({
        membershipId: member.membershipId,
        memberName: member.memberName,
        personId: member.personId,
        email: person?.email ?? null,
      });
      continue;
    }
    const speaker = await db
      .selectFrom('affiliations')
      .innerJoin('persons', 'persons.id', 'affiliations.person_id')
      .select(['persons.id', 'persons.email'])
      .where('affiliations.organisation_id', '=', member.organisationId!)
      .where('affiliations.is_staff', '=', 0)
      .orderBy('persons.email', 'desc')
      .executeTakeFirst();
    const organisation = await db
      .selectFrom('organisations')
      .select('email')
      .where('id', '=', member.organisationId!)
      .executeTakeFirst();
    result.push({
      membershipId: member.membershipId,
      memberName: member.memberName,
      personId: speaker?.id ?? null,
      email: speaker?.email ?? organisation?.email ?? null,
    });
  }
  return result;
}

export async function convocationProgress(context: ServiceContext, slug: string) {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  const rows = await db
    .selectFrom('convocations')
    .innerJoin('memberships', 'memberships.id', 'convocations.membership_id')
    .leftJoin('persons as member', 'member.id', 'memberships.person_id')
    .leftJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select([
      'convocations.id',
      'convocations.membership_id',
      'convocations.email',
      'convocations.status',
      'convocations.error',
      'convocations.sent_at',
      'convocations.answer',
      'organisations.name as organisation_name',
      'member.first_name',
      'member.last_name',
    ])
    .where('convocations.assembly_id', '=', assembly.id)
    .orderBy('organisations.name')
    .orderBy('member.last_name')
    .execute();
  const count = (status: string) => rows.filter((row) => row.status === status).length;
  return {
    total: rows.length,
    pending: count('pending'),
    sent: count('sent'),
    failed: count('failed'),
    recipients: rows.map((row) => ({
      id: row.id,
      membershipId: row.membership_id,
      memberName: row.organisation_name ?? `${row.first_name ?? ''} ${row.last_name ?? ''}`.trim(),
      email: row.email,
      status: row.status as 'pending' | 'sent' | 'failed',
      error: row.error,
      sentAt: row.sent_at,
      answer: row.answer,
    })),
  };
}

/**
 * Sends the convocation to every voting member (or, with `onlyFailed`, again to those whose sending
 * failed). The rows are written first, then mails go out in the background; their progress is read
 * with convocationProgress. Refused for an assembly already past or when nobody is to be convened.
 */
export async function sendConvocations(
  context: ServiceContext,
  { actor, slug, onlyFailed }: { actor: SessionUser | null; slug: string; onlyFailed: boolean },
): Promise<{ queued: number; warning: string | null; done: Promise<void> }> {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  const association = await getAssociation(context);
  const today = dayIn(association.timeZone);
  if (assembly.held_on < today)
    throw new AppError(
      'conflict',
      `Cette assemblée a eu lieu le ${assembly.held_on} : on ne convoque plus à une séance passée.`,
    );
  const sheet = await computeSheet(db, assembly);
  const noticeDays = sheet.statutes.noticeDays;
  const daysLeft = daysBetween(today, assembly.held_on);
  const warning =
    daysLeft < noticeDays
      ? `Convocation tardive : les statuts demandent ${noticeDays} jours, il en reste ${daysLeft}.`
      : null;

  const all = await recipients(db, assembly);
  const queue = await db.transaction().execute(async (transaction) => {
    const existing = await transaction
      .selectFrom('convocations')
      .selectAll()
      .where('assembly_id', '=', assembly.id)
      .execute();
    const known = new Set(existing.map((row) => row.membership_id));
    const now = nowIso();
    const expiresAt = zonedTimeToUtc(assembly.held_on, '23:59', association.timeZone);
    if (!onlyFailed) {
      for (const recipient of all.filter((entry) => !known.has(entry.membershipId))) {
        await transaction
          .insertInto('convocations')
          .values({
            id: newId(),
            assembly_id: assembly.id,
            membership_id: recipient.membershipId,
            person_id: recipient.personId,
            email: recipient.email,
            token_hash: hashToken(newSecretToken()),
            status: 'pending',
            error: null,
            sent_at: null,
            answer: null,
            answered_at: null,
            expires_at: expiresAt,
            created_at: now,
          })
          .execute();
      }
    }
    const wanted = onlyFailed ? ['failed'] : ['pending', 'failed'];
    const rows = await transaction
      .selectFrom('convocations')
      .selectAll()
      .where('assembly_id', '=', assembly.id)
      .where('status', 'in', wanted)
      .execute();
    if (rows.length === 0) {
      throw new AppError(
        'validation_failed',
        onlyFailed
          ? 'Aucun envoi en échec à reprendre.'
          : 'Aucun destinataire : aucun membre n’a droit de vote à cette assemblée, ou tous sont déjà convoqués.',
      );
    }
    for (const row of rows)
      await transaction
        .updateTable('convocations')
        .set({ status: 'pending', error: null })
        .where('id', '=', row.id)
        .execute();
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: onlyFailed ? 'convocation.resent' : 'convocation.sent',
      subjectType: 'assembly',
      subjectId: assembly.id,
      details: { recipients: rows.length },
    });
    return rows;
  });

  const agenda = (await listAgendaItems(db, assembly.id)).map((item) => item.title);
  const byMembership = new Map(all.map((recipient) => [recipient.membershipId, recipient]));
  const done = (async () => {
    for (const row of queue) {
      const recipient = byMembership.get(row.membership_id);
      const email = recipient?.email ?? row.email;
      if (!email) {
        await db
          .updateTable('convocations')
          .set({ status: 'failed', error: 'Aucune adresse e-mail pour ce membre.' })
          .where('id', '=', row.id)
          .execute();
        continue;
      }
      // A fresh token for each sending: only its hash is kept, the link lives in the mail alone.
      const token = newSecretToken();
      await db
        .updateTable('convocations')
        .set({ token_hash: hashToken(token), email })
        .where('id', '=', row.id)
        .execute();
      try {
        await context.mailer.send(
          convocationMail({
            to: email,
            memberName: recipient?.memberName ?? '',
            associationName: association.name,
            title: assembly.title,
            heldOn: assembly.held_on,
            plannedStart: utcToZonedTime(assembly.planned_start_at, association.timeZone),
            plannedStartAt: assembly.planned_start_at,
            plannedEndAt: assembly.planned_end_at,
            place: assembly.place,
            agenda,
            link: `${context.config.publicUrl}/p/${token}`,
          }),
        );
        await db
          .updateTable('convocations')
          .set({ status: 'sent', sent_at: nowIso(), error: null })
          .where('id', '=', row.id)
          .execute();
      } catch (error) {
        await db
          .updateTable('convocations')
          .set({ status: 'failed', error: String((error as Error).message ?? error).slice(0, 500) })
          .where('id', '=', row.id)
          .execute();
      }
    }
  })().catch((error: unknown) => context.logger.error({ err: error, slug }, 'convocation sending stopped'));
  return { queued: queue.length, warning, done };
}
