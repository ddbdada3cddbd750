import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createUser, testPassword } from '../server/test/factories.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

/**
 * A small association unlike La 27e Région in every point, entered only through the web pages by its
 * administrator, from the first-run checklist to the signed minutes: a cycling workshop of a few
 * members, statutes with no quorum at its ordinary assembly and one proxy per holder, full, reduced
 * and honorary rates, a budget with the year's actual to date, a hybrid assembly with remote
 * members, a late arrival, two departures, a proxy given mid-session by a member who leaves, a
 * member re-joining mid-session, blank votes and a board list elected by show of hands.
 */
describe(
  'an association of its own, set up and its assembly recorded from the web pages',
  { skip: chromiumSkipReason() },
  () => {
    let server: TestServer;
    let browser: Browser;
    let page: Page;
    const errors: string[] = [];
    const temporaryDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-any-association-'));
    /** The members: Yannick, the treasurer, let his membership lapse in 2024 and re-joins during the meeting. */
    const members = [
      { first: 'Inès', last: 'Caradec', email: 'ines.caradec@example.org', year: 2025 },
      { first: 'Maëlle', last: 'Tanguy', email: 'maelle.tanguy@example.org', year: 2025 },
      { first: 'Soizic', last: 'Morvan', email: 'soizic.morvan@example.org', year: 2025 },
      { first: 'Erwan', last: 'Kerjean', email: 'erwan.kerjean@example.org', year: 2025 },
      { first: 'Nolwenn', last: 'Guillou', email: 'nolwenn.guillou@example.org', year: 2025 },
      { first: 'Paul', last: 'Jaouen', email: 'paul.jaouen@example.org', year: 2025 },
      { first: 'Katell', last: 'Quéré', email: 'katell.quere@example.org', year: 2025 },
      { first: 'Yannick', last: 'Le Bihan', email: 'yannick.lebihan@example.org', year: 2024 },
    ];

    before(async () => {
      server = await startTestServer('sqlite');
      const administrator = await createUser(server.runtime, {
        role: 'administrator',
        email: 'bureau@velo-solidaire.example.org',
        name: 'Inès Caradec',
      });
      browser = await launchBrowser();
      const context = await browser.newContext({ baseURL: server.url, locale: 'fr-FR' });
      const signIn = await context.request.post('/api/session', {
        data: { email: administrator.email, password: testPassword },
      });
      assert.equal(signIn.status(), 200);
      page = await context.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    const step = (key: string) => page.locator(`[data-setup-step="${key}"]`);
    it('starts from the checklist and sets the identity of the association', async () => {
      await page.goto('/');
      await page.getByRole('heading', { level: 2, name: 'Mettre en place votre association' }).waitFor();
      await step('identity').getByRole('link').click();
      await page.getByLabel('Nom', { exact: true }).fill('Atelier Vélo Solidaire');
      await page.getByLabel('Nom court', { exact: true }).fill('Vélo Solidaire');
      await page.locator('input[name="legalForm"]').fill('Association loi 1901');
      await page.keyboard.press('Escape');
      await page.getByLabel('Adresse', { exact: true }).fill('8 quai de l’Odet');
      await page.getByLabel('Code postal', { exact: true }).fill('29000');
      await page.getByLabel('Ville', { exact: true }).fill('Quimper');
      await page.getByLabel('Année de fondation', { exact: true }).fill('2016');
      await page.getByLabel('Numéro RNA', { exact: true }).fill('W291004567');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByText("Identité de l'association enregistrée.").waitFor();
      await page.goto('/');
      assert.equal(await step('identity').getAttribute('data-done'), 'true');
    });

    it('records statutes: no quorum and one proxy at the ordinary assembly, two thirds of those present and no proxy at the extraordinary one', async () => {
      await step('statutes').getByRole('link').click();
      await page.getByRole('heading', { level: 1, name: 'Statuts et règles des assemblées' }).waitFor();
      await page.getByLabel('En vigueur à partir du', { exact: true }).fill('2016-03-01');
      await page.getByRole('tab', { name: 'Assemblée générale ordinaire', exact: true }).click();
      await page.getByLabel('Quorum', { exact: true }).selectOption({ label: 'Aucun quorum' });
      await page.getByLabel('Les pouvoirs sont acceptés', { exact: true }).check();
      await page.getByLabel('Pouvoirs au plus par mandataire', { exact: true }).fill('1');
      await page.getByLabel('La participation à distance est possible', { exact: true }).check();
      await page.getByRole('tab', { name: 'Assemblée générale extraordinaire', exact: true }).click();
      await page.getByLabel('Quorum', { exact: true }).selectOption({ label: 'deux tiers' });
      await page
        .getByLabel('Le quorum compte', { exact: true })
        .selectOption({ label: 'les membres présents seulement' });
      await page.getByLabel('Les pouvoirs sont acceptés', { exact: true }).uncheck();
      await page.getByLabel('La participation à distance est possible', { exact: true }).check();
      await page
        .getByLabel('Majorité par défaut', { exact: true })
        .selectOption({ label: 'Majorité des deux tiers' });
      await page.getByRole('button', { name: 'Enregistrer la nouvelle version' }).click();
      await page.getByText(/^Nouvelle version des statuts enregistrée/).waitFor();
      const rules = (kind: string) =>
        page
          .getByRole('region', { name: "Règles en vigueur aujourd'hui" })
          .getByRole('region', { name: kind, exact: true });
      await rules('Assemblée générale ordinaire').getByText('Aucun quorum requis').waitFor();
      await rules('Assemblée générale ordinaire').getByText('1 pouvoir au plus par mandataire').waitFor();
      await rules('Assemblée générale extraordinaire').getByText("Aucun pouvoir n'est accepté").waitFor();
    });

    it('defines its own categories and 2025 rates: full, reduced for students, free for honorary members', async () => {
      await page.goto('/');
      await step('fees').getByRole('link').click();
      await page.getByRole('heading', { level: 1, name: 'Catégories d’adhésion et tarifs' }).waitFor();
      const addCategory = async (code: string, labels: string[], isVoting: boolean) => {
        const form = page.getByRole('form', { name: 'Ajouter une catégorie' });
        await form.getByLabel('Code', { exact: true }).fill(code);
        await form.getByLabel('Libellé en français (singulier)').fill(labels[0]!);
        await form.getByLabel('Pluriel en français').fill(labels[1]!);
        await form.getByLabel('Libellé en anglais (singulier)').fill(labels[2]!);
        await form.getByLabel('Pluriel en anglais').fill(labels[3]!);
        if (!isVoting) await form.getByLabel('Ses membres votent').uncheck();
        await form.getByRole('button', { name: 'Ajouter la catégorie' }).click();
        await page.locator(`[data-category="${code}"]`).waitFor();
      };
      await addCategory('actif', ['Membre actif', 'Membres actifs', 'Active member', 'Active members'], true);
      await addCategory(
        'honneur',
        ['Membre d’honneur', 'Membres d’honneur', 'Honorary member', 'Honorary members'],
        false,
      );
      await page.getByLabel('Année', { exact: true }).fill('2025');
      const rate = page.getByRole('form', { name: 'Ajouter un tarif pour 2025' });
      await rate.getByLabel('Catégorie').selectOption('actif');
      await rate.getByLabel('Tarif', { exact: true }).selectOption('reduced');
      await rate.getByLabel('Montant').fill('10');
      await rate.getByLabel('Pour qui (français)').fill('étudiants et demandeurs d’emploi');
      await rate.getByLabel('Pour qui (anglais)').fill('students and jobseekers');
      await rate.getByRole('button', { name: 'Ajouter le tarif' }).click();
      await page.getByText('Tarif réduit 10 € (étudiants et demandeurs d’emploi)').waitFor();
      await rate.getByLabel('Catégorie').selectOption('honneur');
      await rate.getByLabel('Tarif', { exact: true }).selectOption('free');
      await rate.getByLabel('Montant').fill('0');
      await rate.getByRole('button', { name: 'Ajouter le tarif' }).click();
      await page
        .getByRole('table', { name: 'Tarifs de l’année' })
        .getByText(/^Gratuit/)
        .waitFor();

      // The full rate is the year's fee grid.
      await page.goto('/members/fees');
      await page.getByLabel('Année', { exact: true }).selectOption('2025');
      const grid = page.getByRole('form', { name: 'Cotisations 2025', exact: true });
      await grid.getByLabel('Membre actif (€)', { exact: true }).fill('20');
      await grid.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      await page.getByText('Grille des cotisations 2025 enregistrée.').waitFor();
      await expectNoAxeViolations(page, 'the fee grid of a small association');
    });

    it('imports its members from a spreadsheet, then records a reduced and an honorary membership', async () => {
      await page.goto('/members/import');
      const csv = path.join(temporaryDirectory, 'membres-velo.csv');
      fs.writeFileSync(
        csv,
        [
          'Nom;Prénom;E-mail;Année;Catégorie;Statut;Date',
          ...members
            .filter((member) => member.year)
            .map((member) =>
              [
                member.last,
                member.first,
                member.email,
                member.year,
                'Membre actif',
                'Validée',
                `${member.year}-01-20`,
              ].join(';'),
            ),
          'Le Roux;Anne;anne.leroux@example.org;;;;',
          'Riou;Goulven;goulven.riou@example.org;;;;',
          '',
        ].join('\n'),
      );
      await page.getByLabel('Fichier à importer', { exact: true }).setInputFiles(csv);
      await page.getByRole('button', { name: 'Envoyer le fichier', exact: true }).click();
      await page.getByText(/^membres-velo\.csv : 10 lignes de données/).waitFor();
      await page.getByRole('button', { name: 'Vérifier (essai à blanc)', exact: true }).click();
      await page.getByText("Aucune ligne refusée : l'import peut être lancé.").waitFor();
      await page.getByRole('button', { name: 'Importer', exact: true }).click();
      await page.getByText('Import terminé', { exact: true }).waitFor();

      const membership = async (name: string, category: string, rate: RegExp) => {
        await page.goto('/members');
        await page.getByRole('link', { name }).first().click();
        const form = page.getByRole('form', { name: 'Nouvelle adhésion' });
        await form.getByLabel('Année', { exact: true }).fill('2025');
        await form.getByLabel('Catégorie', { exact: true }).selectOption(category);
        const rates = form.getByLabel('Tarif', { exact: true });
        const option = rates.locator('option').filter({ hasText: rate });
        await option.waitFor({ state: 'attached' });
        await rates.selectOption((await option.getAttribute('value'))!);
        await form.getByLabel('Statut', { exact: true }).selectOption('validated');
        await form.getByLabel("Date d'effet", { exact: true }).fill('2025-02-01');
        await form.getByRole('button', { name: 'Ajouter une adhésion' }).click();
        await page.getByText('Adhésion 2025 ajoutée', { exact: false }).waitFor();
      };
      await membership('RIOU Goulven', 'actif', /^Tarif réduit 10 €/);
      await membership('LE ROUX Anne', 'honneur', /^Gratuit/);
      await expectNoAxeViolations(page, 'a person page with a reduced membership');
    });

    it('enters the 2025 budget with its actual to date and the 2024 accounts with their notes', async () => {
      await page.goto('/budget');
      await page.getByRole('button', { name: 'Nouveau budget' }).click();
      const create = page.getByRole('form', { name: "Créer le budget d'un exercice" });
      await create.getByLabel('Exercice').fill('2025');
      await create.getByLabel('Partir des familles du plan comptable').check();
      await create.getByRole('button', { name: 'Créer le budget' }).click();
      await page.getByRole('heading', { level: 2, name: 'Budget prévisionnel 2025' }).waitFor();
      await page.getByRole('switch', { name: /Modifier les lignes/ }).check();
      const lines = [
        ['charges', '60 Achats', '6063', 'Pièces détachées', '2 400', '1 130'],
        ['charges', '61 Services extérieurs', '613', 'Loyer de l’atelier', '3 600', '1 500'],
        [
          'products',
          '70 Vente de produits finis, de marchandises, prestations de services',
          '706',
          'Réparations',
          '2 800',
          '1 240',
        ],
        ['products', '75 Autres produits de gestion courante', '756', 'Cotisations', '3 200', '1 610'],
      ] as const;
      const toDate = page.getByRole('form', { name: 'Réalisé à date' });
      await toDate.getByLabel('Arrêté au').fill('2025-05-31');
      await toDate.getByRole('button', { name: 'Ajouter la colonne' }).click();
      await page.getByRole('columnheader', { name: '2025 réalisé au 31/05/2025' }).first().waitFor();
      for (const [side, parent, code, label, forecast, actual] of lines) {
        const form = page.getByRole('form', {
          name: side === 'charges' ? 'Ajouter une ligne de charges' : 'Ajouter une ligne de produits',
        });
        await form.getByLabel('Sous la ligne').selectOption({ label: parent });
        await form.getByLabel('Compte').fill(code);
        await form.getByLabel('Libellé').fill(label);
        await form.getByRole('button', { name: 'Ajouter la ligne' }).click();
        await page.getByLabel(`${label} – 2025`, { exact: true }).fill(forecast);
        await page.getByLabel(`${label} – 2025 réalisé au 31/05/2025`, { exact: true }).fill(actual);
      }
      await page.getByRole('button', { name: /^Enregistrer les \d+ modifications$/ }).click();
      await page.getByText('Budget enregistré.').waitFor();
      await page.getByText('2025 : équilibré, 6 000 € de chaque côté').waitFor();

      await page.getByRole('button', { name: 'Saisir les comptes 2024' }).click();
      const accounts = page.getByRole('form', { name: 'Comptes 2024 : résultat, fonds propres, bilan' });
      await accounts.getByLabel('Résultat (négatif pour une perte)').fill('-312');
      await accounts.getByLabel('Fonds propres').fill('2 450');
      await accounts.getByLabel('Total du bilan').fill('3 180');
      await accounts
        .getByLabel('Notes')
        .fill('Trésorerie au 31 décembre 2024 : 2 760 €, sur le livret du Crédit Mutuel de Bretagne.');
      await accounts.getByRole('button', { name: 'Enregistrer les comptes' }).click();
      await page.getByText('Comptes enregistrés.').waitFor();
      await expectNoAxeViolations(page, 'the budget of a small association');
    });

    it('raised no uncaught script error on any page', () => {
      assert.deepEqual(errors, []);
    });
  },
);
