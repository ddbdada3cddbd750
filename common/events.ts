/** Real-time events, as the server sends them over Server-Sent Events. */
import type { SpeakerListView } from './speakers.schemas.ts';
import type { PollView } from './votes.schemas.ts';

/** A poll as every screen shows it (common/votes.schemas.ts). */
export type { PollView };

export interface QuorumView {
  /** False where the statutes ask for no quorum at this meeting. */
  isRequired: boolean;
  counted: number;
  required: number;
  isReached: boolean;
  /** Members who could vote; null in a quorum frozen before it was kept. */
  votingMembers: number | null;
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
  /** Voting members absent but represented by a proxy whose holder is in the room (live, not frozen). */
  representedCount: number;
  /** Local wall-clock times ("14:03") the session opened and closed, once it has. */
  actualStart: string | null;
  actualEnd: string | null;
}

/** The assembly's current poll (the open one, else the last one closed), or none. */
export type PollStateEvent = {
  type: 'poll.state';
  slug: string;
  poll: PollView | null;
};

/** An agenda item's speaker list, after each change: phones, the control room and the projector. */
export type SpeakersStateEvent = {
  type: 'speakers.state';
  slug: string;
  list: SpeakerListView;
};

/** A show of hands recorded, corrected or undone: the screens that list the resolutions read them again. */
export type ResolutionRecordedEvent = {
  type: 'resolution.recorded';
  slug: string;
  resolutionId: string;
  /** False once the count was undone. */
  isRecorded: boolean;
};

export type RealtimeEvent =
  AssemblyStateEvent | PollStateEvent | SpeakersStateEvent | ResolutionRecordedEvent;

/** The channel an assembly's events travel on. */
export function assemblyChannel(slug: string): string {
  return `assembly:${slug}`;
}

/**
 * The channel of a poll's running count ("x sur y ont voté"), followed by the projector and the
 * staff's screens; phones get the poll's opening and result on the assembly's channel, so that
 * 10 000 phones are not written to at every count.
 */
export function pollProgressChannel(slug: string): string {
  return `assembly:${slug}:poll-progress`;
}
