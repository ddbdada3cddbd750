import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatAdministrativeName, formatDisplayName, normalizeName } from './names.ts';

describe('names', () => {
  it('prints the administrative form the minutes use', () => {
    assert.equal(formatAdministrativeName({ firstName: 'Christian', lastName: 'Paul' }), 'PAUL Christian');
    assert.equal(
      formatAdministrativeName({ firstName: 'Jean-Marie', lastName: 'Bergère' }),
      'BERGERE Jean-Marie',
    );
    assert.equal(formatAdministrativeName({ firstName: 'Anne', lastName: 'Le Lagadec' }), 'LE LAGADEC Anne');
  });

  it('prints the ordinary form elsewhere', () => {
    assert.equal(formatDisplayName({ firstName: 'Caroline', lastName: 'Porot' }), 'Caroline Porot');
  });

  it('normalises accents, case, hyphens and apostrophes', () => {
    assert.equal(normalizeName('Région Île-de-France'), 'region ile de france');
    assert.equal(normalizeName("Conseil départemental du Val d'Oise"), 'conseil departemental du val d oise');
    assert.equal(normalizeName('  CU   Dunkerque '), 'cu dunkerque');
  });
});
