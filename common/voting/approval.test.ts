import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countApproval } from './approval.ts';
import { BallotValidationError, ballotErrorParams, type ChoiceBallot } from './ballots.ts';

const options = (...ids: string[]) => ids.map((id) => ({ optionId: id, label: id }));
const approve = (weight: number, ...choices: string[]): ChoiceBallot => ({ choices, weight });

describe('approval voting', () => {
  // The choice of Tennessee's capital that Wikipedia's articles on voting methods share (42 % of
  // the voters near Memphis, 26 % Nashville, 15 % Chattanooga, 17 % Knoxville); the approvals, each
  // group's own city and the neighbours it accepts, are chosen here. Nashville: 42 + 26 + 15 = 83.
  const cities = options('Memphis', 'Nashville', 'Chattanooga', 'Knoxville');
  const tennessee = [
    approve(42, 'Memphis', 'Nashville'),
    approve(26, 'Nashville', 'Chattanooga'),
    approve(15, 'Chattanooga', 'Knoxville', 'Nashville'),
    approve(17, 'Knoxville', 'Chattanooga'),
  ];

  it('elects the candidate with the most approvals (Tennessee example)', () => {
    const result = countApproval(cities, 1, tennessee);
    assert.deepEqual(
      result.candidates.map((candidate) => [
        candidate.optionId,
        candidate.votes,
        candidate.rank,
        candidate.isElected,
      ]),
      [
        ['Nashville', 83, 1, true],
        ['Chattanooga', 58, 2, false],
        ['Memphis', 42, 3, false],
        ['Knoxville', 32, 4, false],
      ],
    );
    assert.equal(result.ballots, 100);
    assert.equal(result.hasTie, false);
  });

  it('elects the first k for k seats, and elects none of those tied across the last seat', () => {
    const two = countApproval(cities, 2, tennessee);
    assert.deepEqual(
      two.candidates.filter((candidate) => candidate.isElected).map((candidate) => candidate.optionId),
      ['Nashville', 'Chattanooga'],
    );
    const tied = countApproval(options('A', 'B', 'C'), 2, [
      approve(3, 'A'),
      approve(2, 'B'),
      approve(2, 'C'),
    ]);
    assert.equal(tied.hasTie, true);
    assert.deepEqual(
      tied.candidates.map((candidate) => [
        candidate.optionId,
        candidate.rank,
        candidate.isElected,
        candidate.isTied,
      ]),
      [
        ['A', 1, true, false],
        ['B', 2, false, true],
        ['C', 2, false, true],
      ],
    );
    // A tie below the last seat is no tie for the election.
    const below = countApproval(options('A', 'B', 'C'), 1, [
      approve(3, 'A'),
      approve(2, 'B'),
      approve(2, 'C'),
    ]);
    assert.equal(below.hasTie, false);
  });

  it('counts an empty ballot as blank and never elects a candidate with no approval', () => {
    const result = countApproval(options('A', 'B'), 2, [approve(1, 'A'), approve(4)]);
    assert.equal(result.blank, 4);
    assert.equal(result.ballots, 5);
    assert.deepEqual(
      result.candidates.map((candidate) => [candidate.optionId, candidate.isElected]),
      [
        ['A', true],
        ['B', false],
      ],
    );
  });

  it('refuses a ballot approving a candidate twice, too many candidates or an unknown one', () => {
    assert.throws(
      () =>
        countApproval(
          options('A', 'B', 'C'),
          1,
          [approve(1, 'A', 'A'), approve(1, 'A', 'B', 'C'), approve(1, 'Z')],
          2,
        ),
      (error: unknown) => {
        assert.ok(error instanceof BallotValidationError);
        assert.deepEqual(error.errors, [
          { ballotIndex: 0, code: 'ballot_candidate_repeated', optionId: 'A' },
          { ballotIndex: 1, code: 'ballot_too_many_choices' },
          { ballotIndex: 2, code: 'ballot_candidate_unknown', optionId: 'Z' },
        ]);
        assert.deepEqual(ballotErrorParams(error.errors[0]!), { ballot: 1, candidate: 'A', grade: '' });
        assert.match(error.message, /^ballot 1: ballot_candidate_repeated/);
        return true;
      },
    );
  });
});
