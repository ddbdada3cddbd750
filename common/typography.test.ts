import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { titleFormOfCivility } from './names.ts';
import { frenchTypography, typographyFaults } from './typography.ts';

const narrow = '\u202f';

describe('frenchTypography', () => {
  it('puts a narrow no-break space before ":", ";", "!" and "?" where the text has a space', () => {
    assert.equal(frenchTypography('Présents : {{count}}'), `Présents${narrow}: {{count}}`);
    assert.equal(frenchTypography('adoptée ; rejetée'), `adoptée${narrow}; rejetée`);
    assert.equal(frenchTypography('Merci !'), `Merci${narrow}!`);
    assert.equal(frenchTypography('Supprimer ce vote ?'), `Supprimer ce vote${narrow}?`);
    // A no-break space typed already becomes the narrow one; several spaces become one.
    assert.equal(frenchTypography('Total\u00a0:  3'), `Total${narrow}:  3`);
  });

  it('leaves addresses, times and codes without a space alone', () => {
    assert.equal(frenchTypography('https://example.org/a?b=1'), 'https://example.org/a?b=1');
    assert.equal(frenchTypography('de 10:30 à 12:00'), 'de 10:30 à 12:00');
    assert.equal(frenchTypography('{{count}}/{{total}}'), '{{count}}/{{total}}');
  });

  it('puts narrow no-break spaces inside « »', () => {
    assert.equal(frenchTypography('le champ « {{label}} »'), `le champ «${narrow}{{label}}${narrow}»`);
    assert.equal(frenchTypography('en «CSV UTF-8»'), `en «${narrow}CSV UTF-8${narrow}»`);
    assert.equal(frenchTypography(`«${narrow}déjà${narrow}»`), `«${narrow}déjà${narrow}»`);
  });

  it('turns an apostrophe inside a word into ’, before a placeholder too', () => {
    assert.equal(frenchTypography("l'ordre du jour d'{{name}}"), 'l’ordre du jour d’{{name}}');
    assert.equal(frenchTypography("aujourd'hui"), 'aujourd’hui');
    // Not a quote around a word, nor a placeholder's value (it is not in the text yet).
    assert.equal(frenchTypography("'quorum'"), "'quorum'");
  });

  it('changes nothing twice', () => {
    const once = frenchTypography("Êtes-vous sûr ? L'ordre « du jour » : fin !");
    assert.equal(frenchTypography(once), once);
  });
});

describe('typographyFaults', () => {
  it('finds straight double quotes and punctuation glued to a word', () => {
    assert.deepEqual(typographyFaults('Cliquez sur "Envoyer"'), ['straight_quotes']);
    assert.deepEqual(typographyFaults('Total: 3'), ['no_space_before_punctuation']);
    assert.deepEqual(typographyFaults('Vraiment?'), ['no_space_before_punctuation']);
    assert.deepEqual(typographyFaults('{{count}} voix; reste'), ['no_space_before_punctuation']);
  });

  it('accepts correct texts, addresses, placeholders and a code quoted in « »', () => {
    assert.deepEqual(typographyFaults('Total : 3 ; voir https://example.org/?a=1'), []);
    assert.deepEqual(typographyFaults('Collez le texte commençant par « quorum-trustee: ».'), []);
    assert.deepEqual(typographyFaults('{{label}} : {{value}}'), []);
    assert.deepEqual(typographyFaults('Créez-le :\n  npx quorum admin create --name "Votre nom"'), []);
  });
});

describe('titleFormOfCivility', () => {
  it('reads the civility the register holds', () => {
    assert.equal(titleFormOfCivility('Mme'), 'feminine');
    assert.equal(titleFormOfCivility('Madame'), 'feminine');
    assert.equal(titleFormOfCivility('M.'), 'masculine');
    assert.equal(titleFormOfCivility('monsieur'), 'masculine');
    assert.equal(titleFormOfCivility('Mx'), null);
    assert.equal(titleFormOfCivility(null), null);
    assert.equal(titleFormOfCivility('Dr'), null);
  });
});
