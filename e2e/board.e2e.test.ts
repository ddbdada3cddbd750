import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openSession } from '../server/src/domains/assemblies/assemblies.service.ts';
import {
  createAssembly,
  createAttendance,
  createIndividualMember,
  createResolution,
  createStatutes,
  createUser,
  testPassword,
} from '../server/test/factories.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

describe('a show of hands with blanks, and the board page', { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  let staff: BrowserContext;
  let page: Page;
  let slug: string;

  before(async () => {
    server = await startTestServer('sqlite');
    const context = server.runtime;
    await createStatutes(context);
    const assembly = await createAssembly(context, {
      heldOn: '2030-06-15',
      agenda: [
        { kind: 'informative', title: 'Accueil' },
        { kind: 'deliberative', title: 'Comptes' },
        { kind: 'election', title: 'Élection du secrétaire' },
      ],
    });
    slug = assembly.slug;
    for (const name of ['Alice', 'Bruno', 'Chloé']) {
      const { person, membership } = await createIndividualMember(context, {
        year: 2030,
        firstName: name,
        lastName: 'Membre',
        effectiveOn: '2030-01-01',
      });
      await createAttendance(context, { slug, personId: person.id, membershipId: membership.id });
    }
    await openSession(context, { actor: null, slug });
    await createResolution(context, {
      slug,
      agendaItemId: assembly.agenda[1]!.id,
      title: 'Approbation des comptes',
      text: 'approuve les comptes 2029',
    });
    const secretary = await createUser(context, { role: 'secretary' });
    browser = await launchBrowser();
    staff = await browser.newContext({ baseURL: server.url, locale: 'fr-FR' });
    const signIn = await staff.request.post('/api/session', {
      data: { email: secretary.email, password: testPassword },
    });
    assert.equal(signIn.status(), 200);
    page = await staff.newPage();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('records a show of hands with a blank vote at a typed time, refusing more votes than voters', async () => {
    await page.goto(`/assemblies/${slug}/control`);
    const form = page.getByRole('form', { name: 'Vote à main levée : Approbation des comptes' });
    await form.waitFor();
    await form.getByLabel('Pour').fill('3');
    await form.getByLabel('Blanc').fill('1');
    await form.getByLabel('Heure du vote').fill('15:42');
    await form.getByRole('button', { name: 'Enregistrer le vote' }).click();
    // Four votes for three voters present: refused beside the field.
    await form.getByText(/dépassent celles des membres présents et représentés/).waitFor();
    assert.equal(await form.getByLabel('Pour').getAttribute('aria-invalid'), 'true');
    await form.getByLabel('Pour').fill('2');
    await form.getByRole('button', { name: 'Enregistrer le vote' }).click();
    await page.getByText(/Résolution adoptée par 2 voix pour, 0 contre et 1 vote blanc\./).waitFor();
    const resolutions = (await (await staff.request.get(`/api/assemblies/${slug}/resolutions`)).json()) as {
      resolutions: { votedAt: string; counts: { blank: number; abstain: number } }[];
    };
    assert.equal(resolutions.resolutions[0]!.votedAt, '2030-06-15T13:42:00.000Z');
    assert.deepEqual(
      [resolutions.resolutions[0]!.counts.blank, resolutions.resolutions[0]!.counts.abstain],
      [1, 0],
    );
    await expectNoAxeViolations(page, 'control page after a show of hands');
  });

  it('adds a resolution with its English wording and a majority, refusing one with no title', async () => {
    await page.goto(`/assemblies/${slug}/control`);
    const form = page.getByRole('form', { name: 'Nouvelle résolution' });
    await form.getByLabel(/^Texte( \*)?$/).fill('donne quitus au trésorier');
    await form.getByRole('button', { name: 'Ajouter la résolution' }).click();
    const title = form.getByLabel(/^Intitulé( \*)?$/);
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('aria-invalid') === 'true',
      undefined,
      { timeout: 5000 },
    );
    assert.equal(await title.getAttribute('aria-invalid'), 'true');
    await title.fill('Quitus');
    await form.getByLabel('Texte en anglais (facultatif)').fill('gives discharge to the treasurer');
    await form.getByLabel('Majorité requise').selectOption('absolute');
    await form.getByRole('button', { name: 'Ajouter la résolution' }).click();
    await page.getByRole('form', { name: 'Vote à main levée : Quitus' }).waitFor();
    const listed = (await (await staff.request.get(`/api/assemblies/${slug}/resolutions`)).json()) as {
      resolutions: { title: string; textEn: string | null; majority: string }[];
    };
    const quitus = listed.resolutions.find((resolution) => resolution.title === 'Quitus');
    assert.deepEqual([quitus?.textEn, quitus?.majority], ['gives discharge to the treasurer', 'absolute']);
    assert.equal(await title.inputValue(), '', 'the form is emptied for the next resolution');
    await expectNoAxeViolations(page, 'control page with the new resolution form');
  });

  it('elects candidate by candidate, giving the elected their role and dates in the same step, refused by field', async () => {
    await page.goto(`/assemblies/${slug}/control`);
    const form = page.getByRole('form', { name: 'Nouvelle élection' });
    await form.getByLabel('Intitulé de l’élection').fill('Élection du secrétaire');
    await form.getByLabel('Mode d’élection').selectOption('show_of_hands_candidates');
    await form.getByLabel('Début des mandats').fill('2030-06-15');
    for (const name of ['Bruno', 'Chloé']) {
      await form.getByLabel('Rechercher (Candidat·e)').fill(name);
      const select = form.getByLabel('Candidat·e', { exact: true });
      await select.locator('option', { hasText: name }).waitFor({ state: 'attached' });
      await select.selectOption({ label: `${name} Membre` });
      await form.getByRole('button', { name: 'Ajouter le ou la candidate' }).click();
      await form.getByRole('list', { name: 'Candidat·es' }).getByText(`${name} Membre`).waitFor();
    }
    await form.getByRole('button', { name: 'Ajouter l’élection' }).click();
    const vote = page.getByRole('form', { name: 'Vote à main levée : Élection du secrétaire' });
    await vote.getByLabel('Pour — Bruno Membre').fill('2');
    await vote.getByLabel('Contre — Bruno Membre').fill('1');
    await vote.getByLabel('Pour — Chloé Membre').fill('1');
    await vote.getByLabel('Contre — Chloé Membre').fill('2');
    const bruno = vote.getByRole('group', { name: 'Bruno Membre' });
    await bruno.getByLabel('Fonction').selectOption('secretary');
    await bruno.getByLabel('Forme du titre').selectOption('masculine');
    // An end before the start is refused under that candidate's field, and nothing is recorded.
    await bruno.getByLabel('Jusqu’au').fill('2030-01-01');
    await vote.getByRole('button', { name: 'Enregistrer le vote' }).click();
    await bruno.getByText('La fin du mandat précède son début.').waitFor();
    assert.equal(await bruno.getByLabel('Jusqu’au').getAttribute('aria-invalid'), 'true');
    await expectNoAxeViolations(page, 'election by show of hands with a refused role');
    await bruno.getByLabel('Jusqu’au').fill('2033-06-14');
    await vote.getByRole('button', { name: 'Enregistrer le vote' }).click();
    await page.getByRole('button', { name: 'Proclamer les élus' }).click();
    await page.getByText('Élu·es proclamé·es.').waitFor();
    const board = (await (await staff.request.get('/api/board?at=2030-06-15')).json()) as {
      board: { printedName: string; roleLabel: { fr: string }; endsOn: string | null }[];
    };
    assert.deepEqual(
      board.board.map((mandate) => [mandate.printedName, mandate.roleLabel.fr, mandate.endsOn]),
      [['Bruno Membre', 'Secrétaire', '2033-06-14']],
    );
  });

  it('adds a role and a mandate on the board page, its title in the form that fits the person', async () => {
    await page.goto('/board');
    await page.getByRole('heading', { level: 1, name: 'Conseil d’administration' }).waitFor();
    const roleForm = page.getByRole('form', { name: 'Nouveau rôle' });
    await roleForm.getByLabel('Code du rôle').fill('tresorier_adjoint');
    const labels = [
      ['Libellé français, masculin', 'Trésorier adjoint'],
      ['Libellé français, féminin', 'Trésorière adjointe'],
      ['Libellé français, inclusif', 'Trésorier·ère adjoint·e'],
      ['Libellé anglais, masculin', 'Deputy treasurer'],
      ['Libellé anglais, féminin', 'Deputy treasurer'],
      ['Libellé anglais, inclusif', 'Deputy treasurer'],
    ];
    for (const [label, value] of labels) await roleForm.getByLabel(label!).fill(value!);
    await roleForm.getByRole('button', { name: 'Ajouter le rôle' }).click();
    const mandateForm = page.getByRole('form', { name: 'Nouveau mandat' });
    // The new role is offered as soon as it is added.
    await mandateForm
      .getByLabel('Fonction')
      .locator('option[value="tresorier_adjoint"]')
      .waitFor({ state: 'attached' });
    await mandateForm.getByLabel('Depuis le').fill('2030-01-01');
    await mandateForm.getByLabel('Rechercher (Personne)').fill('Alice');
    const personSelect = mandateForm.getByLabel('Personne', { exact: true });
    const alice = personSelect.locator('option', { hasText: 'Alice' });
    await alice.waitFor({ state: 'attached' });
    const aliceValue = await alice.getAttribute('value');
    await personSelect.selectOption(aliceValue!);
    await mandateForm.getByLabel('Fonction').selectOption('tresorier_adjoint');
    await mandateForm.getByLabel('Forme du titre').selectOption('feminine');
    await mandateForm.getByRole('button', { name: 'Ajouter le mandat' }).click();
    await page.getByLabel('À la date du').fill('2030-06-15');
    const row = page.getByRole('row', { name: /Alice/ });
    await row.getByRole('cell', { name: 'Trésorière adjointe' }).waitFor();

    await row.getByRole('button', { name: /Modifier le mandat/ }).click();
    const editor = page.getByRole('form', { name: /Modifier le mandat/ });
    await editor.getByLabel('Fonction').selectOption('president');
    await editor.getByLabel('Forme du titre').selectOption('masculine');
    // An end before the start is refused under the end's field, and nothing changes.
    await editor.getByLabel('Jusqu’au').fill('2029-12-31');
    await editor.getByRole('button', { name: 'Enregistrer' }).click();
    await editor.getByText('La fin du mandat', { exact: false }).waitFor();
    assert.equal(await editor.getByLabel('Jusqu’au').getAttribute('aria-invalid'), 'true');
    await editor.getByLabel('Jusqu’au').fill('');
    await editor.getByRole('button', { name: 'Enregistrer' }).click();
    await page
      .getByRole('row', { name: /Alice/ })
      .getByRole('cell', { name: 'Président', exact: true })
      .waitFor();
    await expectNoAxeViolations(page, 'board page');
  });
});
