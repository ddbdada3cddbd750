import type {
  ConvocationAnswer,
  ConvocationPreview,
  ConvocationProgress,
  ConvocationStatus,
} from '../../../../common/assemblies.schemas.ts';
import type { AssociationView } from '../../../../common/association.schemas.ts';
import type { Language } from '../../../../common/i18n/messages.ts';
import { dayIn, daysBetween, zonedTimeToUtc } from '../../../../common/time-zones.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { AppError } from '../../http/app-error.ts';
import { translate } from '../../i18n/translate.ts';
import { hashToken, newId, newSecretToken, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { associationLogo, getAssociation } from '../association/association.service.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import { meetingRulesFor } from './statutes.ts';
import { listAgendaItems, type AssemblyRow } from './assemblies.repository.ts';
import { requireAssembly } from './assemblies.service.ts';
import { computeSheet } from './attendance.service.ts';
import { convocationLetters, type ConvocationLetter } from './convocation.letter.ts';
import { convocationMail, convocationPreview, type ConvocationMailModel } from './convocation.mail.ts';
import {
  findOrganisationEmail,
  findOrganisationSpeaker,
  findPersonEmail,
  findPersonPostalAddress,
  insertConvocation,
  listConvocationProgressRows,
  listConvocationRows,
  updateConvocation,
} from './convocations.repository.ts';

interface Recipient {
  membershipId: string;
  memberName: string;
  personId: string | null;
  isOrganisation: boolean;
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
        isOrganisation: false,
        email: await findPersonEmail(db, member.personId),
      });
      continue;
    }
    const speaker = await findOrganisationSpeaker(db, member.organisationId!);
    result.push({
      membershipId: member.membershipId,
      memberName: member.memberName,
      personId: speaker?.id ?? null,
      isOrganisation: true,
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
    letters: count('letter'),
    recipients: rows.map((row) => ({
      id: row.id,
      membershipId: row.membership_id,
      memberName: row.organisation_name ?? `${row.first_name ?? ''} ${row.last_name ?? ''}`.trim(),
      email: row.email,
      status: row.status as ConvocationStatus,
      error: row.error,
      sentAt: row.sent_at,
      answer: row.answer as ConvocationAnswer | null,
    })),
  };
}

/** The address of a "Name <address>" sender (MAIL_FROM), or the text itself. */
function addressOf(sender: string): string {
  return /<([^>]+)>/.exec(sender)?.[1]?.trim() ?? sender.trim();
}

/** The convocations' sender: the association's setting, else its name and MAIL_FROM's address. */
function senderOf(context: ServiceContext, association: AssociationView) {
  const name = association.mailSenderName ?? association.name;
  const address = association.mailSenderAddress ?? addressOf(context.config.mailFrom);
  // The name is quoted (a comma or a dot in it would otherwise split the header).
  return { name, from: `"${name.replace(/["\\\r\n]/g, '')}" <${address}>` };
}

/** Why convocations cannot go out to this assembly any more, if they cannot. */
function refusalOf(assembly: AssemblyRow, today: string): 'assembly_closed' | 'assembly_past' | null {
  if (assembly.actual_end_at) return 'assembly_closed';
  if (assembly.held_on < today) return 'assembly_past';
  return null;
}

function refuse(refusal: 'assembly_closed' | 'assembly_past', assembly: AssemblyRow): never {
  throw refusal === 'assembly_closed'
    ? new AppError('assembly_closed')
    : new AppError('assembly_past', { day: assembly.held_on });
}

/** What every convocation of an assembly shares, read once per sending. */
async function convocationSetting(context: ServiceContext, slug: string) {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  const association = await getAssociation(context);
  const today = dayIn(association.timeZone);
  const sheet = await computeSheet(db, assembly);
  const rules = meetingRulesFor(sheet.statutes, assembly.kind);
  const agenda = (await listAgendaItems(db, assembly.id)).map((item) => item.title);
  const sender = senderOf(context, association);
  const logo = await associationLogo(context);
  const daysLeft = daysBetween(today, assembly.held_on);
  const model = (
    recipient: { memberName: string; isOrganisation: boolean; email: string },
    link: string,
    isReminder = false,
  ): ConvocationMailModel => ({
    language: association.locale,
    timeZone: association.timeZone,
    from: sender.from,
    senderName: sender.name,
    to: recipient.email,
    memberName: recipient.memberName,
    isOrganisation: recipient.isOrganisation,
    associationName: association.name,
    logo,
    title: assembly.title,
    heldOn: assembly.held_on,
    plannedStartAt: assembly.planned_start_at,
    plannedEndAt: assembly.planned_end_at,
    place: assembly.place,
    agenda,
    link,
    maxProxies: rules.areProxiesAllowed ? rules.maxProxiesPerHolder : null,
    isReminder,
  });
  return {
    assembly,
    association,
    today,
    sender,
    model,
    refusal: refusalOf(assembly, today),
    late: daysLeft < rules.noticeDays ? { noticeDays: rules.noticeDays, daysLeft } : null,
    expiresAt: zonedTimeToUtc(assembly.held_on, '23:59', association.timeZone),
  };
}

/** A personal link: the token after `#`, so that it never reaches a server's log (issue #13's rule). */
function personalLink(context: ServiceContext, token: string): string {
  return `${context.config.publicUrl}/p#${token}`;
}

/**
 * What the secretary checks before sending: the exact e-mail (a sample member's, the link left
 * out), how many it reaches, who needs a printed letter, the late notice, whether sending is open.
 */
export async function previewConvocation(
  context: ServiceContext,
  { slug, language }: { slug: string; language: Language },
): Promise<ConvocationPreview> {
  const { db } = context.database;
  const setting = await convocationSetting(context, slug);
  const all = await recipients(db, setting.assembly);
  const rows = await listConvocationRows(db, setting.assembly.id);
  const byMembership = new Map(rows.map((row) => [row.membership_id, row]));
  const sample = all.find((recipient) => recipient.email) ?? all[0];
  const mail = convocationPreview(
    setting.model(
      sample
        ? { ...sample, email: sample.email ?? '' }
        : {
            memberName: translate(setting.association.locale, 'assemblies:convocation_sample_member'),
            isOrganisation: false,
            email: '',
          },
      `${context.config.publicUrl}/p#${translate(setting.association.locale, 'assemblies:convocation_preview_link')}`,
    ),
  );
  const toSend = all.filter((recipient) => {
    const row = byMembership.get(recipient.membershipId);
    return recipient.email && (!row || row.status === 'pending' || row.status === 'failed');
  });
  return {
    from: setting.sender.from,
    ...mail,
    sampleMemberName: sample?.memberName ?? null,
    emailRecipients: toSend.length,
    membersWithoutEmail: all
      .filter((recipient) => !recipient.email)
      .map(({ membershipId, memberName }) => ({ membershipId, memberName })),
    alreadyConvened: rows.filter((row) => row.status === 'sent' || row.status === 'letter').length,
    notAnswered: rows.filter((row) => row.status === 'sent' && row.answer === null).length,
    lateNotice: setting.late
      ? { ...setting.late, message: translate(language, 'assemblies:late_convocation', setting.late) }
      : null,
    refusal: setting.refusal,
  };
}

type Setting = Awaited<ReturnType<typeof convocationSetting>>;

/**
 * E-mails each convocation row in turn, each with a fresh token (only its hash is kept: the link
 * lives in the mail alone), and records how each sending went. Runs in the background.
 */
function deliver(
  context: ServiceContext,
  setting: Setting,
  queue: { id: string; membership_id: string; email: string | null }[],
  all: Recipient[],
  isReminder: boolean,
): Promise<void> {
  const { db } = context.database;
  const byMembership = new Map(all.map((recipient) => [recipient.membershipId, recipient]));
  return (async () => {
    for (const row of queue) {
      const recipient = byMembership.get(row.membership_id);
      const email = recipient?.email ?? row.email;
      if (!email) {
        await updateConvocation(db, row.id, {
          status: 'failed',
          error: translate(setting.association.locale, 'assemblies:convocation_no_email'),
        });
        continue;
      }
      const token = newSecretToken();
      await updateConvocation(db, row.id, { token_hash: hashToken(token), email });
      try {
        await context.mailer.send(
          convocationMail(
            setting.model(
              {
                memberName: recipient?.memberName ?? '',
                isOrganisation: recipient?.isOrganisation ?? false,
                email,
              },
              personalLink(context, token),
              isReminder,
            ),
          ),
        );
        await updateConvocation(
          db,
          row.id,
          isReminder
            ? { status: 'sent', reminded_at: nowIso(), error: null }
            : { status: 'sent', sent_at: nowIso(), error: null },
        );
      } catch (error) {
        await updateConvocation(db, row.id, {
          status: 'failed',
          error: String((error as Error).message ?? error).slice(0, 500),
        });
      }
    }
  })().catch((error: unknown) =>
    context.logger.error({ err: error, slug: setting.assembly.slug }, 'convocation sending stopped'),
  );
}

/**
 * Sends the convocation to every voting member (or, with `onlyFailed`, again to those whose sending
 * failed). The rows are written first, then mails go out in the background; their progress is read
 * with convocationProgress. Refused for an assembly closed or past, or when nobody is to be convened.
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
  const setting = await convocationSetting(context, slug);
  const { assembly } = setting;
  if (setting.refusal) refuse(setting.refusal, assembly);
  const warning = setting.late ? translate(language, 'assemblies:late_convocation', setting.late) : null;

  const all = await recipients(db, assembly);
  const queue = await db.transaction().execute(async (transaction) => {
    const existing = await listConvocationRows(transaction, assembly.id);
    const known = new Set(existing.map((row) => row.membership_id));
    const now = nowIso();
    if (!onlyFailed) {
      for (const recipient of all.filter((entry) => !known.has(entry.membershipId))) {
        await insertConvocation(transaction, newConvocationRow(assembly, recipient, setting.expiresAt, now));
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
  const done = deliver(context, setting, queue, all, false);
  return { queued: queue.length, warning, done };
}

function newConvocationRow(assembly: AssemblyRow, recipient: Recipient, expiresAt: string, now: string) {
  return {
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
  };
}

/**
 * Reminds the members convened by e-mail who have not answered: the same convocation, said to be a
 * reminder, with a new personal link (the former one stops working: only one token's hash is kept).
 */
export async function remindConvocations(
  context: ServiceContext,
  { actor, slug }: { actor: SessionUser | null; slug: string },
): Promise<{ queued: number; done: Promise<void> }> {
  const { db } = context.database;
  const setting = await convocationSetting(context, slug);
  if (setting.refusal) refuse(setting.refusal, setting.assembly);
  const all = await recipients(db, setting.assembly);
  const queue = await db.transaction().execute(async (transaction) => {
    const rows = (await listConvocationRows(transaction, setting.assembly.id, ['sent'])).filter(
      (row) => row.answer === null,
    );
    if (rows.length === 0) throw new AppError('no_convocation_to_remind');
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'convocation.reminded',
      subjectType: 'assembly',
      subjectId: setting.assembly.id,
      details: { recipients: rows.length },
    });
    return rows;
  });
  const done = deliver(context, setting, queue, all, true);
  return { queued: queue.length, done };
}

/**
 * The printed convocations of the voting members without an e-mail address, one page each with
 * their personal link as a QR code. Each printing gives each letter a new link (only a token's
 * hash is kept), so the letters printed last are the ones to post.
 */
export async function printConvocationLetters(
  context: ServiceContext,
  { actor, slug }: { actor: SessionUser | null; slug: string },
): Promise<Buffer> {
  const { db } = context.database;
  const setting = await convocationSetting(context, slug);
  const { assembly } = setting;
  if (setting.refusal) refuse(setting.refusal, assembly);
  const withoutEmail = (await recipients(db, assembly)).filter((recipient) => !recipient.email);
  if (withoutEmail.length === 0) throw new AppError('no_convocation_letters');
  const letters: ConvocationLetter[] = await db.transaction().execute(async (transaction) => {
    const existing = new Map(
      (await listConvocationRows(transaction, assembly.id)).map((row) => [row.membership_id, row]),
    );
    const now = nowIso();
    const result: ConvocationLetter[] = [];
    for (const recipient of withoutEmail) {
      const token = newSecretToken();
      const row = existing.get(recipient.membershipId);
      const changes = { token_hash: hashToken(token), status: 'letter', error: null, sent_at: now };
      if (row) await updateConvocation(transaction, row.id, changes);
      else
        await insertConvocation(transaction, {
          ...newConvocationRow(assembly, recipient, setting.expiresAt, now),
          ...changes,
        });
      const postal = recipient.personId
        ? await findPersonPostalAddress(transaction, recipient.personId)
        : undefined;
      result.push({
        model: setting.model({ ...recipient, email: '' }, personalLink(context, token)),
        addressLines: [
          postal?.address_line ?? null,
          [postal?.postal_code, postal?.city].filter(Boolean).join(' ') || null,
        ].filter((line): line is string => Boolean(line)),
      });
    }
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'convocation.letters_printed',
      subjectType: 'assembly',
      subjectId: assembly.id,
      details: { recipients: result.length },
    });
    return result;
  });
  return convocationLetters(letters, setting.association);
}
