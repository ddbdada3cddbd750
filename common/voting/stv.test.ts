import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { BallotValidationError, type ChoiceBallot } from './ballots.ts';
import { parseBlt } from './export.ts';
import { countStv, formatStvValue, stvUnit, type StvResult } from './stv.ts';

const options = (...ids: string[]) => ids.map((id) => ({ optionId: id, label: id }));
const ballot = (weight: number, ...choices: string[]): ChoiceBallot => ({ choices, weight });

/** Every stage accounts for every valid ballot: votes, non-transferable and rounding losses. */
function assertBalanced(result: StvResult) {
  let nonTransferable = 0;
  let lost = 0;
  for (const stage of result.stages) {
    nonTransferable += stage.nonTransferable;
    lost += stage.lostToRounding;
    const votes = Object.values(stage.votes).reduce((sum, value) => sum + value, 0);
    assert.equal(votes + nonTransferable + lost, result.ballots * stvUnit, `stage ${stage.number}`);
  }
}

const shown = (votes: Record<string, number>, ids: string[]) => ids.map((id) => formatStvValue(votes[id]!));

describe('single transferable vote (Scottish STV)', () => {
  // Wikipedia, "Single transferable vote", the example of the food for a party: 20 voters, 3 seats.
  const food = options('Oranges', 'Pears', 'Chocolate', 'Strawberries', 'Sweets');
  const foodBallots = [
    ballot(4, 'Oranges'),
    ballot(2, 'Pears', 'Oranges'),
    ballot(8, 'Chocolate', 'Strawberries'),
    ballot(4, 'Chocolate', 'Sweets'),
    ballot(1, 'Strawberries'),
    ballot(1, 'Sweets'),
  ];

  it('counts Wikipedia’s example stage by stage: Chocolate, Oranges, Strawberries', () => {
    const result = countStv(food, 3, foodBallots, 'no lot needed');
    assert.equal(result.quota, 6);
    assert.deepEqual(result.elected, ['Chocolate', 'Oranges', 'Strawberries']);
    const ids = ['Oranges', 'Pears', 'Chocolate', 'Strawberries', 'Sweets'];
    assert.deepEqual(
      result.stages.map((stage) => [stage.action, shown(stage.votes, ids), stage.elected]),
      [
        [
          { kind: 'first_preferences' },
          ['4.00000', '2.00000', '12.00000', '1.00000', '1.00000'],
          ['Chocolate'],
        ],
        [
          { kind: 'surplus', optionId: 'Chocolate', surplus: 6 * stvUnit },
          ['4.00000', '2.00000', '6.00000', '5.00000', '3.00000'],
          [],
        ],
        [
          { kind: 'exclusion', optionId: 'Pears' },
          ['6.00000', '0.00000', '6.00000', '5.00000', '3.00000'],
          ['Oranges'],
        ],
        [
          { kind: 'exclusion', optionId: 'Sweets' },
          ['6.00000', '0.00000', '6.00000', '5.00000', '0.00000'],
          ['Strawberries'],
        ],
      ],
    );
    assert.equal(formatStvValue(result.stages[3]!.nonTransferable), '3.00000');
    assert.deepEqual(
      result.candidates.map((candidate) => [candidate.optionId, candidate.status, candidate.stage]),
      [
        ['Oranges', 'elected', 3],
        ['Pears', 'excluded', 3],
        ['Chocolate', 'elected', 1],
        ['Strawberries', 'elected', 4],
        ['Sweets', 'excluded', 4],
      ],
    );
    assert.deepEqual(result.lots, []);
    assertBalanced(result);
  });

  // The Green Party of the United States' steering committee election of 24 July 2005 (94 ballots,
  // 4 seats), as published with the Droop STV package (test/blt/SC.blt), whose Scottish STV report
  // gives these values to five decimals.
  const gpus = `13 4
1 7 8 9 11 12 0
1 7 8 9 11 12 0
1 13 7 5 4 2 1 0
1 5 13 2 7 4 1 0
1 13 4 1 2 0
1 4 2 13 1 3 0
1 4 13 2 7 0
1 7 8 12 1 13 9 2 4 11 5 0
1 1 13 3 4 7 5 2 0
1 4 1 13 7 3 5 2 0
1 4 1 13 7 3 5 2 0
1 1 4 13 2 7 5 3 9 8 12 11 0
1 7 1 8 9 13 3 2 4 12 5 11 0
1 7 8 9 11 12 0
1 7 1 8 9 13 3 2 4 12 5 11 0
1 7 8 9 11 12 0
1 7 8 9 11 12 0
1 7 8 9 11 12 0
1 5 1 13 3 2 4 7 0
1 7 8 9 3 12 2 13 5 1 4 0
1 3 13 1 2 0
1 3 13 1 2 0
1 4 7 13 5 0
1 4 5 13 3 2 1 0
1 7 8 9 11 12 0
1 7 9 8 12 11 2 13 0
1 7 8 9 11 12 0
1 7 8 9 11 12 0
1 4 3 13 1 0
1 4 3 13 1 0
1 13 3 4 1 7 2 5 0
1 3 13 4 1 7 2 5 0
1 13 3 4 1 2 5 7 0
1 13 1 4 2 5 3 7 0
1 13 4 3 1 2 5 0
1 3 13 1 4 2 7 5 0
1 4 3 13 8 0
1 4 3 13 1 0
1 1 4 13 7 0
1 1 4 13 7 0
1 7 3 4 13 1 5 0
1 9 11 8 7 0
1 7 8 9 11 12 0
1 13 3 5 2 0
1 4 5 2 3 13 0
1 13 5 2 4 1 3 7 0
1 13 5 2 1 7 3 8 0
1 7 8 9 12 11 0
1 7 8 4 9 12 0
1 13 4 7 2 8 0
1 4 13 2 7 1 8 0
1 7 8 11 9 12 0
1 8 4 7 11 13 9 0
1 7 4 2 13 0
1 13 1 7 4 0
1 4 1 2 13 9 5 0
1 1 4 13 5 3 2 0
1 7 5 4 8 11 2 13 1 3 9 12 0
1 4 8 7 5 13 2 1 3 9 0
1 3 4 7 2 12 13 8 1 5 0
1 7 8 9 11 12 0
1 7 8 11 9 0
1 7 8 11 9 0
1 7 8 9 11 12 0
1 7 8 9 11 12 0
1 7 8 9 11 12 0
1 13 2 4 7 5 1 0
1 7 8 9 11 12 0
1 7 8 9 11 0
1 7 8 9 11 12 0
1 2 7 8 12 13 11 1 5 9 0
1 4 7 8 2 0
1 4 13 5 2 1 3 0
1 13 4 7 3 1 5 8 2 9 0
1 4 3 13 1 7 0
1 13 4 1 3 0
1 4 1 13 3 2 7 8 0
1 2 4 13 5 0
1 2 3 4 1 13 7 0
1 3 1 4 13 0
1 4 3 1 2 11 0
1 3 1 4 13 2 7 0
1 4 1 2 8 3 0
1 4 1 5 13 2 3 0
1 4 1 5 13 2 3 0
1 7 8 9 11 12 0
1 7 8 9 11 12 0
1 13 7 3 2 5 4 1 0
1 13 5 7 2 4 1 0
1 7 8 9 11 12 0
1 1 13 3 7 2 4 5 0
1 13 1 2 7 4 5 3 0
1 13 1 2 7 4 5 3 0
1 3 1 4 2 13 7 9 5 8 0
0
"Budd Dickinson"
"Kirit Mookerjee"
"Tom Sevigny"
"Pat LaMarche"
"Michael Piacsek"
"Write-In 2"
"Rebecca Rotzler"
"Kristen Olsen"
"Jason Jones"
"Write-In 1"
"Steve Greenfield"
"Jimmy Leas"
"Steve Kramer"
"GPUS Steering Committee Election 2005-07-24"
`;

  it('gives the published values of a real election to five decimals (GPUS 2005)', () => {
    const election = parseBlt(gpus);
    assert.equal(election.ballots.length, 94);
    const result = countStv(election.options, election.seats, election.ballots, 'GPUS 2005');
    const name = new Map(election.options.map((option) => [option.optionId, option.label]));
    const byName = (votes: Record<string, number>) =>
      Object.fromEntries(
        Object.entries(votes)
          .filter(([, value]) => value > 0)
          .map(([id, value]) => [name.get(id)!, formatStvValue(value)]),
      );
    assert.equal(result.quota, 19);
    assert.deepEqual(
      result.elected.map((id) => name.get(id)),
      ['Rebecca Rotzler', 'Pat LaMarche', 'Steve Kramer', 'Tom Sevigny'],
    );
    const [first, rotzler, laMarche] = result.stages;
    assert.deepEqual(byName(first!.votes), {
      'Budd Dickinson': '6.00000',
      'Kirit Mookerjee': '3.00000',
      'Tom Sevigny': '8.00000',
      'Pat LaMarche': '22.00000',
      'Michael Piacsek': '2.00000',
      'Rebecca Rotzler': '33.00000',
      'Kristen Olsen': '1.00000',
      'Jason Jones': '1.00000',
      'Steve Kramer': '18.00000',
    });
    // Rotzler's surplus of 14 at the transfer value 14 ÷ 33 = 0.42424.
    assert.deepEqual(byName(rotzler!.votes), {
      'Budd Dickinson': '6.84848',
      'Kirit Mookerjee': '3.42424',
      'Tom Sevigny': '8.42424',
      'Pat LaMarche': '22.00000',
      'Michael Piacsek': '2.42424',
      'Rebecca Rotzler': '19.00000',
      'Kristen Olsen': '12.45448',
      'Jason Jones': '1.42424',
      'Steve Kramer': '18.00000',
    });
    assert.equal(formatStvValue(rotzler!.lostToRounding), '0.00008');
    assert.deepEqual(byName(laMarche!.votes), {
      'Budd Dickinson': '7.80300',
      'Kirit Mookerjee': '3.56060',
      'Tom Sevigny': '9.24240',
      'Pat LaMarche': '19.00000',
      'Michael Piacsek': '2.69696',
      'Rebecca Rotzler': '19.00000',
      'Kristen Olsen': '12.72720',
      'Jason Jones': '1.42424',
      'Steve Kramer': '18.54544',
    });
    // The four candidates without a vote are excluded one by one, by lot (equal at every stage).
    const zeroes = result.stages.slice(3, 7);
    assert.ok(zeroes.every((stage) => stage.action.kind === 'exclusion'));
    assert.deepEqual(
      zeroes.map((stage) => stage.tieBreak?.rule),
      ['lot', 'lot', 'lot', undefined],
    );
    assert.equal(result.lots.length, 3);
    const later = result.stages.slice(7).map((stage) => [stage.action, byName(stage.votes)]);
    const id = (label: string) => election.options.find((option) => option.label === label)!.optionId;
    assert.deepEqual(later[0]![0], { kind: 'exclusion', optionId: id('Jason Jones') });
    assert.equal(later[0]![1]!['Kristen Olsen' as never], '14.15144');
    assert.deepEqual(later[1]![0], { kind: 'exclusion', optionId: id('Michael Piacsek') });
    assert.deepEqual(later[1]![1], {
      'Budd Dickinson': '8.80300',
      'Kirit Mookerjee': '3.69696',
      'Tom Sevigny': '9.24240',
      'Pat LaMarche': '19.00000',
      'Rebecca Rotzler': '19.00000',
      'Kristen Olsen': '14.57568',
      'Steve Kramer': '19.68180',
    });
    assert.deepEqual(later[2]![0], { kind: 'surplus', optionId: id('Steve Kramer'), surplus: 68180 });
    assert.deepEqual(later[2]![1], {
      'Budd Dickinson': '9.01084',
      'Kirit Mookerjee': '3.95360',
      'Tom Sevigny': '9.45496',
      'Pat LaMarche': '19.00000',
      'Rebecca Rotzler': '19.00000',
      'Kristen Olsen': '14.57568',
      'Steve Kramer': '19.00000',
    });
    assert.deepEqual(later[3]![1], {
      'Budd Dickinson': '9.36448',
      'Tom Sevigny': '10.59132',
      'Pat LaMarche': '19.00000',
      'Rebecca Rotzler': '19.00000',
      'Kristen Olsen': '15.61032',
      'Steve Kramer': '19.00000',
    });
    assert.deepEqual(later[4]![1], {
      'Tom Sevigny': '16.62204',
      'Pat LaMarche': '19.00000',
      'Rebecca Rotzler': '19.00000',
      'Kristen Olsen': '16.59988',
      'Steve Kramer': '19.00000',
    });
    assert.deepEqual(later[5]![0], { kind: 'exclusion', optionId: id('Kristen Olsen') });
    assert.equal(later[5]![1]!['Tom Sevigny' as never], '18.59172');
    assert.equal(formatStvValue(result.nonTransferable), '18.40808');
    assert.equal(formatStvValue(result.lostToRounding), '0.00020');
    assert.equal(later.length, 6);
    assertBalanced(result);
  });

  it('excludes, of candidates equally lowest, the one lowest at the latest stage where they differed', () => {
    const result = countStv(
      options('A', 'B', 'C', 'D'),
      1,
      [ballot(5, 'A'), ballot(3, 'B'), ballot(2, 'C'), ballot(1, 'D', 'C')],
      'x',
    );
    // Stage 2 excludes D: C reaches B's 3. Stage 3: B and C are equal now and at stage 2's end;
    // at stage 1 C had 2 and B 3, so C goes.
    assert.equal(result.quota, 6);
    assert.deepEqual(result.stages[2]!.action, { kind: 'exclusion', optionId: 'C' });
    assert.deepEqual(result.stages[2]!.tieBreak, { rule: 'earlier_stage', candidates: ['B', 'C'], stage: 1 });
    assert.deepEqual(result.elected, ['A']);
    assert.deepEqual(result.lots, []);
    assertBalanced(result);
  });

  it('transfers first, of equal surpluses, that of the candidate ahead at the latest stage where they differed', () => {
    const result = countStv(
      options('A', 'B', 'C', 'D', 'E'),
      4,
      [
        ballot(4, 'A', 'B'),
        ballot(6, 'A', 'C'),
        ballot(2, 'A'),
        ballot(5, 'B', 'D'),
        ballot(4, 'C', 'E'),
        ballot(1, 'D'),
        ballot(3, 'E'),
      ],
      'x',
    );
    // Quota 6. Stage 2: A's surplus of 6 at 0.5 brings B (5 + 2) and C (4 + 3) to 7 each. Their
    // surpluses are equal, as were their votes at stage 2; at stage 1 B had 5 and C 4: B goes first.
    assert.equal(result.quota, 6);
    assert.deepEqual(result.stages[1]!.elected, ['B', 'C']);
    assert.deepEqual(result.stages[2]!.action, { kind: 'surplus', optionId: 'B', surplus: stvUnit });
    assert.deepEqual(result.stages[2]!.tieBreak, { rule: 'earlier_stage', candidates: ['B', 'C'], stage: 1 });
    assert.deepEqual(result.stages[3]!.action, { kind: 'surplus', optionId: 'C', surplus: stvUnit });
    assert.deepEqual(result.lots, []);
    assertBalanced(result);
  });

  it('draws lots from the caller’s seed when candidates were equal at every stage, and records the draw', () => {
    const candidates = options('A', 'B', 'C', 'D');
    const ballots = [ballot(4, 'A', 'C'), ballot(4, 'B', 'D'), ballot(1, 'C'), ballot(1, 'D')];
    const outcomes = new Set<string>();
    for (let draw = 0; draw < 12; draw++) {
      const seed = `assemblée 2026, tirage ${draw}`;
      const result = countStv(candidates, 3, ballots, seed);
      assert.deepEqual(countStv(candidates, 3, [...ballots].reverse(), seed), result);
      // A and B are elected at stage 1 with equal surpluses: the lot says whose goes first. Its
      // beneficiary reaches 2 a stage earlier, so the other one, equal at 2, is then excluded.
      const [lot] = result.lots;
      assert.equal(lot!.context, 'stage 2: surplus');
      assert.deepEqual(lot!.candidates, ['A', 'B']);
      for (const candidate of ['A', 'B'])
        assert.equal(
          lot!.tickets[candidate],
          createHash('sha256').update(`${seed}\nstage 2: surplus\n${candidate}`).digest('hex'),
        );
      assert.equal(lot!.chosen, lot!.tickets.A! < lot!.tickets.B! ? 'A' : 'B');
      assert.deepEqual(result.stages[1]!.tieBreak, { rule: 'lot', candidates: ['A', 'B'], lot });
      const third = lot!.chosen === 'A' ? 'C' : 'D';
      assert.deepEqual(result.elected, ['A', 'B', third]);
      assert.equal(result.stages[3]!.tieBreak?.rule, 'earlier_stage');
      outcomes.add(third);
      assertBalanced(result);
    }
    assert.deepEqual([...outcomes].sort(), ['C', 'D']);
  });

  it('counts a weighted ballot as that many ballots, sets blank ballots aside, and fills seats left', () => {
    const expanded = foodBallots.flatMap((entry) =>
      Array.from({ length: entry.weight }, () => ({ choices: entry.choices, weight: 1 })),
    );
    const withBlank = [...expanded, { choices: [], weight: 3 }];
    const result = countStv(food, 3, withBlank, 'x');
    assert.deepEqual({ ...result, blank: 0 }, { ...countStv(food, 3, foodBallots, 'x'), blank: 0 });
    assert.equal(result.blank, 3);
    const everyone = countStv(options('A', 'B'), 3, [ballot(1, 'A')], 'x');
    assert.deepEqual(everyone.elected, ['A', 'B']);
  });

  it('keeps exact values where floating point would drift', () => {
    // 1 000 000 ballots of weight 3 on one candidate: products beyond 2^53 go through BigInt.
    const result = countStv(options('A', 'B', 'C'), 2, [ballot(3_000_000, 'A', 'B'), ballot(1, 'C')], 'x');
    assert.equal(result.quota, 1_000_001);
    // Transfer value ⌊1 999 999 ÷ 3 000 000⌋ to five places = 0.66666, for each of 3 000 000 papers.
    assert.equal(formatStvValue(result.stages[1]!.votes.B!), '1999980.00000');
    assert.equal(formatStvValue(result.stages[1]!.lostToRounding), '19.00000');
    assertBalanced(result);
  });

  it('refuses a ranking with duplicates or an unknown candidate, naming the ballot', () => {
    assert.throws(
      () => countStv(food, 3, [ballot(1, 'Pears'), ballot(1, 'Pears', 'Oranges', 'Pears')], 'x'),
      (error: unknown) =>
        error instanceof BallotValidationError &&
        error.errors.length === 1 &&
        error.errors[0]!.ballotIndex === 1 &&
        error.errors[0]!.code === 'ballot_candidate_repeated',
    );
  });
});
