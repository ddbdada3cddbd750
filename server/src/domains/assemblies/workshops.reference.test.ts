import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { formatAdministrativeName } from '../../../../common/names.ts';
import { testEngines } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

const referenceLines = fs
  .readFileSync(
    path.resolve(
      path.dirname(fileURLToPath(import.meta.url)),
      '../../../../fixtures/reference/pv-ag-2017-la-27e-region.txt',
    ),
    'utf8',
  )
  .split('\n');
const referenceText = referenceLines.join(' ').replace(/\s+/g, ' ');

/** The reference's line that starts with these words, without its bullet marks. */
function referenceLine(start: string): string {
  const line = referenceLines.find((entry) => entry.replace(/^\s*-\s(❖\s)?/, '').startsWith(start));
  assert.ok(line, `the reference has a line starting "${start}"`);
  return line.replace(/^\s*-\s(❖\s)?/, '');
}

type Member = { attendanceId: string; administrativeName: string | null; label: string | null };
type Workshop = {
  id: string;
  position: number;
  topic: string;
  minutes: number | null;
  problems: string[];
  proposals: string[];
  members: Member[];
};
type Question = {
  id: string;
  askedByPersonId: string | null;
  askedBy: string | null;
  question: string;
  answer: string | null;
};
type SheetRow = { id: string; personId: string; status: string; role: string; leftAt: string | null };

for (const engine of testEngines()) {
  describe(`the reference's workshops and questions on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    let member: ApiClient;

    before(async () => {
      test = await createTestApp(engine, 'demo');
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      member = test.client();
      await member.signIn((await createUser(test.runtime, { role: 'member' })).email);
    });
    after(() => test.close());

    it('holds the five workshops of 2017 word for word, the present members split into groups of 6–7', async () => {
      const response = await member.get('/api/assemblies/ag-2017/workshops');
      assert.equal(response.statusCode, 200, response.body);
      const workshops: Workshop[] = response.json().workshops;
      const topics = [
        'La communication de La 27e Région',
        "L'innovation publique à l'ère Macron",
        'Les 10 ans de La 27e Région',
        'Les nouveaux chantiers de La 27e Région',
        'La 27e Région et les entreprises',
      ];
      assert.deepEqual(
        workshops.map((workshop) => workshop.topic),
        topics,
      );
      for (const topic of topics) assert.ok(referenceLines.includes(`- ${topic}`), topic);
      assert.ok(workshops.every((workshop) => workshop.minutes === 45));
      for (const workshop of workshops) {
        assert.ok(workshop.problems.length > 0 && workshop.proposals.length > 0, workshop.topic);
        for (const item of [...workshop.problems, ...workshop.proposals])
          assert.equal(referenceLine(item), item, 'every item is a whole line of the reference');
      }
      assert.deepEqual(workshops[0]!.problems, [referenceLine("Comment parler de l'action")]);
      assert.deepEqual(workshops[0]!.proposals, [
        referenceLine("Dans le cadre d'"),
        referenceLine('Un autre son de cloche'),
      ]);
      assert.equal(workshops[2]!.proposals.length, 13);
      assert.equal(workshops[2]!.proposals[1], referenceLine('Prévoir un gros évènement festif'));
      assert.equal(workshops[3]!.problems.length, 18);
      assert.equal(workshops[3]!.problems[1], 'Le réchauffement climatique');
      assert.deepEqual(workshops[3]!.proposals, [
        'Le rôle de La 27e Région doit être :',
        "De mobiliser l'énergie collective sur ces différentes questions",
        referenceLine("D'outiller une nouvelle prospective"),
      ]);
      assert.equal(workshops[4]!.proposals[1], referenceLine('Il est suggéré également'));

      const sizes = workshops.map((workshop) => workshop.members.length);
      assert.deepEqual([...sizes].sort(), [6, 7, 7, 7, 7]);
      const sheet = (await secretary.get('/api/assemblies/ag-2017/attendance')).json();
      const team = new Set(sheet.staff.map((row: SheetRow) => row.id));
      const members = workshops.flatMap((workshop) => workshop.members);
      assert.equal(new Set(members.map((entry) => entry.attendanceId)).size, 34, 'each present member once');
      assert.ok(
        members.every((entry) => !team.has(entry.attendanceId)),
        'the team leads, not in groups',
      );
      const groupOf = (firstName: string, lastName: string) => {
        const name = formatAdministrativeName({ firstName, lastName });
        const index = workshops.findIndex((workshop) =>
          workshop.members.some((entry) => entry.administrativeName === name),
        );
        assert.ok(index >= 0, `${name} is in a workshop`);
        return index;
      };
      assert.notEqual(groupOf('Grégoire', 'Guillot'), groupOf('Vincent', 'Lamy'), 'the two of Le CAC apart');
      assert.notEqual(
        groupOf('Christian', 'Paul'),
        groupOf('Jean-Marie', 'Bergère'),
        'president and treasurer apart',
      );
    });

    it('holds the questions and answers of 2017 word for word, in order, nobody named as asking', async () => {
      const response = await member.get('/api/assemblies/ag-2017/questions');
      assert.equal(response.statusCode, 200, response.body);
      const questions: Question[] = response.json().questions;
      assert.deepEqual(
        questions.map((entry) => entry.question),
        [
          'Quelles sont vos relations avec vos "clients" ?',
          'Quels sont les détails du partenariat Bloomberg ? Comment cela se passe-t-il ?',
          "Comment mieux mettre en place la diffusion des ressources créées par les acteurs de l'innovation publique ?",
          'Comment faire rencontrer les projets qui émergent des collectivités, de la 27^e Région et de la communauté ?',
          "Allez-vous recruter plus d'effectif car il y a plus de projets ?",
          "Qu'est-ce qu'une adhésion croisée ?",
        ],
      );
      for (const entry of questions) {
        assert.equal(referenceLine(entry.question), entry.question);
        assert.equal(entry.askedBy, null);
        assert.equal(entry.askedByPersonId, null);
        for (const paragraph of entry.answer!.split('\n\n'))
          assert.ok(
            referenceText.includes(paragraph),
            `the answer "${paragraph.slice(0, 40)}…" is the reference's`,
          );
      }
      assert.equal(questions[0]!.answer, referenceLine("Nous n'avons pas de clients"));
      assert.match(
        questions[1]!.answer!,
        /collectivités américaines et françaises des différents programmes/,
      );
      assert.equal(questions[5]!.answer, referenceLine("Il s'agit de 2 associations"));
    });
  });
}
