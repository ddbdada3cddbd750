import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assemblyChannel } from '../../../../common/events.ts';
import type { MinutesView } from '../../../../common/minutes.schemas.ts';
import type { ApiClient } from '../../../test/api-client.ts';
import { testEngines } from '../../../test/databases.ts';
import {
  createActor,
  createAssembly,
  createAssociation,
  createResolution,
  createStatutes,
  createUser,
} from '../../../test/factories.ts';
import { rowsOf } from '../../../test/inspect.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { recordShowOfHands } from '../votes/resolutions.service.ts';
import { saveItemNote } from './minutes.service.ts';

const url = '/api/assemblies/ag-notes/minutes';

for (const engine of testEngines()) {
  describe(`notes under the agenda items on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    let other: ApiClient;
    let member: ApiClient;
    let welcomeId: string;
    let accountsId: string;
    const minutes = async (): Promise<MinutesView> => (await secretary.get(url)).json();
    const markdown = async () => (await secretary.get(`${url}/document?format=md`)).body;
    const putNote = (client: ApiClient, itemId: string, body: unknown, version?: string) =>
      client.request(
        'PUT',
        `${url}/notes/${itemId}`,
        body,
        version === undefined ? {} : { 'if-match': version },
      );

    before(async () => {
      test = await createTestApp(engine);
      await createAssociation(test.runtime);
      await createStatutes(test.runtime);
      const assembly = await createAssembly(test.runtime, { slug: 'ag-notes', heldOn: '2030-06-20' });
      welcomeId = assembly.agenda[0]!.id;
      accountsId = assembly.agenda[1]!.id;
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      other = test.client();
      await other.signIn((await createUser(test.runtime, { role: 'administrator' })).email);
      member = test.client();
      await member.signIn((await createUser(test.runtime, { role: 'member' })).email);
    });
    after(() => test.close());

    it('refuses notes before the minutes are started, to members, and on an unknown item or bad text', async () => {
      const early = await putNote(secretary, welcomeId, { markdown: 'Trop tôt.' }, '"0"');
      assert.equal(early.statusCode, 404, early.body);
      assert.equal(early.json().code, 'minutes_not_found');
      assert.equal((await secretary.post(url)).statusCode, 200);

      const view = await minutes();
      assert.deepEqual(
        view.notes.map((note) => [note.agendaItemId, note.position, note.title, note.markdown, note.version]),
        [
          [welcomeId, 1, 'Accueil des membres', '', 0],
          [accountsId, 2, 'Approbation des comptes', '', 0],
        ],
        'every agenda item, nothing written yet',
      );

      const forbidden = await putNote(member, welcomeId, { markdown: 'Non.' });
      assert.equal(forbidden.statusCode, 403, forbidden.body);

      const unknown = await putNote(secretary, 'no-such-item', { markdown: 'Où ?' });
      assert.equal(unknown.statusCode, 400, unknown.body);
      assert.equal(unknown.json().code, 'validation_failed');
      assert.deepEqual(
        [unknown.json().errors[0].path, unknown.json().errors[0].message],
        ['params.agendaItemId', 'unknown_agenda_item'],
      );
      assert.match(unknown.json().detail, /pas à l’ordre du jour/);

      const missing = await putNote(secretary, welcomeId, {});
      assert.equal(missing.statusCode, 400, missing.body);
      assert.match(JSON.stringify(missing.json().errors), /markdown/);

      const tooLong = await putNote(secretary, welcomeId, { markdown: 'x'.repeat(200_001) });
      assert.equal(tooLong.statusCode, 400, tooLong.body);
      assert.match(JSON.stringify(tooLong.json().errors), /markdown/);

      const badVersion = await putNote(secretary, welcomeId, { markdown: 'Bonjour.' }, 'soon');
      assert.equal(badVersion.statusCode, 400, badVersion.body);
      assert.equal(badVersion.json().errors[0].path, 'headers.if-match');

      assert.deepEqual(await rowsOf(test.runtime.database, 'minutes_item_notes', {}), [], 'nothing written');
    });

    it('saves a note on its version, prints it under its item, and refuses a stale one with the note as it now is', async () => {
      const first = await putNote(
        secretary,
        welcomeId,
        { markdown: 'Le président accueille les membres.' },
        '"0"',
      );
      assert.equal(first.statusCode, 200, first.body);
      const saved = (first.json() as MinutesView).notes.find((note) => note.agendaItemId === welcomeId)!;
      assert.equal(saved.version, 1);
      assert.equal(saved.markdown, 'Le président accueille les membres.');

      // Someone else typed on the same first version: refused, with the note as it now is.
      const stale = await putNote(other, welcomeId, { markdown: 'Autre texte.' }, '"0"');
      assert.equal(stale.statusCode, 409, stale.body);
      assert.equal(stale.json().code, 'stale_version');
      assert.equal(stale.json().current.markdown, 'Le président accueille les membres.');
      assert.equal(stale.json().current.version, 1);

      const next = await putNote(
        secretary,
        welcomeId,
        { markdown: 'Le président accueille les membres et **remercie** les bénévoles.' },
        '"1"',
      );
      assert.equal(next.statusCode, 200, next.body);
      const staleAgain = await putNote(other, welcomeId, { markdown: 'Autre texte.' }, '"1"');
      assert.equal(staleAgain.statusCode, 409, staleAgain.body);
      assert.equal(staleAgain.json().current.version, 2);

      const [row] = await rowsOf(test.runtime.database, 'minutes_item_notes', { agenda_item_id: welcomeId });
      assert.ok(row);
      assert.equal(row.markdown, 'Le président accueille les membres et **remercie** les bénévoles.');
      assert.equal(row.version, 2, 'a stale save changes nothing');

      const document = await markdown();
      assert.match(
        document,
        /## Déroulé de la séance\n\n### Point 1\s: Accueil des membres\n\nLe président accueille les membres et \*\*remercie\*\* les bénévoles\./,
      );
      assert.doesNotMatch(document, /Point 2\s: Approbation des comptes/, 'an item with nothing is left out');
    });

    it('prints the note before the item’s vote, as its sentence, the moment the vote is recorded', async () => {
      await putNote(secretary, accountsId, { markdown: 'La trésorière présente les comptes.' }, '"0"');
      const resolution = await createResolution(test.runtime, { slug: 'ag-notes', agendaItemId: accountsId });
      // The screens following the assembly (the notes page's draft) hear of the vote at once.
      const heard: string[] = [];
      const stop = test.runtime.realtime.subscribe(assemblyChannel('ag-notes'), (event) =>
        heard.push(event.type),
      );
      await recordShowOfHands(test.runtime, {
        actor: await createActor(test.runtime, { role: 'secretary' }),
        slug: 'ag-notes',
        resolutionId: resolution.id,
        input: { record: 'unanimous', votedAt: '15:10' },
      });
      for (let wait = 0; wait < 50 && !heard.includes('assembly.state'); wait += 1)
        await new Promise((resolve) => setTimeout(resolve, 20));
      stop();
      // The screens following the assembly (the draft among them) hear the state; the resolution lists hear theirs.
      assert.ok(heard.includes('assembly.state'), heard.join(', '));
      const document = await markdown();
      const item = document.search(/### Point 2\s: Approbation des comptes/);
      const note = document.indexOf('La trésorière présente les comptes.');
      const outcome = document.search(/approuve les comptes de l.exercice à l.unanimité/);
      assert.ok(item > 0 && note > item && outcome > note, document);
      assert.ok(document.search(/### Point 1\s: Accueil des membres/) < item, 'in agenda order');

      // A note emptied leaves its item with its vote only; the heading of the section is the resolutions' again.
      const version = (await minutes()).notes.find((entry) => entry.agendaItemId === welcomeId)!.version;
      await putNote(secretary, welcomeId, { markdown: '  ' }, `"${version}"`);
      await putNote(secretary, accountsId, { markdown: '' }, '"1"');
      const plain = await markdown();
      assert.match(plain, /## Résolutions\n/);
      assert.doesNotMatch(plain, /Accueil des membres\n\n|Déroulé de la séance/);
    });

    it('keeps notes with a correction and refuses them on approved minutes', async () => {
      await saveItemNote(test.runtime, {
        actor: await createActor(test.runtime, { role: 'secretary' }),
        slug: 'ag-notes',
        agendaItemId: welcomeId,
        markdown: 'Accueil à 14h.',
      });
      assert.equal((await secretary.post(`${url}/approve`)).statusCode, 200);
      const refused = await putNote(secretary, welcomeId, { markdown: 'Trop tard.' });
      assert.equal(refused.statusCode, 409, refused.body);
      assert.equal(refused.json().code, 'minutes_approved');
      assert.equal((await secretary.post(`${url}/sign`)).statusCode, 200);
      assert.equal((await secretary.post(`${url}/versions`)).statusCode, 200);
      const corrected = await minutes();
      assert.equal(corrected.version, 2);
      assert.equal(
        corrected.notes.find((note) => note.agendaItemId === welcomeId)!.markdown,
        'Accueil à 14h.',
      );
      assert.match(await markdown(), /Accueil à 14h\./);
    });
  });
}
