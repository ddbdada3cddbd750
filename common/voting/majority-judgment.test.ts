import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BallotValidationError } from './ballots.ts';
import {
  compareMajorityValues,
  countMajorityJudgment,
  judgeMeritProfiles,
  majorityJudgmentScales,
  type GradeBallot,
} from './majority-judgment.ts';
import { gradeMessages } from './grades.messages.ts';

const six = majorityJudgmentScales.six;
const seven = majorityJudgmentScales.seven;
const options = (...ids: string[]) => ids.map((id) => ({ optionId: id, label: id }));

/** Balinski and Laraki's rule written out literally: remove the lower median, again and again. */
function majorityValue(profile: readonly number[]): number[] {
  const grades = profile.flatMap((weight, grade) => Array.from({ length: weight }, () => grade));
  const sequence: number[] = [];
  while (grades.length > 0) sequence.push(grades.splice(Math.floor(grades.length / 2), 1)[0]!);
  return sequence;
}

function literalCompare(a: readonly number[], b: readonly number[]): number {
  const [x, y] = [majorityValue(a), majorityValue(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

describe('majority judgment', () => {
  // M. Balinski and R. Laraki, "A theory of measuring, electing and ranking", PNAS 104 (2007):
  // the Orsay experiment of the 2007 French presidential election, grades in per mille of the
  // voters (Très bien, Bien, Assez bien, Passable, Insuffisant, À rejeter), a missing grade
  // counted as À rejeter — so À rejeter is what the other grades leave of 1000.
  const orsay: Record<string, number[]> = {
    Bayrou: [136, 307, 251, 148, 84],
    Royal: [227, 191, 168, 140, 122],
    Sarkozy: [191, 198, 143, 115, 71],
    Voynet: [29, 93, 175, 237, 261],
    Besancenot: [41, 99, 163, 160, 226],
    Buffet: [25, 76, 125, 206, 264],
    Bové: [15, 60, 114, 160, 257],
    Laguiller: [21, 53, 102, 166, 259],
    Nihous: [3, 18, 53, 110, 267],
    'de Villiers': [24, 64, 87, 113, 158],
    Schivardi: [5, 10, 39, 95, 249],
    'Le Pen': [46, 62, 65, 81, 54],
  };
  const orsayProfiles = new Map(
    Object.entries(orsay).map(([name, grades]) => [
      name,
      [...grades, 1000 - grades.reduce((a, b) => a + b, 0)],
    ]),
  );

  it('ranks the Orsay experiment as Balinski and Laraki published it, with majority grades and gauges', () => {
    const result = judgeMeritProfiles(options(...Object.keys(orsay).sort()), six, orsayProfiles);
    assert.deepEqual(
      result.candidates.map((candidate) => candidate.optionId),
      [
        'Bayrou',
        'Royal',
        'Sarkozy',
        'Voynet',
        'Besancenot',
        'Buffet',
        'Bové',
        'Laguiller',
        'Nihous',
        'de Villiers',
        'Schivardi',
        'Le Pen',
      ],
    );
    const byId = new Map(result.candidates.map((candidate) => [candidate.optionId, candidate]));
    // Three "Assez bien": Bayrou and Royal "+" (443 and 418 above), Sarkozy "−" (468 below).
    assert.deepEqual(
      ['Bayrou', 'Royal', 'Sarkozy'].map((id) => {
        const { majorityGrade, better, worse, gaugeSign } = byId.get(id)!;
        return [majorityGrade, better, worse, gaugeSign];
      }),
      [
        ['fairly_good', 443, 306, '+'],
        ['fairly_good', 418, 414, '+'],
        ['fairly_good', 389, 468, '-'],
      ],
    );
    assert.equal(byId.get('Voynet')!.majorityGrade, 'passable');
    assert.equal(byId.get('Besancenot')!.majorityGrade, 'insufficient');
    assert.equal(byId.get('Le Pen')!.majorityGrade, 'reject');
    assert.deepEqual(byId.get('Bayrou')!.profile, [136, 307, 251, 148, 84, 74]);
    assert.equal(result.ballots, 1000);
    assert.deepEqual(
      result.candidates.filter((candidate) => candidate.isElected).map((candidate) => candidate.optionId),
      ['Bayrou'],
    );
    assert.deepEqual(
      result.candidates.map((candidate) => candidate.rank),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    );
  });

  it('takes the lower of the two middle grades when the number of voters is even', () => {
    const ballots: GradeBallot[] = ['excellent', 'very_good', 'good', 'passable'].map((grade) => ({
      grades: { A: grade },
      weight: 1,
    }));
    const result = countMajorityJudgment(options('A'), seven, ballots);
    assert.equal(result.candidates[0]!.majorityGrade, 'good');
    assert.deepEqual(result.candidates[0]!.profile, [1, 1, 1, 0, 1, 0, 0]);
    assert.equal(result.candidates[0]!.better, 2);
    assert.equal(result.candidates[0]!.worse, 1);
  });

  it('breaks a tie of majority grades by removing majority grades one at a time', () => {
    // Both have the majority grade Bien (index 1) of 5 voters. Remove one Bien: A's lower median of
    // [TB, B, P, P] is P; B's of [TB, TB, B, I] is B. So B ranks first, though A has more "Bien".
    const profiles = new Map([
      ['A', [1, 2, 0, 2, 0, 0]],
      ['B', [2, 2, 0, 0, 1, 0]],
    ]);
    assert.deepEqual(majorityValue(profiles.get('A')!), [1, 3, 1, 3, 0]);
    assert.deepEqual(majorityValue(profiles.get('B')!), [1, 1, 0, 4, 0]);
    const result = judgeMeritProfiles(options('A', 'B'), six, profiles);
    assert.deepEqual(
      result.candidates.map((candidate) => [candidate.optionId, candidate.majorityGrade, candidate.rank]),
      [
        ['B', 'good', 1],
        ['A', 'good', 2],
      ],
    );
    assert.equal(result.hasTie, false);
  });

  it('computes the same order as removing medians literally, on many profiles', () => {
    let state = 20070522;
    const random = (below: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % below;
    };
    for (let round = 0; round < 2000; round++) {
      const grades = 2 + random(5);
      const voters = 1 + random(12);
      const draw = () => {
        const profile = Array.from({ length: grades }, () => 0);
        for (let voter = 0; voter < voters; voter++) profile[random(grades)]! += 1;
        return profile;
      };
      const [a, b] = [draw(), draw()];
      assert.equal(
        Math.sign(compareMajorityValues(a, b)),
        Math.sign(literalCompare(a, b)),
        `profiles ${JSON.stringify(a)} and ${JSON.stringify(b)}`,
      );
    }
  });

  it('ties candidates with the same merit profile: shared rank, and neither elected across the last seat', () => {
    const ballots: GradeBallot[] = [
      { grades: { A: 'good', B: 'passable', C: 'reject' }, weight: 1 },
      { grades: { A: 'passable', B: 'good', C: 'insufficient' }, weight: 1 },
      { grades: { A: 'very_good', B: 'very_good', C: 'passable' }, weight: 1 },
    ];
    const result = countMajorityJudgment(options('A', 'B', 'C'), six, ballots);
    assert.equal(result.hasTie, true);
    assert.deepEqual(
      result.candidates.map((candidate) => [
        candidate.optionId,
        candidate.rank,
        candidate.isElected,
        candidate.isTied,
      ]),
      [
        ['A', 1, false, true],
        ['B', 1, false, true],
        ['C', 3, false, false],
      ],
    );
    const twoSeats = countMajorityJudgment(options('A', 'B', 'C'), six, ballots, 2);
    assert.equal(twoSeats.hasTie, false);
    assert.deepEqual(
      twoSeats.candidates.filter((candidate) => candidate.isElected).map((candidate) => candidate.optionId),
      ['A', 'B'],
    );
  });

  it('gives an ungraded candidate the lowest grade, sets blank ballots aside, and weighs ballots', () => {
    const result = countMajorityJudgment(options('A', 'B'), six, [
      { grades: { A: 'very_good' }, weight: 3 },
      { grades: { A: 'passable', B: 'good' }, weight: 2 },
      { grades: {}, weight: 5 },
    ]);
    assert.equal(result.ballots, 5);
    assert.equal(result.blank, 5);
    const byId = new Map(result.candidates.map((candidate) => [candidate.optionId, candidate]));
    assert.deepEqual(byId.get('B')!.profile, [0, 2, 0, 0, 0, 3]);
    assert.equal(byId.get('B')!.majorityGrade, 'reject');
    assert.equal(byId.get('A')!.majorityGrade, 'very_good');
  });

  it('refuses a grade outside the scale and an unknown candidate, naming the ballot', () => {
    assert.throws(
      () =>
        countMajorityJudgment(options('A', 'B'), six, [
          { grades: { A: 'good' }, weight: 1 },
          { grades: { A: 'excellent' }, weight: 1 },
          { grades: { C: 'good' }, weight: -1 },
        ]),
      (error: unknown) => {
        assert.ok(error instanceof BallotValidationError);
        assert.deepEqual(error.errors, [
          { ballotIndex: 1, code: 'ballot_grade_unknown', optionId: 'A', grade: 'excellent' },
          { ballotIndex: 2, code: 'ballot_weight_invalid' },
          { ballotIndex: 2, code: 'ballot_candidate_unknown', optionId: 'C' },
        ]);
        return true;
      },
    );
  });

  it('names every grade of both scales in French and English', () => {
    for (const grade of [...seven, ...six]) {
      assert.ok(gradeMessages[grade].fr && gradeMessages[grade].en, grade);
    }
    assert.deepEqual(
      seven.map((grade) => gradeMessages[grade].fr),
      ['Excellent', 'Très bien', 'Bien', 'Assez bien', 'Passable', 'Insuffisant', 'À rejeter'],
    );
  });

  it('refuses merit profiles that do not add up to the same number of ballots', () => {
    assert.throws(
      () =>
        judgeMeritProfiles(
          options('A', 'B'),
          six,
          new Map([
            ['A', [1, 0, 0, 0, 0, 0]],
            ['B', [1, 1, 0, 0, 0, 0]],
          ]),
        ),
      /same weight/,
    );
  });
});
