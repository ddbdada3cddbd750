import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadDemo } from '../server/src/db/seed/demo.ts';
import { createUser, testPassword } from '../server/test/factories.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import en from '../web/src/i18n/en.json' with { type: 'json' };
import fr from '../web/src/i18n/fr.json' with { type: 'json' };
import { chromiumSkipReason, launchBrowser } from './browser.ts';

type Catalog = { [key: string]: string | Catalog };

function strings(catalog: Catalog): string[] {
  return Object.values(catalog).flatMap((value) => (typeof value === 'string' ? [value] : strings(value)));
}

/** The catalog's top-level sections: "register.persons.title" shown as text starts with one of them. */
const sections = Object.keys(fr);
const rawKey = new RegExp(`\\b(?:${sections.join('|')})\\.[A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)*\\b`, 'g');

/**
 * French sentences of the interface: the French catalog's texts (cut at their placeholders) that the
 * English catalog does not hold. One is a leak when it fills a whole line or cell of the page: the
 * data (an organisation "Communauté urbaine de Dunkerque") may contain one, a label is one.
 */
const englishTexts = new Set(strings(en as Catalog));
const frenchSentences = [
  ...new Set(
    strings(fr as Catalog)
      .filter((text) => !englishTexts.has(text))
      .flatMap((text) => text.split(/\{\{[^}]*\}\}|<[^>]*>/))
      .map((part) => part.trim())
      // Two words at least: a single one ("Organisation", "Notes") is often English too.
      .filter((part) => /\S+\s+\S+/.test(part) && /[a-zàâçéèêëîïôûù]{4}/.test(part)),
  ),
];

/**
 * Words of the French interface that the demo's own data (La 27e Région's names, budget lines, agenda
 * items such as "Faire connaissance entre adhérents", the title "Assemblée générale annuelle 2017",
 * programmes' descriptions) does not use: one of them in the English interface is a text nobody
 * translated, from the web or the server.
 */
const frenchWords = [
  'Enregistrer',
  'Annuler',
  'introuvable',
  'Champs invalides',
  'Chargement',
  'Rechercher',
  'Ajouter',
  'Supprimer',
  'Modifier',
  'obligatoire',
  'Télécharger',
  'Précédent',
  'Suivant',
  'Fermer',
  'Aucun',
  'Aucune',
  'Personne',
  'Séance',
  'Quorum atteint',
  'Quorum non atteint',
  'présent',
  'représenté',
  'voix',
  'salariés',
  'ETP',
  'stagiaires',
  'Pour',
  'Contre',
  'Abstention',
  // A period worded by the server ("avril 2017"); the data's own months ("en octobre") have no year.
  '(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \\d{4}',
];
const frenchWord = new RegExp(`(?<![\\p{L}])(?:${frenchWords.join('|')})(?![\\p{L}])`, 'u');

interface Finding {
  page: string;
  kind: 'catalog key' | 'French sentence' | 'French word';
  text: string;
}

/** What the page shows to a reader: visible text, labels and the names given to controls. */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.title, document.body.innerText];
    for (const element of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const value = element.getAttribute(name);
        if (value) parts.push(value);
      }
    }
    return parts.join('\n');
  });
}

function findingsOf(label: string, text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(rawKey))
    findings.push({ page: label, kind: 'catalog key', text: match[0] });
  const cells = new Set(text.split(/[\n\t]/).map((cell) => cell.trim()));
  for (const sentence of frenchSentences) {
    if (cells.has(sentence)) findings.push({ page: label, kind: 'French sentence', text: sentence });
  }
  for (const cell of cells) {
    if (frenchWord.test(cell)) findings.push({ page: label, kind: 'French word', text: cell.slice(0, 160) });
  }
  return findings;
}

describe('the interface in English, page by page', { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let slug: string;
  let personId: string;

  before(async () => {
    server = await startTestServer('sqlite');
    await loadDemo(server.runtime.database.db);
    const administrator = await createUser(server.runtime, {
      role: 'administrator',
      email: 'administratrice@example.org',
    });
    browser = await launchBrowser();
    context = await browser.newContext({ baseURL: server.url, locale: 'en-GB' });
    const signIn = await context.request.post('/api/session', {
      data: { email: administrator.email, password: testPassword },
    });
    assert.equal(signIn.status(), 200);
    const assemblies = (await (await context.request.get('/api/assemblies')).json()) as {
      assemblies: { slug: string }[];
    };
    slug = assemblies.assemblies[0]!.slug;
    const persons = (await (await context.request.get('/api/persons?limit=1')).json()) as {
      persons: { id: string }[];
    };
    personId = persons.persons[0]!.id;
    page = await context.newPage();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('switches to English and shows no catalog key nor French text of the interface', async () => {
    await page.goto('/');
    await page.getByRole('button', { name: /^EN/ }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');

    const pages: [string, string][] = [
      ['dashboard', '/'],
      ['register', '/members'],
      ['a person', `/members/persons/${personId}`],
      ['memberships', '/members/memberships'],
      ['assemblies', '/assemblies'],
      ['an assembly', `/assemblies/${slug}`],
      ['control and votes', `/assemblies/${slug}/control`],
      ['board', '/board'],
      ['budget', '/budget'],
      ['staff', '/staff'],
      ['programmes', '/programmes'],
      ['minutes', '/minutes'],
      ['users', '/settings/users'],
      ['statutes', '/settings/statutes'],
    ];
    const findings: Finding[] = [];
    for (const [label, path] of pages) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      // Pages that read their data show it, not a spinner, before they are read.
      await page.waitForFunction(() => !document.querySelector('.mantine-Loader-root'));
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', `${label} is in English`);
      findings.push(...findingsOf(label, await visibleText(page)));
    }
    const report = findings
      .map((finding) => `- ${finding.page}: ${finding.kind}: ${finding.text}`)
      .join('\n');
    assert.equal(findings.length, 0, `texts not in English:\n${report}`);
  });
});
