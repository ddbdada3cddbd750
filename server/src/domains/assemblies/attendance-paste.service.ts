import type { PasteAttendanceResult } from '../../../../common/assemblies.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import { newId, nowIso } from '../../ids.ts';
import { AppError } from '../../http/app-error.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import { parsePastedLines, type PastedLine } from '../register-import/paste-lines.ts';
import { pasteRegisterLines } from '../register-import/paste.service.ts';
import { findAssemblyBySlug, nextAttendancePosition } from './assemblies.repository.ts';
import { publishAssemblyState } from './assembly-state.ts';
import { insertAttendance, listPersonIdsOnSheet } from './attendance.repository.ts';
import { requireStatutes } from './statutes.service.ts';
import { requireRemoteAllowed } from './attendance.service.ts';
import { listVotingMembers } from './voting-members.ts';

export interface PastedAttendanceLine {
  line: number;
  text: string;
  personName: string;
  isNewPerson: boolean;
  label: string | null;
  vote: string | null;
  isAlreadyOnSheet: boolean;
}

/**
 * Fills the attendance sheet from a list as the minutes write it ("PAUL Christian - Président de
 * la 27e Région"): each line matched to the register (or added to it), kept with its label as
 * written, carrying the vote of the person's own membership or of the organisation named.
 */
export async function pasteAttendance(
  context: ServiceContext,
  options: {
    actor: SessionUser | null;
    slug: string;
    text: string;
    role: 'voting_member' | 'staff' | 'guest';
    status: 'present' | 'remote' | 'excused' | 'absent';
    isDryRun: boolean;
  },
): Promise<PasteAttendanceResult> {
  const { db } = context.database;
  const assembly = await findAssemblyBySlug(db, options.slug);
  if (!assembly) throw new AppError('assembly_not_found', { slug: options.slug });
  if (options.status === 'remote') await requireRemoteAllowed(db, assembly);
  const register = await pasteRegisterLines(context, {
    actor: options.actor,
    text: options.text,
    isDryRun: options.isDryRun,
  });
  const parsed = new Map(
    parsePastedLines(options.text)
      .filter((entry): entry is PastedLine => !('reason' in entry))
      .map((entry) => [entry.line, entry]),
  );
  const statutes = await requireStatutes(db, assembly.held_on);
  const personIds = register.lines.flatMap((line) => (line.person.id ? [line.person.id] : []));
  const organisationIds = register.lines.flatMap((line) =>
    line.organisation?.id ? [line.organisation.id] : [],
  );
  const votes =
    options.role === 'voting_member'
      ? await listVotingMembers(db, {
          year: assembly.membership_year,
          day: assembly.held_on,
          statutes,
          kind: assembly.kind,
          only: { personIds, organisationIds },
        })
      : [];
  const onSheet = await listPersonIdsOnSheet(db, assembly.id, personIds);
  const lines = register.lines.map((line) => {
    const source = parsed.get(line.line);
    const label = [source?.title, source?.detail].filter(Boolean).join(' - ') || null;
    const vote =
      votes.find((member) => line.person.id !== null && member.personId === line.person.id) ??
      votes.find((member) => line.organisation?.id && member.organisationId === line.organisation.id);
    return {
      report: {
        line: line.line,
        text: line.text,
        personName: line.person.name,
        isNewPerson: line.person.isNew,
        label,
        vote: vote?.memberName ?? null,
        isAlreadyOnSheet: line.person.id !== null && onSheet.has(line.person.id),
      } satisfies PastedAttendanceLine,
      personId: line.person.id,
      organisationId: line.organisation?.id ?? null,
      membershipId: vote?.membershipId ?? null,
    };
  });
  if (!options.isDryRun) {
    await db.transaction().execute(async (transaction) => {
      const now = nowIso();
      for (const line of lines) {
        if (!line.personId || line.report.isAlreadyOnSheet) continue;
        const isVoting = options.role === 'voting_member' && line.membershipId !== null;
        await insertAttendance(transaction, {
          id: newId(),
          assembly_id: assembly.id,
          person_id: line.personId,
          organisation_id: line.organisationId,
          membership_id: isVoting ? line.membershipId : null,
          label: line.report.label,
          role: options.role === 'voting_member' ? (isVoting ? 'voting_member' : 'guest') : options.role,
          status: options.status,
          position: await nextAttendancePosition(transaction, assembly.id),
          arrived_at: options.status === 'present' || options.status === 'remote' ? now : null,
          left_at: null,
          updated_at: now,
        });
      }
      await recordAuditEvent(transaction, {
        actorUserId: options.actor?.id ?? null,
        action: 'attendance.pasted',
        subjectType: 'assembly',
        subjectId: assembly.id,
        details: { lines: lines.length, role: options.role, status: options.status },
      });
    });
    await publishAssemblyState(context, options.slug);
  }
  return {
    lines: lines.map((line) => line.report),
    rejected: register.rejected,
    isWritten: !options.isDryRun,
  };
}
