import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient } from '../../../test/api-client.ts';
import { testEngines } from '../../../test/databases.ts';
import {
  createAnnualAccounts,
  createAssembly,
  createAssociation,
  createBudget,
  createStatutes,
  createUser,
} from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

/**
 * The year's result as French practice writes it: a loss worded ("une perte de 312 €"), never a
 * hyphen before a figure in a sentence; a surplus "un excédent de"; the table's cell with a minus sign.
 */
for (const engine of testEngines()) {
  describe(`the annual result in the minutes, a loss and a surplus, on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    const markdown = async (slug: string, lang: string) => {
      // The first call drafts the minutes; later ones find the draft (409) and read it again.
      const drafted = (await secretary.post(`/api/assemblies/${slug}/minutes`)).statusCode;
      assert.ok([200, 409].includes(drafted), String(drafted));
      return (await secretary.get(`/api/assemblies/${slug}/minutes/document?format=md&lang=${lang}`)).body;
    };

    before(async () => {
      test = await createTestApp(engine);
      const context = test.runtime;
      await createAssociation(context, { name: 'Club de lecture du Port', shortName: 'Club' });
      await createStatutes(context);
      secretary = test.client();
      await secretary.signIn((await createUser(context, { role: 'secretary' })).email);
      // 2024 closed with a loss of 312 €: charges 1 512 €, products 1 200 €.
      await createAnnualAccounts(context, {
        year: 2024,
        result: '-312',
        equity: '900',
        balanceSheetTotal: '1 400',
      });
      await createBudget(context, {
        year: 2025,
        lines: [
          { accountCode: '606', label: 'Livres', side: 'charges', amount: '1 500', actual: '1 512' },
          { accountCode: '756', label: 'Cotisations', side: 'products', amount: '1 500', actual: '1 200' },
        ],
      });
      await createAnnualAccounts(context, {
        year: 2025,
        result: '1 040',
        equity: '1 940',
        balanceSheetTotal: '2 300',
      });
      for (const heldOn of ['2025-06-14', '2026-06-13'])
        await createAssembly(context, {
          slug: `ag-${heldOn.slice(0, 4)}`,
          heldOn,
          agenda: [{ kind: 'deliberative', title: 'Comptes' }],
        });
    });
    after(() => test.close());

    it('words a loss in French and English, and prints its table cell with a minus sign', async () => {
      const french = await markdown('ag-2025', 'fr');
      assert.match(french, /Le résultat annuel est une perte de 312\u202f€\./);
      assert.match(french, /\*\*Résultat\*\*\u202f: \u2212312\u202f€/);
      assert.doesNotMatch(french, /- 312|-312|\(perte\)/);
      const english = await markdown('ag-2025', 'en');
      assert.match(english, /The result for the year is a loss of €312\./);
      assert.match(english, /\u2212€312/);
      assert.doesNotMatch(english, /-€312|\(loss\)/);
    });

    it('words a surplus', async () => {
      assert.match(
        await markdown('ag-2026', 'fr'),
        /Le résultat annuel est un excédent de 1\u202f040\u202f€\./,
      );
      assert.match(await markdown('ag-2026', 'en'), /The result for the year is a surplus of €1,040\./);
    });
  });
}
