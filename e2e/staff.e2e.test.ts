import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { loadDemo } from '../server/src/db/seed/demo.ts';
import { createUser, testPassword } from '../server/test/factories.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

describe('the staff and programmes pages, in the browser', { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let treasurerPage: Page;

  before(async () => {
    server = await startTestServer('sqlite');
    await loadDemo(server.runtime.database.db);
    const secretary = await createUser(server.runtime, {
      role: 'secretary',
      email: 'secretaire@example.org',
    });
    browser = await launchBrowser();
    const context = await browser.newContext({ baseURL: server.url, locale: 'fr-FR' });
    const signIn = await context.request.post('/api/session', {
      data: { email: secretary.email, password: testPassword },
    });
    assert.equal(signIn.status(), 200);
    page = await context.newPage();
    const treasurer = await createUser(server.runtime, { role: 'treasurer', email: 'tresorier@example.org' });
    const treasurerContext = await browser.newContext({ baseURL: server.url, locale: 'fr-FR' });
    const treasurerSignIn = await treasurerContext.request.post('/api/session', {
      data: { email: treasurer.email, password: testPassword },
    });
    assert.equal(treasurerSignIn.status(), 200);
    treasurerPage = await treasurerContext.newPage();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the team of April 2017 by function, its recorded figure and the history chart', async () => {
    await page.goto('/staff');
    await page.getByRole('heading', { level: 1, name: 'Équipe salariée' }).waitFor();
    await page.getByLabel('Jour').fill('2017-04-30');
    await page.getByRole('heading', { name: 'L’équipe au 30 avril 2017' }).waitFor();
    assert.equal(
      await page.locator('[data-staff="count"]').innerText(),
      '10 salariés, 8,64\u202fETP, stagiaires\u202f: 1',
    );
    assert.match(
      await page.locator('[data-staff="recorded"]').innerText(),
      /avril 2017 \)\s: 8,64\sETP|avril 2017\)\s: 8,64\sETP/,
    );
    await page.getByText('Design : Julien, Laura, Lilas').waitFor();
    await page
      .getByRole('img', { name: 'Évolution de l’équipe en équivalents temps plein' })
      .or(page.getByRole('img', { name: 'Évolution de l’équipe en équivalents temps plein' }))
      .waitFor();
    await page.getByText(/2012\s: 3,3\sETP\s; septembre 2014\s: 7,22\sETP/).waitFor();
    assert.equal(
      await page.getByRole('form').count(),
      0,
      'the secretary reads the team but cannot change it',
    );
    await expectNoAxeViolations(page, 'staff page');
    if (process.env.SCREENSHOTS)
      await page.screenshot({ path: `${process.env.SCREENSHOTS}/staff.png`, fullPage: true });
  });

  it('shows the 2017 programmes with their partners and the Bloomberg agreement', async () => {
    await page.goto('/programmes');
    await page.getByRole('heading', { level: 1, name: 'Programmes et partenaires' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'La Transfo' }).waitFor();
    await page
      .getByText(/Transfo Dunkerque — Dunkerque \(partenaires\s: Communauté urbaine de Dunkerque\)/)
      .waitFor();
    await page.getByText(/Bloomberg Philanthropies, 1\s300\s000\s€ de 2017 à 2020/).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Ajouter un projet' }).count(), 0);
    await expectNoAxeViolations(page, 'programmes page');
    if (process.env.SCREENSHOTS)
      await page.screenshot({ path: `${process.env.SCREENSHOTS}/programmes.png`, fullPage: true });
  });

  it('lets the treasurer add a staff member and record a figure; the figures follow, bad input is refused', async () => {
    const staff = treasurerPage;
    await staff.goto('/staff');
    await staff.getByRole('heading', { level: 1, name: 'Équipe salariée' }).waitFor();
    await staff.getByLabel('Jour').fill('2017-04-30');
    const count = staff.locator('[data-staff="count"]');
    await staff.getByText('10 salariés, 8,64 ETP, stagiaires : 1').waitFor();

    const member = staff.getByRole('form', { name: 'Ajouter un salarié ou un stagiaire' });
    await member.getByLabel('Nom').fill('Camille');
    await member.getByLabel('Fonction').fill('Designer de services');
    await member.getByLabel('Pôle').selectOption({ label: 'Design' });
    await member.getByLabel('Contrat').selectOption({ label: 'CDD' });
    await member.getByLabel('Début').fill('2017-04-01');
    await member.getByLabel('ETP').fill('2,5');
    await member
      .getByRole('button', { name: 'Ajouter à l’équipe' })
      .or(member.getByRole('button', { name: 'Ajouter à l’équipe' }))
      .click();
    await member.getByText(/Ce n.est pas un temps de travail/).waitFor();
    assert.equal(await member.getByLabel('ETP').getAttribute('aria-invalid'), 'true');
    assert.equal(await count.innerText(), '10 salariés, 8,64\u202fETP, stagiaires\u202f: 1');
    await expectNoAxeViolations(staff, 'staff member form with a refusal');
    await member.getByLabel('ETP').fill('0,5');
    await member
      .getByRole('button', { name: 'Ajouter à l’équipe' })
      .or(member.getByRole('button', { name: 'Ajouter à l’équipe' }))
      .click();
    await member.getByText(/Camille ajouté à l.équipe \(0,5\sETP\)/).waitFor();
    await staff.getByText('11 salariés, 9,14 ETP, stagiaires : 1').waitFor();
    await staff
      .getByText('Design : Julien, Laura, Lilas, Camille')
      .or(staff.getByText('Design : Camille, Julien, Laura, Lilas'))
      .waitFor();
    await staff.getByRole('cell', { name: 'Designer de services' }).waitFor();

    const figure = staff
      .getByRole('form', { name: 'Enregistrer un chiffre de l’équipe' })
      .or(staff.getByRole('form', { name: 'Enregistrer un chiffre de l’équipe' }));
    await figure.getByLabel('Date du chiffre').fill('2019-06-01');
    await figure.getByLabel('Précision').selectOption({ label: 'le mois' });
    await figure.getByLabel('Salariés').fill('douze');
    await figure.getByLabel('ETP').fill('9,5');
    await figure.getByRole('button', { name: 'Enregistrer le chiffre' }).click();
    await figure.getByText('Un nombre entier, par exemple 10.').waitFor();
    await figure.getByLabel('Salariés').fill('12');
    await figure.getByRole('button', { name: 'Enregistrer le chiffre' }).click();
    await figure.getByText('Chiffre enregistré : juin 2019, 9,5 ETP.').waitFor();
    await staff.getByText(/juin 2019\s: 9,5\sETP/).waitFor();
    await expectNoAxeViolations(staff, 'staff page after saving');
    if (process.env.SCREENSHOTS)
      await staff.screenshot({ path: `${process.env.SCREENSHOTS}/staff-forms.png`, fullPage: true });
  });

  it('lets the treasurer add a project with partners from the register; a bad year is refused', async () => {
    const programmes = treasurerPage;
    await programmes.goto('/programmes');
    await programmes.getByRole('heading', { level: 2, name: 'La Transfo' }).waitFor();
    await programmes.getByRole('button', { name: 'Ajouter un projet' }).click();
    const form = programmes.getByRole('form', { name: 'Nouveau projet' });
    await form.getByLabel('Programme').selectOption({ label: 'La Transfo' });
    await form.getByLabel('Année', { exact: true }).fill('17');
    await form.getByLabel('Titre du projet').fill('Transfo Grenoble');
    await form.getByLabel('Lieu').fill('Grenoble');
    await form.getByRole('button', { name: 'Ajouter le projet' }).click();
    await form.getByText('Une année sur quatre chiffres, par exemple 2025.').waitFor();
    await expectNoAxeViolations(programmes, 'project form with a refusal');
    await form.getByLabel('Année', { exact: true }).fill('2017');
    await form.getByLabel('Partenaires').click();
    await form.getByLabel('Partenaires').fill('Dunkerque');
    await programmes.getByRole('option', { name: 'Communauté urbaine de Dunkerque' }).click();
    await form.getByRole('button', { name: 'Ajouter le projet' }).click();
    await programmes.getByText('Projet ajouté aux programmes 2017.').waitFor();
    await programmes
      .getByText(/Transfo Grenoble — Grenoble \(partenaires\s: Communauté urbaine de Dunkerque\)/)
      .waitFor();
    await expectNoAxeViolations(programmes, 'programmes page after adding a project');
    if (process.env.SCREENSHOTS)
      await programmes.screenshot({ path: `${process.env.SCREENSHOTS}/programmes-form.png`, fullPage: true });
  });
});
