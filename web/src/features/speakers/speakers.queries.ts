import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { SpeakersStateEvent } from '../../../../common/events.ts';
import {
  askToSpeak,
  fetchParticipantSpeakerList,
  fetchSpeakerList,
  withdrawFromSpeaking,
  type ParticipantSpeakerList,
  type SpeakerListView,
} from './speakers.api.ts';

/** A list as a screen keeps it: how far its clock is from the server's, measured when it came. */
export type HeldSpeakerList = SpeakerListView & {
  myAttendanceId?: string | null;
  clockOffsetMs: number;
};

export const speakerKeys = {
  all: ['speakers'] as const,
  list: (slug: string, itemId: string) => ['speakers', slug, itemId] as const,
};

function held(list: SpeakerListView | ParticipantSpeakerList): HeldSpeakerList {
  return { ...list, clockOffsetMs: Date.parse(list.serverNow) - Date.now() };
}

/**
 * The newest of two: an answer and an event may cross, and the list's revision says which is later.
 * An event does not carry the phone's own row on the sheet (`myAttendanceId`): the one held stays.
 */
function newest(old: HeldSpeakerList | undefined, next: HeldSpeakerList): HeldSpeakerList {
  if (old && old.revision > next.revision) return old;
  return { ...old, ...next };
}

/** A `speakers.state` event: the list it carries replaces the one held, if newer. */
export function receiveSpeakerList(queryClient: QueryClient, event: SpeakersStateEvent): void {
  const { list } = event;
  queryClient.setQueryData<HeldSpeakerList>(speakerKeys.list(list.slug, list.agendaItemId), (old) =>
    newest(old, held(list)),
  );
}

/** The list of an agenda item (none: no query), read by the staff's screens or by the phone. */
export function useSpeakerListQuery(slug: string, itemId: string | null, isParticipant = false) {
  return useQuery({
    queryKey: speakerKeys.list(slug, itemId ?? ''),
    queryFn: async () =>
      held(await (isParticipant ? fetchParticipantSpeakerList(itemId!) : fetchSpeakerList(slug, itemId!))),
    enabled: Boolean(itemId && slug),
    // Events keep it current; it is read again when the stream reconnects.
    staleTime: Infinity,
    structuralSharing: (old, next) => newest(old as HeldSpeakerList | undefined, next as HeldSpeakerList),
  });
}

/** Any write that answers the list: the answer is held at once, the event follows for other screens. */
export function useSpeakerWrite(slug: string, itemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (write: () => Promise<SpeakerListView | ParticipantSpeakerList>) => write(),
    onSuccess: (list) =>
      queryClient.setQueryData<HeldSpeakerList>(speakerKeys.list(slug, itemId), (old) =>
        newest(old, held(list)),
      ),
  });
}

export const phoneSpeakerWrites = { ask: askToSpeak, withdraw: withdrawFromSpeaking };
