import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareNames, editDistance, matchKeys, nameSignature, personSearchText } from './person-matching.ts';

const person = (firstName: string, lastName: string) => ({ firstName, lastName });

function shareKey(a: ReturnType<typeof person>, b: ReturnType<typeof person>): boolean {
  const keys = new Set(matchKeys(a));
  return matchKeys(b).some((key) => keys.has(key));
}

describe('finding the same person written twice', () => {
  const pairs: [string, ReturnType<typeof person>, ReturnType<typeof person>][] = [
    ['accents and hyphen', person('Jean-Marie', 'Bergère'), person('Jean Marie', 'BERGERE')],
    ['case', person('Clémence', 'Pène'), person('Clémence', 'PENE')],
    ['first and last name swapped', person('Guillaume', 'Bonet'), person('Bonet', 'Guillaume')],
    ['one letter off and a particle glued', person('Armel', 'Le Coz'), person('Armel', 'Lecoq')],
    ['a dropped particle', person('Anne', 'Le Lagadec'), person('Anne', 'Lagadec')],
    ['two letters off', person('Romain', 'Thevenet'), person('Romain', 'Thévenot')],
  ];
  for (const [reason, a, b] of pairs) {
    it(`matches despite ${reason}`, () => {
      assert.ok(shareKey(a, b), 'they meet in a block');
      assert.equal(compareNames(a, b).isLikely, true);
    });
  }

  it('keeps different people apart, even with the same last name', () => {
    assert.equal(compareNames(person('Grégoire', 'Guillot'), person('Louise', 'Guillot')).isLikely, false);
    assert.equal(compareNames(person('Eric', 'Jupin'), person('Eric', 'Bocquel')).isLikely, false);
    assert.equal(shareKey(person('Eric', 'Jupin'), person('Laure', 'Bagneris')), false);
    assert.equal(
      compareNames(person('Camille', 'Exemple 02'), person('Camille', 'Exemple 22')).isLikely,
      false,
    );
  });

  it('gives the same signature whatever the order, accents and particles', () => {
    assert.equal(nameSignature(person('Christian', 'PAUL')), nameSignature(person('Paul', 'Christian')));
    assert.equal(nameSignature(person('Anne', 'LE LAGADEC')), 'anne lagadec');
  });

  it('counts a swap of two letters as one edit', () => {
    assert.equal(editDistance('paul', 'pual'), 1);
    assert.equal(editDistance('', 'abc'), 3);
  });

  it('searches names, e-mail and organisations without accents', () => {
    assert.equal(
      personSearchText({ firstName: 'Loïc', lastName: 'Blondiaux', email: 'L.Blondiaux@example.org' }, [
        'Université Paris 1',
      ]),
      'blondiaux loic l blondiaux example org universite paris 1',
    );
  });
});
