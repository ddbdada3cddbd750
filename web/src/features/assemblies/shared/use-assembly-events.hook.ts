import { useEffect, useState } from 'react';
import type { AssemblyStateEvent, PollStateEvent, PollView } from '../../../../../common/events.ts';

export type EventsConnection = 'connecting' | 'open' | 'reconnecting';

/** When the server refused the stream outright (EventSource then stops), try again after this delay. */
const retryAfterRefusalMs = 5000;

/**
 * Follows an assembly's state and its current poll over Server-Sent Events. EventSource reconnects by itself after a
 * network drop and the server sends the current state first, so screens catch up on their own;
 * `connection` says when they may be behind, for a discreet "reconnexion…".
 */
export function useAssemblyEvents(url: string | null, initial: AssemblyStateEvent | null = null) {
  const [state, setState] = useState<AssemblyStateEvent | null>(initial);
  const [connection, setConnection] = useState<EventsConnection>('connecting');
  /** The assembly's current poll (open, else the last closed); undefined until the server said. */
  const [poll, setPoll] = useState<PollView | null | undefined>(undefined);

  useEffect(() => {
    if (!url) return;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let isStopped = false;

    const connect = () => {
      source = new EventSource(url, { withCredentials: true });
      source.onopen = () => setConnection('open');
      source.addEventListener('assembly.state', (event) => {
        try {
          setState(JSON.parse((event as MessageEvent<string>).data) as AssemblyStateEvent);
          setConnection('open');
        } catch {
          // A malformed message is skipped; the next state replaces it.
        }
      });
      source.addEventListener('poll.state', (event) => {
        try {
          setPoll((JSON.parse((event as MessageEvent<string>).data) as PollStateEvent).poll);
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
  }, [url]);

  return { state, connection, poll };
}
