import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { decideMajority, doesBaseCountBlanks, type VoteCounts } from './majority.ts';
import { resolutionOutcomeSentence } from './outcome-wording.ts';
import { tallyElection, tallyResolution } from './tally.ts';

const counts = (votesFor: number, against: number, abstain = 0, blank = 0): VoteCounts => ({
  for: votesFor,
  against,
  abstain,
  blank,
});

describe('majorities', () => {
  it('counts blank votes only where the base holds more than the votes for and against', () => {
    assert.equal(doesBaseCountBlanks('expressed'), false);
    assert.equal(doesBaseCountBlanks('cast'), true);
    assert.equal(doesBaseCountBlanks('present_and_represented'), true);
    assert.equal(doesBaseCountBlanks('all_members'), true);
  });

  it('simple: more for than against; a tie fails; abstentions join no side', () => {
    assert.equal(
      decideMajority({ majority: 'simple', base: 'expressed', counts: counts(5, 4) }).isAdopted,
      true,
    );
    assert.equal(
      decideMajority({ majority: 'simple', base: 'expressed', counts: counts(4, 4) }).isAdopted,
      false,
    );
    assert.equal(
      decideMajority({ majority: 'simple', base: 'expressed', counts: counts(3, 2, 10) }).isAdopted,
      true,
      'ten abstentions do not count against',
    );
  });

  it('absolute: more than half of the base — 5 of 9, 6 of 10', () => {
    const nine = decideMajority({ majority: 'absolute', base: 'expressed', counts: counts(5, 4) });
    assert.deepEqual([nine.baseCount, nine.required, nine.isAdopted], [9, 5, true]);
    const ten = decideMajority({ majority: 'absolute', base: 'expressed', counts: counts(5, 5) });
    assert.deepEqual([ten.baseCount, ten.required, ten.isAdopted], [10, 6, false]);
  });

  it('absolute on votes cast counts abstentions and blanks in the base only', () => {
    const result = decideMajority({ majority: 'absolute', base: 'cast', counts: counts(5, 2, 2, 1) });
    assert.deepEqual([result.baseCount, result.required, result.isAdopted], [10, 6, false]);
  });

  it('two-thirds of 9 is 6, of 10 is 7; three-quarters of 9 is 7, of 8 is 6', () => {
    const twoThirdsNine = decideMajority({ majority: 'two_thirds', base: 'expressed', counts: counts(6, 3) });
    assert.deepEqual([twoThirdsNine.required, twoThirdsNine.isAdopted], [6, true]);
    const twoThirdsTen = decideMajority({ majority: 'two_thirds', base: 'expressed', counts: counts(6, 4) });
    assert.deepEqual([twoThirdsTen.required, twoThirdsTen.isAdopted], [7, false]);
    const quarters = decideMajority({ majority: 'three_quarters', base: 'expressed', counts: counts(6, 3) });
    assert.deepEqual([quarters.required, quarters.isAdopted], [7, false]);
    const eight = decideMajority({ majority: 'three_quarters', base: 'expressed', counts: counts(6, 2) });
    assert.deepEqual([eight.required, eight.isAdopted], [6, true]);
  });

  it('bases of members present and represented, or all members, come from outside the ballots', () => {
    const present = decideMajority({
      majority: 'absolute',
      base: 'present_and_represented',
      counts: counts(10, 0, 3),
      presentWeight: 21,
    });
    assert.deepEqual([present.baseCount, present.required, present.isAdopted], [21, 11, false]);
    const all = decideMajority({
      majority: 'two_thirds',
      base: 'all_members',
      counts: counts(30, 0),
      allMembersWeight: 46,
    });
    assert.deepEqual([all.baseCount, all.required, all.isAdopted], [46, 31, false]);
  });

  it('unanimity of the votes expressed: one against fails, abstentions do not; none for fails', () => {
    assert.equal(
      decideMajority({ majority: 'unanimity', base: 'expressed', counts: counts(9, 0, 3) }).isAdopted,
      true,
    );
    assert.equal(
      decideMajority({ majority: 'unanimity', base: 'expressed', counts: counts(9, 1) }).isAdopted,
      false,
    );
    assert.equal(
      decideMajority({ majority: 'unanimity', base: 'expressed', counts: counts(0, 0, 4) }).isAdopted,
      false,
    );
  });
});

describe('tallies', () => {
  it('weighs each ballot and keeps abstentions and blanks apart', () => {
    const result = tallyResolution([
      { choices: ['for'], weight: 2 },
      { choices: ['for'], weight: 1 },
      { choices: ['against'], weight: 1 },
      { choices: ['abstain'], weight: 3 },
      { choices: [], weight: 1 },
    ]);
    assert.deepEqual(result, { for: 3, against: 1, abstain: 3, blank: 1 });
  });

  it('ranks candidates, elects the first seats and reports a tie at the last seat', () => {
    const options = ['Ana', 'Bea', 'Cid', 'Dan'].map((label) => ({ optionId: label.toLowerCase(), label }));
    const clear = tallyElection(options, 2, [
      { choices: ['ana', 'bea'], weight: 1 },
      { choices: ['ana', 'cid'], weight: 1 },
      { choices: ['bea'], weight: 1 },
      { choices: [], weight: 1 },
    ]);
    assert.deepEqual(
      clear.candidates.map((entry) => [entry.label, entry.votes, entry.rank, entry.isElected]),
      [
        ['Ana', 2, 1, true],
        ['Bea', 2, 1, true],
        ['Cid', 1, 3, false],
        ['Dan', 0, 4, false],
      ],
    );
    assert.equal(clear.hasTie, false);
    assert.equal(clear.blank, 1);
    const tied = tallyElection(options, 2, [
      { choices: ['ana', 'bea'], weight: 1 },
      { choices: ['ana', 'cid'], weight: 1 },
      { choices: ['ana', 'ana'], weight: 1 },
    ]);
    assert.equal(tied.hasTie, true);
    assert.deepEqual(
      tied.candidates.filter((entry) => entry.isTied).map((entry) => entry.label),
      ['Bea', 'Cid'],
    );
    assert.deepEqual(
      tied.candidates.filter((entry) => entry.isElected).map((entry) => entry.label),
      ['Ana'],
      'a repeated choice counts once',
    );
  });
});

describe('outcome wording', () => {
  const reference = fs.readFileSync(
    path.resolve(import.meta.dirname, '../../../../fixtures/reference/pv-ag-2017-la-27e-region.txt'),
    'utf8',
  );
  const accounts = {
    text: 'approuve les comptes 2016 (Résultat : - 14 071€) et le rapport d’activité de cette même année',
    textEn: 'approves the 2016 accounts (result: −€14,071) and the activity report of that year',
    recordedAs: 'unanimous' as const,
    counts: null,
    isAdopted: true,
  };

  // The reference's text export has straight apostrophes where the minutes print "’" (the clause is
  // left as typed): compared with the reference once the apostrophes are the same.
  const straight = (text: string) => text.replaceAll('’', "'");

  it('words a resolution adopted by acclamation exactly as the reference prints it', () => {
    const sentence = resolutionOutcomeSentence({ ...accounts, text: straight(accounts.text) }, 'fr');
    assert.equal(
      sentence,
      "L’Assemblée Générale approuve les comptes 2016 (Résultat : - 14 071€) et le rapport d'activité de cette même année à l’unanimité.",
    );
    assert.ok(reference.includes(straight(sentence)), 'the sentence is in the reference minutes');
    assert.equal(
      resolutionOutcomeSentence(accounts, 'en'),
      'The General Assembly approves the 2016 accounts (result: −€14,071) and the activity report of that year unanimously.',
    );
  });

  it('words a resolution recorded only as adopted with its clause alone, as the reference does', () => {
    const sentence = resolutionOutcomeSentence(
      {
        text: 'valide la grille d’adhésion proposée pour l’année 2017'.replaceAll('’', "'"),
        textEn: null,
        recordedAs: 'adopted',
        counts: null,
        isAdopted: true,
      },
      'fr',
    );
    assert.equal(sentence, "L’Assemblée Générale valide la grille d'adhésion proposée pour l'année 2017.");
    assert.ok(reference.includes(straight(sentence)));
  });

  it('words counted votes with the counts, and a rejection', () => {
    const counted = { ...accounts, recordedAs: 'counts' as const, counts: counts(25, 3, 2) };
    assert.match(
      resolutionOutcomeSentence(counted, 'fr'),
      /Résolution adoptée par 25 voix pour, 3 contre et 2 abstentions\.$/,
    );
    assert.match(
      resolutionOutcomeSentence(counted, 'en'),
      /Resolution adopted by 25 votes for, 3 against and 2 abstentions\.$/,
    );
    const rejected = { ...counted, counts: counts(3, 25, 1, 2), isAdopted: false };
    assert.equal(
      resolutionOutcomeSentence(rejected, 'fr'),
      'Résolution rejetée par 3 voix pour, 25 contre, 1 abstention et 2 votes blancs.',
    );
    assert.equal(
      resolutionOutcomeSentence({ ...counted, counts: counts(1200, 0), isAdopted: true }, 'fr').split(
        '. ',
      )[1],
      'Résolution adoptée par 1\u202f200 voix pour et 0 contre.',
    );
    assert.equal(
      resolutionOutcomeSentence({ ...accounts, recordedAs: 'rejected', isAdopted: false }, 'fr'),
      'Résolution rejetée.',
    );
  });
});
