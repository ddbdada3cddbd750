import type {
  BoardComposition,
  BoardRoleInput,
  BoardRoleView,
  ElectionShowOfHandsInput,
  MandateInput,
  MandateUpdate,
  CarriedBallot,
  CastReceipt,
  ElectionView,
  MandateView,
  PollView,
  ResolutionChoice,
  ResolutionView,
  ShowOfHandsInput,
  ResolutionInput,
} from '../../../../common/votes.schemas.ts';
import type { z } from 'zod';
import type { electionInputSchema } from '../../../../common/votes.schemas.ts';
import type { EncryptedBallot } from '../../../../common/crypto/ballot.ts';
import { api } from '../../api/client.ts';
import { assemblyApiPath } from '../assemblies/assemblies.api.ts';

export type { CarriedBallot, PollView };
export type Resolution = ResolutionView;
export type Mandate = MandateView;

export async function fetchResolutions(slug: string): Promise<Resolution[]> {
  return (await api.get<{ resolutions: Resolution[] }>(assemblyApiPath(slug, 'resolutions'))).resolutions;
}

export function createResolution(slug: string, input: ResolutionInput): Promise<Resolution> {
  return api.post<Resolution>(assemblyApiPath(slug, 'resolutions'), input);
}

export function recordShowOfHands(slug: string, resolutionId: string, input: ShowOfHandsInput) {
  return api.post<Resolution>(assemblyApiPath(slug, `resolutions/${resolutionId}/show-of-hands`), input);
}

/** Undoes a show of hands recorded by mistake: the resolution is undecided again (until the minutes are approved). */
export function undoShowOfHands(slug: string, resolutionId: string) {
  return api.delete<Resolution>(assemblyApiPath(slug, `resolutions/${resolutionId}/show-of-hands`));
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

export async function fetchBoard(at: string): Promise<BoardComposition> {
  return api.get(`/api/board?at=${encodeURIComponent(at)}`);
}

export function fetchParticipantPoll(): Promise<{ poll: PollView | null; ballots: CarriedBallot[] }> {
  return api.get('/api/participant/poll');
}

export function castBallots(
  pollId: string,
  cast: {
    key: string;
    /** An encrypted poll's ballots carry `encrypted` (made on the phone) instead of `choices`. */
    ballots: (
      | { membershipId: string; choices: (ResolutionChoice | string)[] }
      | { membershipId: string; encrypted: EncryptedBallot }
    )[];
  },
) {
  return api.post<CastReceipt>(`/api/participant/polls/${encodeURIComponent(pollId)}/ballots`, cast);
}

export type Election = ElectionView;

export async function fetchElections(slug: string): Promise<Election[]> {
  return (await api.get<{ elections: Election[] }>(assemblyApiPath(slug, 'elections'))).elections;
}

export function proclaimElected(slug: string, electionId: string, candidateIds: string[]) {
  return api.post<{ mandates: Mandate[] }>(assemblyApiPath(slug, `elections/${electionId}/proclaim`), {
    candidateIds,
  });
}

export function recordElectionShowOfHands(slug: string, electionId: string, input: ElectionShowOfHandsInput) {
  return api.post<Election>(assemblyApiPath(slug, `elections/${electionId}/show-of-hands`), input);
}

export type BoardRole = BoardRoleView;

export async function fetchBoardRoles(): Promise<BoardRole[]> {
  return (await api.get<{ roles: BoardRole[] }>('/api/board-roles')).roles;
}

export function addBoardRole(role: BoardRoleInput): Promise<BoardRole> {
  return api.post('/api/board-roles', role);
}

export function addMandate(mandate: MandateInput): Promise<Mandate> {
  return api.post('/api/mandates', mandate);
}

export function editMandate(mandateId: string, mandate: MandateUpdate, version: number): Promise<Mandate> {
  return api.put(`/api/mandates/${encodeURIComponent(mandateId)}`, mandate, { version });
}

export function createElection(slug: string, election: z.input<typeof electionInputSchema>) {
  return api.post<Election>(assemblyApiPath(slug, 'elections'), election);
}
