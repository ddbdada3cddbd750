import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { castBallots, fetchParticipantPoll, type CarriedBallot } from '../votes/votes.api.ts';
import {
  answerConvocation,
  fetchConvocation,
  fetchParticipant,
  type ConvocationView,
} from './participant.api.ts';

export const participantKeys = {
  all: ['participant'] as const,
  convocation: (token: string) => ['participant', 'convocation', token] as const,
  session: ['participant', 'session'] as const,
  /** The ballots a phone carries in a poll, read again when the poll opens or closes. */
  poll: (pollId: string, status: string) => ['participant', 'poll', pollId, status] as const,
  polls: ['participant', 'poll'] as const,
};

export function useConvocationQuery(token: string) {
  return useQuery({ queryKey: participantKeys.convocation(token), queryFn: () => fetchConvocation(token) });
}

export function useParticipantQuery() {
  return useQuery({ queryKey: participantKeys.session, queryFn: fetchParticipant });
}

export function useParticipantPollQuery(pollId: string, status: string) {
  return useQuery({ queryKey: participantKeys.poll(pollId, status), queryFn: fetchParticipantPoll });
}

export function useAnswerConvocationMutation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: { answer: Parameters<typeof answerConvocation>[1]; holderMembershipId?: string }) =>
      answerConvocation(token, answer.answer, answer.holderMembershipId),
    onSuccess: (view: ConvocationView) => queryClient.setQueryData(participantKeys.convocation(token), view),
  });
}

/** A cast acknowledged: every ballot the phone carried in that poll is marked as voted. */
export function useCastMutation(pollId: string, status: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Parameters<typeof castBallots>[1]) => castBallots(pollId, input),
    onSuccess: () =>
      queryClient.setQueryData(
        participantKeys.poll(pollId, status),
        (view: { ballots: CarriedBallot[] } | undefined) =>
          view && { ...view, ballots: view.ballots.map((ballot) => ({ ...ballot, hasVoted: true })) },
      ),
  });
}
