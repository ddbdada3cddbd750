import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assemblySteps, dayBefore, projectQuorum, type ProjectedMember } from './dashboard.ts';

const half = { share: { numerator: 1, denominator: 2 }, doProxiesCount: true, doesRemoteCount: true };
const member = (overrides: Partial<ProjectedMember> = {}): ProjectedMember => ({
  presence: 'absent',
  answer: null,
  hasProxy: false,
  ...overrides,
});

describe('the dashboard’s rules', () => {
  it('counts the notice back from the assembly’s day, across months and years', () => {
    assert.equal(dayBefore('2031-06-21', 15), '2031-06-06');
    assert.equal(dayBefore('2031-01-10', 15), '2030-12-26');
    assert.equal(dayBefore('2031-03-01', 0), '2031-03-01');
  });

  it('projects the quorum from replies, proxies and those present, each member once', () => {
    const members = [
      member({ answer: 'attending' }),
      member({ answer: 'proxy' }),
      member({ answer: 'proxy', hasProxy: true }),
      member({ presence: 'present', answer: 'excused' }),
      member({ answer: 'excused' }),
      member({}),
    ];
    const projected = projectQuorum(half, { members, hasReplies: true });
    assert.deepEqual(projected, {
      basis: 'replies',
      isRequired: true,
      projected: 4,
      required: 3,
      isReached: true,
    });
    const withoutReplies = projectQuorum(half, { members, hasReplies: false });
    assert.equal(withoutReplies.basis, 'attendance_and_proxies');
    assert.equal(withoutReplies.projected, 2, 'the one present and the proxy recorded');
    assert.equal(projectQuorum(half, { members: [], hasReplies: false }).isReached, false);
  });

  it('puts the convocations late after the notice’s last day, and passed once the session is held', () => {
    const facts = {
      noticeDays: 15,
      convocationsDueBy: '2031-06-06',
      daysLeft: 10,
      membershipYear: 2031,
      votingMembers: 3,
      convocations: { sent: 0, pending: 0, failed: 0, letters: 0, notConvened: 3 },
      replies: { attending: 0, excused: 0, proxy: 0, none: 3 },
      proxiesRecorded: 0,
      presentCount: 0,
      projectedQuorum: {
        basis: 'attendance_and_proxies' as const,
        isRequired: true,
        projected: 0,
        required: 2,
        isReached: false,
      },
      minutesState: null,
      heldOn: '2031-06-21',
    };
    const state = (steps: ReturnType<typeof assemblySteps>, key: string) =>
      steps.find((step) => step.key === key)?.state;
    assert.equal(
      state(assemblySteps({ ...facts, today: '2031-06-06', phase: 'planned' }), 'convocations'),
      'now',
    );
    assert.equal(
      state(assemblySteps({ ...facts, today: '2031-06-07', phase: 'planned' }), 'convocations'),
      'late',
    );
    assert.equal(
      state(assemblySteps({ ...facts, today: '2031-06-21', phase: 'planned' }), 'check_in'),
      'now',
    );
    const held = assemblySteps({ ...facts, today: '2031-06-22', phase: 'closed', minutesState: 'approved' });
    assert.equal(state(held, 'convocations'), 'passed');
    assert.equal(state(held, 'replies'), 'passed');
    assert.equal(state(held, 'minutes_approve'), 'done');
    assert.equal(state(held, 'minutes_sign'), 'now');
  });
});
