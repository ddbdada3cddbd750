import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogPart } from './catalog-parts.ts';
import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };

type Texts = { [key: string]: string | Texts };

function leaves(texts: Texts, prefix = ''): string[] {
  return Object.entries(texts).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`),
  );
}

describe('the catalogs cut in two parts', () => {
  for (const [language, catalog] of [
    ['fr', fr],
    ['en', en],
  ] as const) {
    it(`puts each ${language} text in exactly one part`, () => {
      const first = leaves(catalogPart(catalog, 'first'));
      const rest = leaves(catalogPart(catalog, 'rest'));
      assert.deepEqual([...first, ...rest].sort(), leaves(catalog).sort());
      assert.ok(first.length > 0 && rest.length > first.length);
    });
  }

  it('keeps a sub-section, a single text and its plural forms in the first part', () => {
    const catalog: Texts = {
      app: { name: 'Quorum' },
      votes: { votes_one: '{{count}} voix', votes_other: '{{count}} voix', board: 'Bureau' },
      assemblies: {
        checkIn: { presentCount_one: 'présent', title: 'Pointage' },
        list: { title: 'Assemblées' },
      },
      budget: { title: 'Budget' },
    };
    assert.deepEqual(catalogPart(catalog, 'first'), {
      app: { name: 'Quorum' },
      votes: { votes_one: '{{count}} voix', votes_other: '{{count}} voix' },
      assemblies: { checkIn: { presentCount_one: 'présent' } },
    });
    assert.deepEqual(catalogPart(catalog, 'rest'), {
      votes: { board: 'Bureau' },
      assemblies: { checkIn: { title: 'Pointage' }, list: { title: 'Assemblées' } },
      budget: { title: 'Budget' },
    });
  });
});
