import assert from 'node:assert/strict';
import { test } from 'node:test';
import { typesetTexts } from '../../../common/i18n/messages.ts';
import { typographyFaults } from '../../../common/typography.ts';
import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };

type Texts = { [key: string]: string | Texts };

function entries(texts: Texts, prefix = ''): [string, string][] {
  return Object.entries(texts).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[prefix + key, value] as [string, string]]
      : entries(value, `${prefix}${key}.`),
  );
}

test('no French text of the web’s catalog has straight quotes or punctuation glued to a word', () => {
  const faults = entries(fr).flatMap(([path, text]) =>
    typographyFaults(text).map((fault) => `${path} ${fault}: ${text}`),
  );
  assert.deepEqual(faults, []);
});

test('the French catalog reaches the page with narrow no-break spaces and ’, the English one unchanged', () => {
  for (const [path, text] of entries(typesetTexts(fr, 'fr')))
    assert.doesNotMatch(text, /[ \u00a0][:;!?»]|«[ \u00a0]|\p{L}'\p{L}/u, `${path}: ${text}`);
  assert.deepEqual(typesetTexts(en, 'en'), en);
});
