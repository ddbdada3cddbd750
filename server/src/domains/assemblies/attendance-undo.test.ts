import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { arrivalUndoRefusal, departureUndoRefusal, type UndoFacts } from './attendance-undo.ts';

const at = (time: string) => `2030-06-15T${time}:00.000Z`;

function facts(
  overrides: Partial<Omit<UndoFacts, 'row'>> & { row?: Partial<UndoFacts['row']> } = {},
): UndoFacts {
  return {
    quorumFrozenAt: null,
    voteInstants: [],
    minutesState: null,
    ...overrides,
    row: { status: 'present', membershipId: 'm1', arrivedAt: at('12:50'), leftAt: null, ...overrides.row },
  };
}

describe('undoing an arrival', () => {
  it('is allowed before the opening, for a guest at any time, and for an excuse', () => {
    assert.equal(arrivalUndoRefusal(facts()), null);
    assert.equal(
      arrivalUndoRefusal(facts({ quorumFrozenAt: at('12:00'), voteInstants: [at('12:40')] })),
      null,
    );
    assert.equal(
      arrivalUndoRefusal(facts({ quorumFrozenAt: at('13:00'), row: { membershipId: null } })),
      null,
      'a row without a vote is counted in nothing',
    );
    assert.equal(arrivalUndoRefusal(facts({ row: { status: 'excused', arrivedAt: null } })), null);
  });

  it('is refused once the frozen quorum or a vote counted it, or when there is nothing to undo', () => {
    assert.equal(arrivalUndoRefusal(facts({ quorumFrozenAt: at('13:00') })), 'arrival_in_frozen_quorum');
    assert.equal(
      arrivalUndoRefusal(facts({ quorumFrozenAt: at('13:00'), row: { arrivedAt: null } })),
      'arrival_in_frozen_quorum',
      'a row without an arrival time counts from the start',
    );
    assert.equal(
      arrivalUndoRefusal(facts({ quorumFrozenAt: at('12:00'), voteInstants: [at('12:50')] })),
      'arrival_counted_in_vote',
    );
    assert.equal(
      arrivalUndoRefusal(facts({ voteInstants: [at('13:10')], row: { leftAt: at('13:05') } })),
      null,
      'a vote after the departure did not count the person',
    );
    assert.equal(arrivalUndoRefusal(facts({ row: { status: 'absent' } })), 'not_checked_in');
    assert.equal(arrivalUndoRefusal(facts({ minutesState: 'approved' })), 'undo_after_minutes_approved');
    assert.equal(arrivalUndoRefusal(facts({ minutesState: 'draft' })), null);
  });
});

describe('undoing a departure', () => {
  const left = { leftAt: at('13:30') };
  it('is allowed while no vote and no frozen quorum counted the absence', () => {
    assert.equal(departureUndoRefusal(facts({ row: left })), null);
    assert.equal(
      departureUndoRefusal(facts({ row: left, quorumFrozenAt: at('13:00'), voteInstants: [at('13:10')] })),
      null,
    );
  });

  it('is refused once the absence was counted, or without a departure', () => {
    assert.equal(
      departureUndoRefusal(facts({ row: left, quorumFrozenAt: at('14:00') })),
      'departure_in_frozen_quorum',
    );
    assert.equal(
      departureUndoRefusal(facts({ row: left, voteInstants: [at('13:30')] })),
      'departure_counted_in_vote',
    );
    assert.equal(departureUndoRefusal(facts()), 'not_left');
    assert.equal(
      departureUndoRefusal(facts({ row: left, minutesState: 'signed' })),
      'undo_after_minutes_approved',
    );
  });
});
