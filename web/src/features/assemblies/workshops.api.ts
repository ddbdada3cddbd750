import { api } from '../../api/client.ts';
import { assemblyApiPath } from './assemblies.api.ts';

export interface WorkshopMember {
  attendanceId: string;
  /** null once the person was erased (RGPD). */
  administrativeName: string | null;
  label: string | null;
}

export interface Workshop {
  id: string;
  position: number;
  topic: string;
  minutes: number | null;
  problems: string[];
  proposals: string[];
  members: WorkshopMember[];
}

/** What PUT …/workshops takes: the whole list in order; a workshop without id is new, one left out goes. */
export interface WorkshopInput {
  id?: string;
  topic: string;
  minutes: number | null;
  problems: string[];
  proposals: string[];
}

export interface Question {
  id: string;
  position: number;
  /** Set when the person who asked is in the register; askedBy is then their name. */
  askedByPersonId: string | null;
  askedBy: string | null;
  question: string;
  answer: string | null;
}

export interface QuestionInput {
  askedByPersonId?: string | null;
  /** Who asked, as written, when they are not in the register. */
  askedByLabel?: string | null;
  question: string;
  answer: string | null;
}

export async function fetchWorkshops(slug: string): Promise<Workshop[]> {
  const { workshops } = await api.get<{ workshops: Workshop[] }>(assemblyApiPath(slug, 'workshops'));
  return workshops;
}

export async function saveWorkshops(slug: string, input: WorkshopInput[]): Promise<Workshop[]> {
  const { workshops } = await api.put<{ workshops: Workshop[] }>(assemblyApiPath(slug, 'workshops'), {
    workshops: input,
  });
  return workshops;
}

/**
 * Splits the people present into the existing workshops, one group each (refused when there is no
 * workshop yet); `warning` says when the groups fall outside the sizes asked.
 */
export function splitWorkshops(
  slug: string,
  minSize: number,
  maxSize: number,
): Promise<{ workshops: Workshop[]; warning: string | null }> {
  return api.post<{ workshops: Workshop[]; warning: string | null }>(
    assemblyApiPath(slug, 'workshops/split'),
    {
      minSize,
      maxSize,
    },
  );
}

/** Moves someone to another group, or out of every group with null. */
export async function moveWorkshopMember(
  slug: string,
  attendanceId: string,
  workshopId: string | null,
): Promise<Workshop[]> {
  const { workshops } = await api.put<{ workshops: Workshop[] }>(assemblyApiPath(slug, 'workshops/members'), {
    attendanceId,
    workshopId,
  });
  return workshops;
}

export async function fetchQuestions(slug: string): Promise<Question[]> {
  const { questions } = await api.get<{ questions: Question[] }>(assemblyApiPath(slug, 'questions'));
  return questions;
}

/** Saves the questions and answers whole, in order. */
export async function saveQuestions(slug: string, input: QuestionInput[]): Promise<Question[]> {
  const { questions } = await api.put<{ questions: Question[] }>(assemblyApiPath(slug, 'questions'), {
    questions: input,
  });
  return questions;
}
