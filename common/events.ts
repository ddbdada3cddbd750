/** Real-time events, as the server sends them over Server-Sent Events. */
export interface QuorumView {
  counted: number;
  required: number;
  isReached: boolean;
  statement: { fr: string; en: string };
}

export interface AssemblyStateEvent {
  type: 'assembly.state';
  slug: string;
  phase: 'planned' | 'open' | 'closed';
  currentAgendaItemId: string | null;
  currentAgendaItemTitle: string | null;
  quorum: QuorumView;
  isQuorumFrozen: boolean;
  presentCount: number;
  /** Local wall-clock times ("14:03") the session opened and closed, once it has. */
  actualStart: string | null;
  actualEnd: string | null;
}

export type RealtimeEvent = AssemblyStateEvent;

/** The channel an assembly's events travel on. */
export function assemblyChannel(slug: string): string {
  return `assembly:${slug}`;
}
