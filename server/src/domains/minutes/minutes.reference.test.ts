import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { normalizeName } from '../../../../common/names.ts';
import { testEngines } from '../../../test/databases.ts';
import { rowsOf } from '../../../test/inspect.ts';
import { readPdfPages } from '../../../test/pdf-text.ts';
import { createTestRuntime, type TestRuntime } from '../../../test/test-runtime.ts';
import { renderMinutesFile } from './minutes.service.ts';
import {
  amountsIn,
  attendanceLines,
  cleanLine,
  comparable,
  joinPdfBreaks,
  namedInParentheses,
  proseLines,
  splitReference,
  type ReferencePart,
} from '../../../test/reference-facts.ts';

const reference = fs.readFileSync(
  path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../../../../fixtures/reference/pv-ag-2017-la-27e-region.txt',
  ),
  'utf8',
);
const parts = splitReference(reference);

/** Parts of the reference no section prints yet: none, every part's names and amounts are checked. */
const pendingParts: string[] = [];

function part(name: string): ReferencePart {
  const found = parts.find((entry) => entry.part === name);
  assert.ok(found, `the reference has its ${name} part`);
  return found;
}

/** Every fact of the reference parts in this branch, and where it is looked for. */
function expectedFacts(): { part: string; fact: string; isCaseFree?: boolean }[] {
  const facts: { part: string; fact: string; isCaseFree?: boolean }[] = [];
  for (const entry of parts) {
    if (pendingParts.includes(entry.part)) continue;
    for (const amount of amountsIn(entry.lines)) facts.push({ part: entry.part, fact: amount });
  }
  // The reference writes one first name in capitals ("BONET GUILLAUME"): names compare without case.
  for (const line of attendanceLines(part('attendance')))
    facts.push({ part: 'attendance', fact: line, isCaseFree: true });
  for (const name of ['agenda', 'activity_report', 'resolutions', 'board', 'workshops', 'questions'])
    for (const line of proseLines(part(name))) facts.push({ part: name, fact: line.replace(/[ ;.]+$/, '') });
  facts.push({ part: 'opening', fact: cleanLine(part('opening').lines[0]!) });
  const closing = cleanLine(part('closing').lines[0]!);
  facts.push({ part: 'closing', fact: closing.slice(closing.indexOf('Christian Paul')) });
  for (const line of part('memberships').lines)
    for (const bold of line.matchAll(/\*\*([^*]+)\*\*/g)) facts.push({ part: 'memberships', fact: bold[1]! });
  // "Design : Julien, Laura, Lilas": each function and each first name of the team.
  for (const line of part('staff').lines.filter((entry) => /^[^:]+ : \S/.test(entry)))
    for (const fact of line.split(/ : |, /)) facts.push({ part: 'staff', fact: fact.trim() });
  for (const line of part('resolutions').lines.filter((entry) => /^[^a-zà-ÿ]+$/.test(entry.trim())))
    facts.push({ part: 'resolutions', fact: cleanLine(line), isCaseFree: true });
  facts.push({ part: 'title', fact: '21 juin 2017' }, { part: 'title', fact: 'Superpublic' });
  return facts;
}

function missingFacts(text: string, adjust: (value: string) => string = (value) => value) {
  const haystack = adjust(comparable(text));
  const lower = haystack.toLowerCase();
  return expectedFacts().filter(({ fact, isCaseFree }) => {
    const needle = adjust(comparable(fact));
    return isCaseFree ? !lower.includes(needle.toLowerCase()) : !haystack.includes(needle);
  });
}

for (const engine of testEngines()) {
  describe(`the reference minutes on ${engine}`, () => {
    let test: TestRuntime;
    let markdown: string;

    before(async () => {
      test = await createTestRuntime(engine, 'demo');
      markdown = (
        await renderMinutesFile(test.runtime, { actor: null, slug: 'ag-2017', format: 'md' })
      ).body.toString('utf8');
    });
    after(() => test.close());

    it('reads enough facts from the reference to mean something', () => {
      const facts = expectedFacts();
      assert.ok(facts.filter((fact) => fact.part === 'attendance').length >= 50);
      assert.ok(facts.some((fact) => fact.fact === '5 000€'));
      assert.ok(facts.some((fact) => fact.fact === '14h00'));
      assert.ok(facts.length > 250, `${facts.length} facts`);
      for (const fact of ['1 124 849€', '353 600', '14 071€', '178 138€', '1 742 740€', '53 993€'])
        assert.ok(
          facts.some((entry) => entry.part === 'accounts' && entry.fact === fact),
          `the accounts facts hold ${fact}`,
        );
      for (const fact of ['8,64', 'Lilas', 'Administration et gestion financière'])
        assert.ok(
          facts.some((entry) => entry.part === 'staff' && entry.fact === fact),
          fact,
        );
      assert.ok(facts.some((entry) => entry.part === 'board' && entry.fact === 'Stéphane Vincent'));
      assert.ok(
        facts.some(
          (entry) =>
            entry.part === 'board' && entry.fact === 'Caroline Porot (Représentante de la ville de Mulhouse)',
        ),
      );
      assert.ok(
        facts.some((entry) => entry.fact.startsWith("L'Assemblée Générale approuve les comptes 2016")),
        'the resolutions are looked for',
      );
    });

    it('prints every name with its label, every amount and time, every sentence of the reference in the Markdown', () => {
      assert.deepEqual(missingFacts(markdown), []);
    });

    it('names every organisation of the membership summary by its name in the register', async () => {
      const { database } = test.runtime;
      const line = part('memberships').lines.find((entry) => entry.includes('ont validé leur adhésion'))!;
      const pendingLine = part('memberships').lines.find((entry) =>
        entry.includes('en cours de renouvellement'),
      )!;
      for (const written of [...namedInParentheses(line), ...namedInParentheses(pendingLine)]) {
        const [alias] = await rowsOf(database, 'organisation_aliases', {
          normalized_alias: normalizeName(written),
        });
        assert.ok(alias, `the register knows "${written}"`);
        const [organisation] = await rowsOf(database, 'organisations', { id: alias.organisation_id });
        assert.ok(organisation);
        assert.ok(
          markdown.includes(organisation.name),
          `the minutes name ${organisation.name} ("${written}")`,
        );
      }
    });

    it('prints the same facts in the PDF, read back with pdfjs', async () => {
      const pdf = (await renderMinutesFile(test.runtime, { actor: null, slug: 'ag-2017', format: 'pdf' }))
        .body;
      const pages = await readPdfPages(pdf);
      assert.ok(pages.length >= 5, `${pages.length} pages`);
      pages.forEach((page, index) => assert.match(page, new RegExp(`Page ${index + 1} / ${pages.length}`)));
      assert.match(
        pages[1]!,
        /La 27e Région - Procès-verbal de l’assemblée générale annuelle - 21 juin 2017/,
      );
      // A paragraph may run onto the next page: read the pages without their running header and number.
      const body = pages.map((page) =>
        page
          .replace('La 27e Région - Procès-verbal de l’assemblée générale annuelle - 21 juin 2017', ' ')
          .replace(/Page \d+ \/ \d+/, ' '),
      );
      assert.deepEqual(missingFacts(body.join(' '), joinPdfBreaks), []);
    });

    it('translates the generated sections and leaves the written ones as typed', async () => {
      const english = (
        await renderMinutesFile(test.runtime, { actor: null, slug: 'ag-2017', format: 'md', lang: 'en' })
      ).body.toString('utf8');
      assert.match(english, /^# Minutes of the annual general assembly of La 27e Région - 21 June 2017$/m);
      assert.match(english, /from 2:00 pm to 5:00 pm/);
      assert.match(english, /\*\*Present:\*\*/);
      assert.match(english, /Fee grid 2017: €5,000 for legal entities and €40 for individuals\./);
      assert.match(english, /Christian Paul thanks those present and closes the session at 5:00 pm\./);
      assert.match(english, /Pendant trois semaines, une équipe pluridisciplinaire part en immersion/);
      assert.match(english, /\| Products \| Budget 2017 \| Actual 2016 \|/);
      assert.match(english, /\| \*\*Total forecast charges\*\* \| \*\*€1,124,849\*\* \| \*\*€724,027\*\* \|/);
      assert.match(
        english,
        /The General Assembly approves the 2016 accounts \(result: -€14,071\) and the activity report of that year unanimously\./,
      );
      assert.match(english, /## Board of directors\n\n- Christian Paul\n/);
      assert.match(english, /## Executive director\n\n- Stéphane Vincent/);
      assert.match(english, /In April 2017, the team counted 10 employees or 8\.64 FTE \(\+ 1 intern\)\./);
      assert.match(english, /The association’s equity amounts to €178,138\./);
      assert.doesNotMatch(
        english,
        /Étaient présents|Rappel de l’ordre du jour|Composition du conseil|Les résolutions suivantes|Budget prévisionnel|Réalisé 2016|Bilan comptable/,
      );
    });
  });
}
