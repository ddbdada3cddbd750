import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorMessages } from '../../../common/errors.ts';
import type { Messages } from '../../../common/i18n/messages.ts';
import { typographyFaults } from '../../../common/typography.ts';
import { serverCatalogs } from './catalogs.ts';
import { translate } from './translate.ts';

const catalogs: Record<string, Messages> = { errors: errorMessages, ...serverCatalogs };

test('no French text of the server’s catalogs has straight quotes or punctuation glued to a word', () => {
  const faults = Object.entries(catalogs).flatMap(([namespace, messages]) =>
    Object.entries(messages).flatMap(([key, message]) =>
      typographyFaults(message.fr).map((fault) => `${namespace}:${key} ${fault}: ${message.fr}`),
    ),
  );
  assert.deepEqual(faults, []);
});

test('every French text is read with narrow no-break spaces and ’, and the values put in it as typed', () => {
  for (const [namespace, messages] of Object.entries(catalogs))
    for (const key of Object.keys(messages)) {
      const text = translate('fr', `${namespace}:${key}`);
      assert.doesNotMatch(text, /[ \u00a0][:;!?»]|«[ \u00a0]|\p{L}'\p{L}/u, `${namespace}:${key}: ${text}`);
    }
  assert.equal(
    translate('fr', 'errors:unknown_category', { code: "l'autre : x" }),
    "L’association n’a pas de catégorie «\u202fl'autre : x\u202f».",
  );
  // English keeps its own.
  assert.equal(
    translate('en', 'errors:unknown_category', { code: 'x' }),
    'The association has no category “x”.',
  );
});
