import type { AssemblyStepKey, AssemblyTimeline, StepState } from '../../../../common/dashboard.schemas.ts';
import type { ConvocationAnswer } from '../../../../common/assemblies.schemas.ts';
import { computeQuorum, type QuorumRule } from '../assemblies/quorum.ts';

/** The day `days` days before `day` ("2031-06-21" less 15 days is "2031-06-06"). */
export function dayBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

export interface ProjectedMember {
  presence: 'present' | 'remote' | 'represented' | 'excused' | 'absent';
  /** The member's reply to the convocation, if any. */
  answer: ConvocationAnswer | null;
  /** A proxy recorded for this member, its holder not necessarily in the room yet. */
  hasProxy: boolean;
}

/**
 * The quorum the assembly will have if the replies hold: those present or represented now, those who
 * said they come, those who gave (or announced) a proxy. Without any convocation sent, it rests on
 * the sheet alone: who is present, and the proxies recorded.
 */
export function projectQuorum(
  rule: QuorumRule,
  options: { members: ProjectedMember[]; hasReplies: boolean },
): AssemblyTimeline['projectedQuorum'] {
  let present = 0;
  let remote = 0;
  let represented = 0;
  for (const member of options.members) {
    if (member.presence === 'present') present += 1;
    else if (member.presence === 'remote') remote += 1;
    else if (member.presence === 'represented' || member.hasProxy) represented += 1;
    else if (options.hasReplies && member.answer === 'attending') present += 1;
    else if (options.hasReplies && member.answer === 'proxy') represented += 1;
  }
  const quorum = computeQuorum(rule, {
    votingMembers: options.members.length,
    present,
    remote,
    represented,
  });
  return {
    basis: options.hasReplies ? 'replies' : 'attendance_and_proxies',
    isRequired: quorum.isRequired,
    projected: quorum.counted,
    required: quorum.required,
    isReached: quorum.isReached,
  };
}

type StepFacts = Omit<AssemblyTimeline, 'steps'> & { today: string; heldOn: string; phase: string };

/**
 * Where each step stands, from the data: done, now (to do next), late (its day passed undone) or later.
 * Convocations are due by the notice's last day; the replies and the projected quorum run until the
 * day; the check-in is the day's; the minutes come after the closing, approved then signed.
 */
export function assemblySteps(facts: StepFacts): AssemblyTimeline['steps'] {
  const { today, heldOn, phase, convocations, replies, minutesState, votingMembers } = facts;
  const isPlanned = phase === 'planned';
  const hasConvened = convocations.sent + convocations.letters + convocations.failed > 0;
  const isConvened =
    votingMembers > 0 && convocations.notConvened === 0 && convocations.pending === 0 && hasConvened;
  const pastDay = (day: string): StepState => (today > day ? 'late' : 'now');
  const states: Record<AssemblyStepKey, StepState> = {
    convocations: isConvened ? 'done' : isPlanned ? pastDay(facts.convocationsDueBy) : 'passed',
    replies:
      isConvened && replies.none === 0 ? 'done' : !isPlanned ? 'passed' : hasConvened ? 'now' : 'later',
    quorum: !isPlanned || facts.projectedQuorum.isReached ? 'done' : hasConvened ? 'now' : 'later',
    check_in:
      phase === 'closed'
        ? 'done'
        : phase === 'open' || today === heldOn
          ? 'now'
          : today > heldOn
            ? 'late'
            : 'later',
    minutes_approve:
      minutesState === 'approved' || minutesState === 'signed'
        ? 'done'
        : phase === 'closed'
          ? 'now'
          : 'later',
    minutes_sign: minutesState === 'signed' ? 'done' : minutesState === 'approved' ? 'now' : 'later',
  };
  const dueOn: Record<AssemblyStepKey, string | null> = {
    convocations: facts.convocationsDueBy,
    replies: heldOn,
    quorum: heldOn,
    check_in: heldOn,
    minutes_approve: null,
    minutes_sign: null,
  };
  return (Object.keys(states) as AssemblyStepKey[]).map((key) => ({
    key,
    state: states[key],
    dueOn: dueOn[key],
  }));
}
