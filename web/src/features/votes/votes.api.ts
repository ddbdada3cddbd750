import type { PollView } from '../../../../common/events.ts';
import type {
  BoardRole,
  Majority,
  ResolutionChoice,
  ShowOfHandsInput,
  VoteBase,
  VoteMethod,
} from '../../../../common/votes.schemas.ts';
import { api } from '../../api/client.ts';
import { assemblyApiPath } from '../assemblies/assemblies.api.ts';

export type { PollView };

export interface Resolution {
  id: string;
  agendaItemId: string;
  agendaItemTitle: string | null;
  title: string;
  text: string;
  note: string | null;
  majority: Majority;
  base: VoteBase;
  method: VoteMethod;
  recordedAs: 'counts' | 'unanimous' | 'adopted' | 'rejected' | null;
  counts: { for: number; against: number; abstain: number; blank: number } | null;
  outcome: 'adopted' | 'rejected' | null;
  sentence: { fr: string; en: string } | null;
}

export interface Mandate {
  id: string;
  personId: string;
  personName: string;
  printedLine: string;
  role: BoardRole;
  roleLabel: { fr: string; en: string };
  startsOn: string;
  endsOn: string | null;
}

export interface CarriedBallot {
  membershipId: string;
  memberName: string;
  weight: number;
  isProxy: boolean;
  hasVoted: boolean;
}

export async function fetchResolutions(slug: string): Promise<Resolution[]> {
  return (await api.get<{ resolutions: Resolution[] }>(assemblyApiPath(slug, 'resolutions'))).resolutions;
}

export function createResolution(
  slug: string,
  input: { agendaItemId: string; title: string; text: string; method: VoteMethod },
): Promise<Resolution> {
  return api.post<Resolution>(assemblyApiPath(slug, 'resolutions'), input);
}

export function recordShowOfHands(slug: string, resolutionId: string, input: ShowOfHandsInput) {
  return api.post<Resolution>(assemblyApiPath(slug, `resolutions/${resolutionId}/show-of-hands`), input);
}

export function openPoll(slug: string, target: { resolutionId?: string; electionId?: string }) {
  return api.post<PollView>(assemblyApiPath(slug, 'polls'), target);
}

export function closePoll(slug: string, pollId: string) {
  return api.post<PollView>(assemblyApiPath(slug, `polls/${pollId}/close`));
}

export function cancelPoll(slug: string, pollId: string) {
  return api.post<PollView>(assemblyApiPath(slug, `polls/${pollId}/cancel`));
}

export function pollResultPath(slug: string, pollId: string, format: 'csv' | 'pdf'): string {
  return assemblyApiPath(slug, `polls/${pollId}/result.${format}`);
}

export async function fetchBoard(at: string): Promise<{ board: Mandate[]; executiveDirectors: Mandate[] }> {
  return api.get(`/api/board?at=${encodeURIComponent(at)}`);
}

export function fetchParticipantPoll(): Promise<{ poll: PollView | null; ballots: CarriedBallot[] }> {
  return api.get('/api/participant/poll');
}

export function castBallots(
  pollId: string,
  cast: { key: string; ballots: { membershipId: string; choices: (ResolutionChoice | string)[] }[] },
) {
  return api.post<{ isRepeat: boolean }>(
    `/api/participant/polls/${encodeURIComponent(pollId)}/ballots`,
    cast,
  );
}

export interface Election {
  id: string;
  title: string;
  seats: number;
  candidates: { id: string; personId: string; label: string }[];
  poll: PollView | null;
}

export async function fetchElections(slug: string): Promise<Election[]> {
  return (await api.get<{ elections: Election[] }>(assemblyApiPath(slug, 'elections'))).elections;
}

export function proclaimElected(slug: string, electionId: string, candidateIds: string[]) {
  return api.post<{ mandates: Mandate[] }>(assemblyApiPath(slug, `elections/${electionId}/proclaim`), {
    candidateIds,
  });
}
