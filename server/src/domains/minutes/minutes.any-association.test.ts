import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AssemblyView } from '../../../../common/assemblies.schemas.ts';
import type { MinutesView } from '../../../../common/minutes.schemas.ts';
import type { ApiClient } from '../../../test/api-client.ts';
import { testEngines } from '../../../test/databases.ts';
import {
  createAnnualAccounts,
  createAssembly,
  createAssociation,
  createAttendance,
  createBudget,
  createIndividualMember,
  createPerson,
  createResolution,
  createStatutes,
  createUser,
} from '../../../test/factories.ts';
import { rowsOf } from '../../../test/inspect.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { closeSession, openSession } from '../assemblies/assemblies.service.ts';
import { giveProxy, setPresence } from '../assemblies/attendance.service.ts';
import { addMandate } from '../votes/board.service.ts';

/**
 * The minutes of a small association that is not the demo: a hybrid ordinary assembly with a guest,
 * a member who leaves and gives a proxy, accounts with a result and notes but no actual, a budget
 * with no actual column, a question asked under an agenda item; and an extraordinary assembly held
 * by video.
 */
for (const engine of testEngines()) {
  describe(`the minutes of any association on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    let ordinary: AssemblyView;
    let extraordinary: AssemblyView;
    const url = (slug: string) => `/api/assemblies/${slug}/minutes`;
    const markdown = async (slug: string, lang = 'fr') =>
      (await secretary.get(`${url(slug)}/document?format=md&lang=${lang}`)).body;

    before(async () => {
      test = await createTestApp(engine);
      const context = test.runtime;
      await createAssociation(context, { name: 'Jardins partagés du Faubourg', shortName: 'Jardins' });
      await createStatutes(context);
      ordinary = await createAssembly(context, {
        slug: 'ago-2025',
        title: 'Assemblée générale ordinaire 2025',
        heldOn: '2025-06-20',
        place: 'Salle des fêtes',
      });
      const members = new Map<string, { personId: string; membershipId: string; attendanceId?: string }>();
      for (const [firstName, lastName, status] of [
        ['Alice', 'Martin', 'remote'],
        ['Bruno', 'Petit', 'present'],
        ['Claire', 'Roux', 'present'],
      ] as const) {
        const { person, membership } = await createIndividualMember(context, {
          year: 2025,
          firstName,
          lastName,
        });
        const sheet = await createAttendance(context, {
          slug: ordinary.slug,
          personId: person.id,
          membershipId: membership.id,
          status,
        });
        const row = sheet.attendees.find((entry) => entry.personId === person.id)!;
        members.set(firstName, { personId: person.id, membershipId: membership.id, attendanceId: row.id });
      }
      const guest = await createPerson(context, { firstName: 'Denis', lastName: 'Noir' });
      await createAttendance(context, { slug: ordinary.slug, personId: guest.id, role: 'guest' });
      await openSession(context, { actor: null, slug: ordinary.slug });
      await setPresence(context, {
        actor: null,
        slug: ordinary.slug,
        attendanceId: members.get('Bruno')!.attendanceId!,
        action: 'leave',
      });
      await giveProxy(context, {
        actor: null,
        slug: ordinary.slug,
        proxy: {
          giverMembershipId: members.get('Bruno')!.membershipId,
          holderMembershipId: members.get('Claire')!.membershipId,
          source: 'secretary',
        },
      });
      const accountsItem = ordinary.agenda.find((item) => item.kind === 'deliberative')!;
      const resolution = await createResolution(context, {
        slug: ordinary.slug,
        agendaItemId: accountsItem.id,
        title: 'Approbation des comptes 2024',
        text: 'approuve les comptes de l’exercice 2024',
      });
      await closeSession(context, { actor: null, slug: ordinary.slug });
      await createAnnualAccounts(context, {
        year: 2024,
        result: '677',
        equity: '4 210',
        balanceSheetTotal: '5 020',
        notes: 'Trésorerie au 31 décembre : 3 890 €, sur le compte courant au Crédit Coopératif.',
      });
      await createBudget(context, {
        year: 2025,
        asOf: '2025-05-31',
        lines: [
          { accountCode: '606', label: 'Graines et outils', side: 'charges', amount: '1 200', toDate: '430' },
          { accountCode: '756', label: 'Cotisations', side: 'products', amount: '1 200', toDate: '960' },
        ],
      });
      await addMandate(context, {
        actor: null,
        mandate: {
          personId: members.get('Alice')!.personId,
          role: 'president',
          titleForm: 'feminine',
          startsOn: '2024-06-01',
        },
      });
      await addMandate(context, {
        actor: null,
        mandate: {
          personId: members.get('Claire')!.personId,
          role: 'treasurer',
          titleForm: 'feminine',
          startsOn: '2024-06-01',
        },
      });

      extraordinary = await createAssembly(context, {
        slug: 'age-2025',
        kind: 'extraordinary',
        title: 'Assemblée générale extraordinaire',
        heldOn: '2025-11-04',
        place: 'https://visio.example.org/jardins',
        membershipYear: 2025,
      });
      await createAttendance(context, {
        slug: extraordinary.slug,
        personId: members.get('Claire')!.personId,
        membershipId: members.get('Claire')!.membershipId,
        status: 'remote',
      });
      await openSession(context, { actor: null, slug: extraordinary.slug });

      secretary = test.client();
      await secretary.signIn((await createUser(context, { role: 'secretary' })).email);
      const saved = await secretary.request('PUT', `/api/assemblies/${ordinary.slug}/questions`, {
        questions: [
          {
            askedByLabel: 'Une adhérente',
            question: 'Le bénéfice sera-t-il reporté ?',
            answer: 'Oui, en report à nouveau.',
            agendaItemId: accountsItem.id,
          },
        ],
      });
      assert.equal(saved.statusCode, 200, saved.body);
      assert.equal(saved.json().questions[0].agendaItemId, accountsItem.id);
      const voted = await secretary.post(
        `/api/assemblies/${ordinary.slug}/resolutions/${resolution.id}/show-of-hands`,
        { record: 'unanimous' },
      );
      assert.equal(voted.statusCode, 200, voted.body);
      for (const slug of [ordinary.slug, extraordinary.slug])
        assert.equal((await secretary.post(url(slug))).statusCode, 200);
    });
    after(() => test.close());

    it('leaves out empty sections and invents no zero: result text and table agree, no empty budget column', async () => {
      const text = await markdown(ordinary.slug);
      assert.doesNotMatch(text, /Rapport d’activité|Débats/, 'no bare heading for an empty written section');
      assert.match(text, /Le résultat annuel est un excédent de 677\s€\./);
      assert.doesNotMatch(
        text,
        /Compte de résultat|résultat annuel est à l’équilibre|s’élève à 0\s€/,
        'no income statement of an empty actual',
      );
      assert.match(text, /Budget 2025/);
      assert.doesNotMatch(text, /Réalisé 2024/, 'the actual column has no figure');
      assert.match(text, /\| Charges \| Budget 2025 \| Réalisé au 31 mai 2025 \|/);
      assert.match(text, /\| Graines et outils \| 1\u202f200\u202f€ \| 430\u202f€ \|/);
      assert.match(text, /\| Cotisations \| 1\u202f200\u202f€ \| 960\u202f€ \|/);
      assert.doesNotMatch(text, /Charges de personnel/, 'no line without a figure');
      assert.match(text, /Trésorerie au 31 décembre : 3 890 €, sur le compte courant au Crédit Coopératif\./);
    });

    it('words the meeting in the association’s words: ordinary, hybrid, guests apart, the leaver once', async () => {
      const text = await markdown(ordinary.slug);
      assert.match(
        text,
        /^# Procès-verbal de l’assemblée générale ordinaire de Jardins partagés du Faubourg/,
      );
      assert.doesNotMatch(text, /annuelle/);
      assert.match(text, /s’est tenue .* à Salle des fêtes et par visioconférence, entre/);
      assert.match(text, /- MARTIN Alice \(à distance\)/);
      const [present, guests] = text.split('Étaient également présents, sans voix\u202f:');
      assert.ok(guests, 'the guests have their own list');
      assert.match(guests!, /^\*\*\n\n- NOIR Denis\n/);
      assert.doesNotMatch(present!, /NOIR Denis/);
      assert.match(text, /- PETIT Bruno \(parti à \d\dh\d\d, représenté ensuite par Claire Roux\)/);
      assert.doesNotMatch(text, /Étaient représentés/, 'the leaver is not listed again as represented');
      assert.match(text, /\*\*Fonctions au sein du conseil\u202f:\*\*\n\n- Présidente\u202f: Alice Martin/);
      // No secretary of the session: the board's treasurer, present, signs, titled as she is.
      assert.match(
        text,
        /\| Le président de séance \| Trésorière \|\n\| --- \| --- \|\n\| {2}\| Claire Roux \|/,
      );
    });

    it('prints a question under its agenda item, and the closing last, after the questions', async () => {
      const text = await markdown(ordinary.slug);
      const questions = text.indexOf(
        '## Compte rendu des questions posées lors de l’assemblée générale ordinaire',
      );
      const item = text.indexOf('### Point 2\u202f: Approbation des comptes', questions);
      const asked = text.indexOf('Une adhérente\u202f: Le bénéfice sera-t-il reporté ?', item);
      const closing = text.search(/clôt la séance|La séance est levée/);
      assert.ok(questions > 0 && item > questions && asked > item, 'the question under its item');
      assert.ok(closing > asked, 'the closing after the questions');
      const refused = await secretary.request('PUT', `/api/assemblies/${ordinary.slug}/questions`, {
        questions: [{ question: 'Où ?', agendaItemId: 'not-an-item' }],
      });
      assert.equal(refused.statusCode, 400);
      assert.equal(refused.json().errors[0].path, 'body.questions.0.agendaItemId');
    });

    it('writes the English minutes in English: the association’s text as typed, never mixed in a sentence', async () => {
      const text = await markdown(ordinary.slug, 'en');
      assert.match(text, /^# Minutes of the ordinary general assembly of Jardins partagés du Faubourg/);
      assert.match(text, /at Salle des fêtes and by video conference/);
      assert.match(
        text,
        /Text of the resolution: approuve les comptes de l’exercice 2024\n\nAdopted unanimously\./,
      );
      assert.match(text, /Also present, without a vote:/);
      assert.match(text, /left at \d{1,2}:\d\d [ap]m, then represented by Claire Roux/);
      for (const french of [
        'The General Assembly approuve',
        'Étaient',
        's’est tenue',
        'Le résultat',
        'Compte rendu',
        'Point 2',
        'Fonctions',
        'visioconférence',
        'L’Assemblée',
      ])
        assert.ok(!text.includes(french), `no "${french}" in the English minutes`);
    });

    it('gives an extraordinary assembly held by video its own wording and sections', async () => {
      const view = (await secretary.get(url(extraordinary.slug))).json() as MinutesView;
      const kinds = view.sections.map((section) => section.kind);
      for (const absent of ['written', 'accounts', 'budget', 'memberships', 'staff', 'programmes'])
        assert.ok(!kinds.includes(absent), `no ${absent} section`);
      const text = await markdown(extraordinary.slug);
      assert.match(text, /^# Procès-verbal de l’assemblée générale extraordinaire de Jardins/);
      assert.match(
        text,
        /L’assemblée générale extraordinaire s’est tenue .* par visioconférence, à partir de/,
      );
      assert.doesNotMatch(text, /à https|à visioconférence|Bilan comptable|Budget prévisionnel/);
    });

    it('names a board meeting as such, with a single written section for its discussion', async () => {
      const board = await createAssembly(test.runtime, {
        slug: 'ca-2025',
        kind: 'board',
        title: 'Conseil d’administration de rentrée',
        heldOn: '2025-09-10',
        membershipYear: 2025,
      });
      const started = await secretary.post(url(board.slug));
      assert.equal(started.statusCode, 200, started.body);
      const sections = (started.json() as MinutesView).sections;
      assert.deepEqual(
        sections.filter((section) => section.kind === 'written').map((section) => section.title),
        ['Débats'],
      );
      assert.ok(!sections.some((section) => ['accounts', 'budget', 'memberships'].includes(section.kind)));
      const text = await markdown(board.slug);
      assert.match(text, /^# Procès-verbal de la réunion du conseil d’administration de Jardins partagés/);
      assert.match(text, /La réunion du conseil d’administration s’est tenue .* à Maison des associations/);
      assert.match(await markdown(board.slug, 'en'), /^# Minutes of the board meeting of Jardins/);
    });

    it('adds and removes a written section through the API, audited, refused once approved', async () => {
      const added = await secretary.post(`${url(extraordinary.slug)}/sections`, {
        title: 'Divers',
        markdown: '',
      });
      assert.equal(added.statusCode, 200, added.body);
      const section = (added.json() as MinutesView).sections.find((entry) => entry.title === 'Divers')!;
      assert.equal(section.kind, 'written');
      const kinds = (added.json() as MinutesView).sections.map((entry) => entry.kind);
      assert.equal(kinds.indexOf('written') + 1, kinds.indexOf('closing'), 'added just before the closing');
      assert.deepEqual(kinds.slice(-2), ['named_votes', 'encrypted_records']);
      assert.doesNotMatch(await markdown(extraordinary.slug), /Divers/, 'empty: not printed');
      await secretary.request('PUT', `${url(extraordinary.slug)}/sections/${section.id}`, {
        markdown: 'Aucune autre question.',
      });
      assert.match(await markdown(extraordinary.slug), /## Divers\n\nAucune autre question\./);
      const removed = await secretary.request('DELETE', `${url(extraordinary.slug)}/sections/${section.id}`);
      assert.equal(removed.statusCode, 200, removed.body);
      assert.ok(!(removed.json() as MinutesView).sections.some((entry) => entry.id === section.id));
      assert.doesNotMatch(await markdown(extraordinary.slug), /Divers/);
      const actions = (await rowsOf(test.runtime.database, 'audit_events', {})).map((row) => row.action);
      assert.ok(actions.includes('minutes.section_added') && actions.includes('minutes.section_removed'));
      assert.equal((await secretary.post(`${url(extraordinary.slug)}/approve`)).statusCode, 200);
      const late = await secretary.post(`${url(extraordinary.slug)}/sections`, {
        title: 'Trop tard',
        markdown: '',
      });
      assert.equal(late.statusCode, 409);
      assert.equal(late.json().code, 'minutes_approved');
    });
  });
}
