import { formatDisplayName } from '../../../../common/names.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { invalidField } from '../../http/app-error.ts';
import { newId } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import { agendaItemsOf, requireAssembly } from './assemblies.service.ts';
import { findPersonIds, listQuestionRows, replaceQuestionRows } from './workshops.repository.ts';
import type { QuestionInput } from '../../../../common/assemblies.schemas.ts';

/** The questions asked at the assembly, in order, with who asked (a name, a label, or nobody named). */
export async function presentQuestions(db: DbOrTransaction, assemblyId: string) {
  const rows = await listQuestionRows(db, assemblyId);
  return rows.map((row) => ({
    id: row.id,
    position: row.position,
    askedByPersonId: row.asked_by_person_id,
    askedBy: row.first_name
      ? formatDisplayName({ firstName: row.first_name, lastName: row.last_name ?? '' })
      : (row.asked_by_label ?? null),
    question: row.question,
    answer: row.answer,
    agendaItemId: row.agenda_item_id,
  }));
}

export async function listQuestions(context: ServiceContext, slug: string) {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  return { questions: await presentQuestions(db, assembly.id) };
}

/** Replaces the assembly's questions with the list given, inside the caller's transaction. */
export async function writeQuestions(
  db: DbOrTransaction,
  assemblyId: string,
  questions: readonly QuestionInput[],
): Promise<void> {
  const known = await findPersonIds(
    db,
    questions.flatMap((entry) => (entry.askedByPersonId ? [entry.askedByPersonId] : [])),
  );
  const items = new Set((await agendaItemsOf(db, assemblyId)).map((item) => item.id));
  for (const [index, entry] of questions.entries()) {
    if (entry.agendaItemId && !items.has(entry.agendaItemId))
      throw invalidField(`body.questions.${index}.agendaItemId`, 'question_item_unknown');
    if (!entry.question.trim())
      throw invalidField(`body.questions.${index}.question`, 'question_text_required');
    if (entry.askedByPersonId && !known.has(entry.askedByPersonId))
      throw invalidField(`body.questions.${index}.askedByPersonId`, 'unknown_person');
  }
  await replaceQuestionRows(
    db,
    assemblyId,
    questions.map((entry, index) => ({
      id: newId(),
      assembly_id: assemblyId,
      position: index + 1,
      asked_by_person_id: entry.askedByPersonId ?? null,
      asked_by_label: entry.askedByLabel?.trim() || null,
      question: entry.question.trim(),
      answer: entry.answer?.trim() || null,
      agenda_item_id: entry.agendaItemId ?? null,
    })),
  );
}

export async function saveQuestions(
  context: ServiceContext,
  {
    actor,
    slug,
    questions,
  }: { actor: SessionUser | null; slug: string; questions: readonly QuestionInput[] },
) {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  await db.transaction().execute(async (transaction) => {
    await writeQuestions(transaction, assembly.id, questions);
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'questions.saved',
      subjectType: 'assembly',
      subjectId: assembly.id,
      details: { count: questions.length },
    });
  });
  return listQuestions(context, slug);
}
