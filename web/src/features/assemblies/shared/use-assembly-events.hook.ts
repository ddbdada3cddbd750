import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type {
  AssemblyStateEvent,
  PollStateEvent,
  PollView,
  ResolutionRecordedEvent,
  SpeakersStateEvent,
} from '../../../../../common/events.ts';
import { receiveSpeakerList, speakerKeys } from '../../speakers/speakers.queries.ts';
import { voteKeys } from '../../votes/votes.queries.ts';
import { assemblyKeys } from '../assemblies.queries.ts';

export type EventsConnection = 'connecting' | 'open' | 'reconnecting';

/** When the server refused the stream outright (EventSource then stops), try again after this delay. */
const retryAfterRefusalMs = 5000;

/**
 * Follows an assembly's state and its current poll over Server-Sent Events. EventSource reconnects by itself after a
 * network drop and the server sends the current state first, so screens catch up on their own;
 * `connection` says when they may be behind, for a discreet "reconnexion…".
 *
 * Each event also refreshes the cache: a new phase or current item reads the assembly again, every
 * state its quorum; a poll opened or closed reads the votes again.
 */
export function useAssemblyEvents(url: string | null, initial: AssemblyStateEvent | null = null) {
  const [state, setState] = useState<AssemblyStateEvent | null>(initial);
  const [connection, setConnection] = useState<EventsConnection>('connecting');
  /** The assembly's current poll (open, else the last closed); undefined until the server said. */
  const [poll, setPoll] = useState<PollView | null | undefined>(undefined);
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!url) return;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let isStopped = false;
    let previous: AssemblyStateEvent | null = null;
    let hasOpened = false;
    const onAssemblyState = (next: AssemblyStateEvent) => {
      const { slug } = next;
      void queryClient.invalidateQueries({ queryKey: assemblyKeys.quorum(slug) });
      const hasMoved =
        previous !== null &&
        (previous.phase !== next.phase || previous.currentAgendaItemId !== next.currentAgendaItemId);
      if (hasMoved) void queryClient.invalidateQueries({ queryKey: assemblyKeys.detail(slug) });
      previous = next;
    };
    // A phone's ballots are keyed by the poll and its status: a new one is read by itself.
    const onPollState = (event: PollStateEvent) => {
      void queryClient.invalidateQueries({ queryKey: voteKeys.of(event.slug) });
      setPoll(event.poll);
    };

    const connect = () => {
      source = new EventSource(url, { withCredentials: true });
      source.onopen = () => {
        setConnection('open');
        // Speaker lists changed while the stream was down are read again.
        if (hasOpened) void queryClient.invalidateQueries({ queryKey: speakerKeys.all });
        hasOpened = true;
      };
      source.addEventListener('assembly.state', (event) => {
        try {
          const next = JSON.parse((event as MessageEvent<string>).data) as AssemblyStateEvent;
          setState(next);
          onAssemblyState(next);
          setConnection('open');
        } catch {
          // A malformed message is skipped; the next state replaces it.
        }
      });
      // A show of hands recorded, corrected or undone on another screen: the votes are read again.
      source.addEventListener('resolution.recorded', (event) => {
        try {
          const { slug } = JSON.parse((event as MessageEvent<string>).data) as ResolutionRecordedEvent;
          void queryClient.invalidateQueries({ queryKey: voteKeys.resolutions(slug) });
        } catch {
          // skipped, as above
        }
      });
      source.addEventListener('poll.state', (event) => {
        try {
          onPollState(JSON.parse((event as MessageEvent<string>).data) as PollStateEvent);
        } catch {
          // skipped, as above
        }
      });
      source.addEventListener('speakers.state', (event) => {
        try {
          receiveSpeakerList(
            queryClient,
            JSON.parse((event as MessageEvent<string>).data) as SpeakersStateEvent,
          );
        } catch {
          // skipped, as above
        }
      });
      source.onerror = () => {
        setConnection('reconnecting');
        if (source?.readyState === EventSource.CLOSED && !isStopped) {
          source.close();
          retry = setTimeout(connect, retryAfterRefusalMs);
        }
      };
    };
    connect();

    return () => {
      isStopped = true;
      clearTimeout(retry);
      source?.close();
    };
  }, [url, queryClient]);

  return { state, connection, poll };
}
