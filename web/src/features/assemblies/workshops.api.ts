import type {
  QuestionView,
  QuestionsView,
  WorkshopView,
  WorkshopsSplit,
  WorkshopsView,
} from '../../../../common/assemblies.schemas.ts';
import { api } from '../../api/client.ts';
import { assemblyApiPath } from './assemblies.api.ts';

export type Workshop = WorkshopView;
/** A workshop's member; administrativeName is null once the person was erased (RGPD). */

/** What PUT …/workshops takes: the whole list in order; a workshop without id is new, one left out goes. */
export interface WorkshopInput {
  id?: string;
  topic: string;
  minutes: number | null;
  problems: string[];
  proposals: string[];
}

/** askedByPersonId is set when the person who asked is in the register; askedBy is then their name. */
export type Question = QuestionView;

export interface QuestionInput {
  askedByPersonId?: string | null;
  /** Who asked, as written, when they are not in the register. */
  askedByLabel?: string | null;
  question: string;
  answer: string | null;
  /** The agenda item it was asked under: the minutes print it there. */
  agendaItemId: string | null;
}

export async function fetchWorkshops(slug: string): Promise<Workshop[]> {
  const { workshops } = await api.get<WorkshopsView>(assemblyApiPath(slug, 'workshops'));
  return workshops;
}

export async function saveWorkshops(slug: string, input: WorkshopInput[]): Promise<Workshop[]> {
  const { workshops } = await api.put<WorkshopsView>(assemblyApiPath(slug, 'workshops'), {
    workshops: input,
  });
  return workshops;
}

/**
 * Splits the people present into the existing workshops, one group each (refused when there is no
 * workshop yet); `warning` says when the groups fall outside the sizes asked.
 */
export function splitWorkshops(slug: string, minSize: number, maxSize: number): Promise<WorkshopsSplit> {
  return api.post<WorkshopsSplit>(assemblyApiPath(slug, 'workshops/split'), {
    minSize,
    maxSize,
  });
}

/** Moves someone to another group, or out of every group with null. */
export async function moveWorkshopMember(
  slug: string,
  attendanceId: string,
  workshopId: string | null,
): Promise<Workshop[]> {
  const { workshops } = await api.put<WorkshopsView>(assemblyApiPath(slug, 'workshops/members'), {
    attendanceId,
    workshopId,
  });
  return workshops;
}

export async function fetchQuestions(slug: string): Promise<Question[]> {
  const { questions } = await api.get<QuestionsView>(assemblyApiPath(slug, 'questions'));
  return questions;
}

/** Saves the questions and answers whole, in order. */
export async function saveQuestions(slug: string, input: QuestionInput[]): Promise<Question[]> {
  const { questions } = await api.put<QuestionsView>(assemblyApiPath(slug, 'questions'), {
    questions: input,
  });
  return questions;
}
