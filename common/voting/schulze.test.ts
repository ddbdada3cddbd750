import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BallotValidationError, type ChoiceBallot } from './ballots.ts';
import { countSchulze } from './schulze.ts';

const candidates = (ids: string) => [...ids].map((id) => ({ optionId: id, label: id }));
const ranked = (count: number, order: string): ChoiceBallot => ({ choices: [...order], weight: count });

describe('Schulze method', () => {
  // M. Schulze, Social Choice and Welfare 36 (2011), section 3.1, example 1: 45 voters, A to E.
  const example1 = [
    ranked(5, 'ACBED'),
    ranked(5, 'ADECB'),
    ranked(8, 'BEDAC'),
    ranked(3, 'CABED'),
    ranked(7, 'CAEBD'),
    ranked(2, 'CBADE'),
    ranked(7, 'DCEBA'),
    ranked(8, 'EBADC'),
  ];

  it('gives the paper’s pairwise matrix, strongest paths and ranking E > A > C > B > D (example 1)', () => {
    const result = countSchulze(candidates('ABCDE'), example1);
    assert.deepEqual(result.order, ['A', 'B', 'C', 'D', 'E']);
    assert.deepEqual(result.pairwise, [
      [0, 20, 26, 30, 22],
      [25, 0, 16, 33, 18],
      [19, 29, 0, 17, 24],
      [15, 12, 28, 0, 14],
      [23, 27, 21, 31, 0],
    ]);
    assert.deepEqual(result.strongestPaths, [
      [0, 28, 28, 30, 24],
      [25, 0, 28, 33, 24],
      [25, 29, 0, 29, 24],
      [25, 28, 28, 0, 24],
      [25, 28, 28, 31, 0],
    ]);
    assert.deepEqual(
      result.candidates.map((candidate) => [candidate.optionId, candidate.rank]),
      [
        ['E', 1],
        ['A', 2],
        ['C', 3],
        ['B', 4],
        ['D', 5],
      ],
    );
    assert.deepEqual(result.winners, ['E']);
    assert.equal(result.ballots, 45);
    assert.equal(result.hasTie, false);
  });

  it('elects the first candidates of the ranking for several seats, whatever the ballots’ order', () => {
    const result = countSchulze(candidates('ABCDE'), [...example1].reverse(), 2);
    assert.deepEqual(
      result.candidates.filter((candidate) => candidate.isElected).map((candidate) => candidate.optionId),
      ['E', 'A'],
    );
  });

  it('weighs a ballot by its weight as that many identical ballots', () => {
    const expanded = example1.flatMap((ballot) =>
      Array.from({ length: ballot.weight }, () => ({ choices: ballot.choices, weight: 1 })),
    );
    assert.deepEqual(
      countSchulze(candidates('ABCDE'), expanded),
      countSchulze(candidates('ABCDE'), example1),
    );
  });

  // Condorcet's paradox (1785): A > B > C, B > C > A, C > A > B. Every link has strength 2, every
  // strongest path too: the method cannot separate them, and this count does not draw lots.
  it('reports the tie of Condorcet’s paradox, elects no one, and uses neither order nor chance', () => {
    const ballots = [ranked(1, 'ABC'), ranked(1, 'BCA'), ranked(1, 'CAB')];
    const result = countSchulze(candidates('ABC'), ballots);
    assert.deepEqual(result.pairwise, [
      [0, 2, 1],
      [1, 0, 2],
      [2, 1, 0],
    ]);
    assert.deepEqual(result.strongestPaths, [
      [0, 2, 2],
      [2, 0, 2],
      [2, 2, 0],
    ]);
    assert.deepEqual(result.winners, ['A', 'B', 'C']);
    assert.equal(result.hasTie, true);
    assert.ok(
      result.candidates.every(
        (candidate) => candidate.rank === 1 && candidate.isTied && !candidate.isElected,
      ),
    );
    const reordered = countSchulze(candidates('CBA'), [...ballots].reverse());
    assert.deepEqual(reordered.winners.sort(), ['A', 'B', 'C']);
  });

  it('elects the candidates above a tie that lies below the last seat', () => {
    // D is beaten by all; A beats B and C, who are a tie of 2 and 2 between themselves.
    const result = countSchulze(candidates('ABCD'), [ranked(2, 'ABCD'), ranked(2, 'ACBD')], 1);
    assert.deepEqual(
      result.candidates.map((candidate) => [
        candidate.optionId,
        candidate.rank,
        candidate.isElected,
        candidate.isTied,
      ]),
      [
        ['A', 1, true, false],
        ['B', 2, false, false],
        ['C', 2, false, false],
        ['D', 4, false, false],
      ],
    );
    assert.equal(result.hasTie, false);
    const two = countSchulze(candidates('ABCD'), [ranked(2, 'ABCD'), ranked(2, 'ACBD')], 2);
    assert.equal(two.hasTie, true);
    assert.deepEqual(
      two.candidates.filter((candidate) => candidate.isElected).map((candidate) => candidate.optionId),
      ['A'],
    );
  });

  it('ranks unlisted candidates below the listed ones, and counts an empty ranking as blank', () => {
    const result = countSchulze(candidates('ABC'), [
      { choices: ['B'], weight: 2 },
      { choices: ['C', 'A'], weight: 1 },
      { choices: [], weight: 4 },
    ]);
    assert.deepEqual(result.pairwise, [
      [0, 1, 0],
      [2, 0, 2],
      [1, 1, 0],
    ]);
    assert.deepEqual(result.winners, ['B']);
    assert.equal(result.blank, 4);
    assert.equal(result.ballots, 7);
  });

  it('refuses a ranking with duplicates, naming the ballot and the candidate, and counts nothing', () => {
    assert.throws(
      () =>
        countSchulze(candidates('ABC'), [
          { choices: ['A', 'B'], weight: 1 },
          { choices: ['A', 'B', 'A'], weight: 1 },
          { choices: ['Z'], weight: 1 },
        ]),
      (error: unknown) => {
        assert.ok(error instanceof BallotValidationError);
        assert.deepEqual(error.errors, [
          { ballotIndex: 1, code: 'ballot_candidate_repeated', optionId: 'A' },
          { ballotIndex: 2, code: 'ballot_candidate_unknown', optionId: 'Z' },
        ]);
        return true;
      },
    );
  });
});
