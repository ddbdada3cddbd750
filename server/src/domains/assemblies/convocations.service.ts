import type { ConvocationAnswer, ConvocationProgress } from '../../../../common/assemblies.schemas.ts';
import type { Language } from '../../../../common/i18n/messages.ts';
import { dayIn, daysBetween, zonedTimeToUtc } from '../../../../common/time-zones.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { AppError } from '../../http/app-error.ts';
import { translate } from '../../i18n/translate.ts';
import { hashToken, newId, newSecretToken, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { getAssociation } from '../association/association.service.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import { meetingRulesFor } from './statutes.ts';
import { listAgendaItems, type AssemblyRow } from './assemblies.repository.ts';
import { requireAssembly } from './assemblies.service.ts';
import { computeSheet } from './attendance.service.ts';
import { convocationMail } from './convocation.mail.ts';
import {
  findOrganisationEmail,
  findOrganisationSpeaker,
  findPersonEmail,
  insertConvocation,
  listConvocationProgressRows,
  listConvocationRows,
  updateConvocation,
} from './convocations.repository.ts';

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
      result.push({
        membershipId: member.membershipId,
        memberName: member.memberName,
        personId: member.personId,
        email: await findPersonEmail(db, member.personId),
      });
      continue;
    }
    const speaker = await findOrganisationSpeaker(db, member.organisationId!);
    result.push({
      membershipId: member.membershipId,
      memberName: member.memberName,
      personId: speaker?.id ?? null,
      email: speaker?.email ?? (await findOrganisationEmail(db, member.organisationId!)),
    });
  }
  return result;
}

export async function convocationProgress(
  context: ServiceContext,
  slug: string,
): Promise<ConvocationProgress> {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  const rows = await listConvocationProgressRows(db, assembly.id);
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
      answer: row.answer as ConvocationAnswer | null,
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
  {
    actor,
    slug,
    onlyFailed,
    language,
  }: { actor: SessionUser | null; slug: string; onlyFailed: boolean; language: Language },
): Promise<{ queued: number; warning: string | null; done: Promise<void> }> {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  const association = await getAssociation(context);
  const today = dayIn(association.timeZone);
  if (assembly.held_on < today) throw new AppError('assembly_past', { day: assembly.held_on });
  const sheet = await computeSheet(db, assembly);
  const noticeDays = meetingRulesFor(sheet.statutes, assembly.kind).noticeDays;
  const daysLeft = daysBetween(today, assembly.held_on);
  const warning =
    daysLeft < noticeDays
      ? translate(language, 'assemblies:late_convocation', { noticeDays, daysLeft })
      : null;

  const all = await recipients(db, assembly);
  const queue = await db.transaction().execute(async (transaction) => {
    const existing = await listConvocationRows(transaction, assembly.id);
    const known = new Set(existing.map((row) => row.membership_id));
    const now = nowIso();
    const expiresAt = zonedTimeToUtc(assembly.held_on, '23:59', association.timeZone);
    if (!onlyFailed) {
      for (const recipient of all.filter((entry) => !known.has(entry.membershipId))) {
        await insertConvocation(transaction, {
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
        });
      }
    }
    const wanted = onlyFailed ? ['failed'] : ['pending', 'failed'];
    const rows = await listConvocationRows(transaction, assembly.id, wanted);
    if (rows.length === 0)
      throw new AppError(onlyFailed ? 'no_failed_convocations' : 'no_convocation_recipients');
    for (const row of rows) await updateConvocation(transaction, row.id, { status: 'pending', error: null });
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
        await updateConvocation(db, row.id, {
          status: 'failed',
          error: translate(association.locale, 'assemblies:convocation_no_email'),
        });
        continue;
      }
      // A fresh token for each sending: only its hash is kept, the link lives in the mail alone.
      const token = newSecretToken();
      await updateConvocation(db, row.id, { token_hash: hashToken(token), email });
      try {
        await context.mailer.send(
          convocationMail({
            language: association.locale,
            timeZone: association.timeZone,
            to: email,
            memberName: recipient?.memberName ?? '',
            associationName: association.name,
            title: assembly.title,
            heldOn: assembly.held_on,
            plannedStartAt: assembly.planned_start_at,
            plannedEndAt: assembly.planned_end_at,
            place: assembly.place,
            agenda,
            link: `${context.config.publicUrl}/p#${token}`,
          }),
        );
        await updateConvocation(db, row.id, { status: 'sent', sent_at: nowIso(), error: null });
      } catch (error) {
        await updateConvocation(db, row.id, {
          status: 'failed',
          error: String((error as Error).message ?? error).slice(0, 500),
        });
      }
    }
  })().catch((error: unknown) => context.logger.error({ err: error, slug }, 'convocation sending stopped'));
  return { queued: queue.length, warning, done };
}
