import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BallotValidationError } from './ballots.ts';
import { exportApprovalCsv, exportBlt, exportGradesCsv, parseBlt } from './export.ts';
import { gradeMessages } from './grades.messages.ts';
import { majorityJudgmentScales } from './majority-judgment.ts';
import { countStv } from './stv.ts';

const options = [
  { optionId: 'c-ada', label: 'Ada Lovelace' },
  { optionId: 'c-bob', label: 'Bob "le Bricoleur"' },
  { optionId: 'c-cam', label: '=Camille, trésorière' },
];

describe('anonymous ballot exports', () => {
  const ranked = [
    { choices: ['c-bob', 'c-ada'], weight: 1 },
    { choices: ['c-ada'], weight: 2 },
    { choices: ['c-bob', 'c-ada'], weight: 3 },
    { choices: [], weight: 1 },
    { choices: ['c-cam'], weight: 0 },
  ];

  it('writes a BLT file: identical rankings merged and sorted, blank and weightless ballots left out', () => {
    assert.equal(
      exportBlt(options, 2, ranked, 'Conseil d’administration 2026'),
      [
        '3 2',
        '2 1 0',
        '4 2 1 0',
        '0',
        '"Ada Lovelace"',
        '"Bob  le Bricoleur "',
        '"=Camille, trésorière"',
        '"Conseil d’administration 2026"',
        '',
      ].join('\n'),
    );
  });

  it('gives the same file whatever order the ballots were cast in', () => {
    assert.equal(exportBlt(options, 2, [...ranked].reverse(), 't'), exportBlt(options, 2, ranked, 't'));
  });

  it('reads back what it writes, so a recount gives the same result', () => {
    const election = parseBlt(exportBlt(options, 1, ranked, 'Élection'));
    assert.equal(election.title, 'Élection');
    assert.equal(election.seats, 1);
    assert.deepEqual(
      election.options.map((option) => option.label),
      ['Ada Lovelace', 'Bob  le Bricoleur ', '=Camille, trésorière'],
    );
    const recount = countStv(election.options, 1, election.ballots, 'recount');
    const count = countStv(options, 1, ranked, 'recount');
    const ids = new Map(options.map((option, position) => [option.optionId, String(position + 1)]));
    assert.deepEqual(
      recount.elected,
      count.elected.map((id) => ids.get(id)),
    );
    assert.equal(recount.quota, count.quota);
  });

  it('refuses to export a ballot the count would refuse', () => {
    assert.throws(
      () => exportBlt(options, 1, [{ choices: ['c-ada', 'c-ada'], weight: 1 }], 't'),
      BallotValidationError,
    );
    assert.throws(
      () => exportApprovalCsv(options, [{ choices: ['c-zoe'], weight: 1 }], 'B'),
      BallotValidationError,
    );
    assert.throws(
      () => exportGradesCsv(options, ['a', 'b'], [{ grades: { 'c-ada': 'c' }, weight: 1 }], 'B'),
      BallotValidationError,
    );
  });

  it('reads withdrawn candidates and comments, and names the line of a malformed file', () => {
    const election = parseBlt('2 1 # two candidates, one seat\n-2\n3 1 2 0\n0\n"A"\n"B"\n"T"\n');
    assert.deepEqual(election.withdrawn, ['2']);
    assert.deepEqual(election.ballots, [{ choices: ['1', '2'], weight: 3 }]);
    assert.throws(() => parseBlt('2 1\n3 1 7 0\n0\n"A"\n"B"\n'), /BLT line 2: there is no candidate 7/);
    assert.throws(() => parseBlt('2 1\n3 1 0\n0\n"A"\n'), /2 candidates’ names were expected, 1 found/);
    assert.throws(() => parseBlt('2 x'), /BLT line 1: a number was expected, not x/);
  });

  it('writes approval ballots as CSV, merged and sorted, with formula-like labels neutralised', () => {
    const csv = exportApprovalCsv(
      options,
      [
        { choices: ['c-cam'], weight: 1 },
        { choices: ['c-ada', 'c-bob'], weight: 2 },
        { choices: ['c-bob', 'c-ada'], weight: 1 },
        { choices: [], weight: 5 },
      ],
      'Bulletins',
    );
    assert.equal(
      csv,
      [
        'Bulletins,Ada Lovelace,"Bob ""le Bricoleur""","\'=Camille, trésorière"',
        '3,1,1,0',
        '1,0,0,1',
        '5,0,0,0',
        '',
      ].join('\n'),
    );
  });

  it('writes majority-judgment ballots as CSV with the grades’ names, an ungraded candidate empty', () => {
    const csv = exportGradesCsv(
      options,
      majorityJudgmentScales.six,
      [
        { grades: { 'c-ada': 'good', 'c-bob': 'reject' }, weight: 1 },
        { grades: { 'c-ada': 'very_good', 'c-bob': 'passable', 'c-cam': 'good' }, weight: 2 },
        { grades: { 'c-bob': 'reject', 'c-ada': 'good' }, weight: 1 },
      ],
      'Bulletins',
      (grade) => gradeMessages[grade as keyof typeof gradeMessages].fr,
    );
    assert.equal(
      csv,
      [
        'Bulletins,Ada Lovelace,"Bob ""le Bricoleur""","\'=Camille, trésorière"',
        '2,Très bien,Passable,Bien',
        '2,Bien,À rejeter,',
        '',
      ].join('\n'),
    );
  });
});
