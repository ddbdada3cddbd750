import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { MinutesView } from '../../../../common/minutes.schemas.ts';
import { restoreArchive, writeArchive } from '../../backup/archive.ts';
import { openRuntime } from '../../runtime.ts';
import type { ApiClient } from '../../../test/api-client.ts';
import { createTestDatabase, testEngines } from '../../../test/databases.ts';
import {
  createAssembly,
  createAssociation,
  createAttendance,
  createIndividualMember,
  createStatutes,
  createUser,
} from '../../../test/factories.ts';
import { openSession } from '../assemblies/assemblies.service.ts';
import { saveQuestions } from '../assemblies/questions.service.ts';
import { changeRows, deleteRows, rowsOf } from '../../../test/inspect.ts';
import { readPdfPages } from '../../../test/pdf-text.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { registerSectionKind, unregisterSectionKind } from './section-kinds.ts';

const url = '/api/assemblies/ag-2024/minutes';

for (const engine of testEngines()) {
  describe(`minutes through the API on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    let member: ApiClient;
    const put = (client: ApiClient, path: string, body: unknown) => client.request('PUT', path, body);
    const minutes = async (): Promise<MinutesView> => (await secretary.get(url)).json();
    const markdown = async (client = secretary, query = '') =>
      (await client.get(`${url}/document?format=md${query}`)).body;
    const section = (view: MinutesView, kind: string, title?: string) =>
      view.sections.find((entry) => entry.kind === kind && (!title || entry.title === title))!;

    before(async () => {
      test = await createTestApp(engine);
      // An assembly held in 2024: two members present, the session opened, one question asked, and its
      // draft minutes.
      await createAssociation(test.runtime);
      await createStatutes(test.runtime);
      const { slug } = await createAssembly(test.runtime, { slug: 'ag-2024', heldOn: '2024-06-20' });
      for (const [firstName, lastName] of [
        ['Romain', 'Vidal'],
        ['Inès', 'Morel'],
      ] as const) {
        const { person, membership } = await createIndividualMember(test.runtime, {
          year: 2024,
          firstName,
          lastName,
        });
        await createAttendance(test.runtime, { slug, personId: person.id, membershipId: membership.id });
      }
      await openSession(test.runtime, { actor: null, slug });
      await saveQuestions(test.runtime, {
        actor: null,
        slug,
        questions: [{ question: 'Quand paraîtra le rapport annuel ?', answer: 'En septembre.' }],
      });
      secretary = test.client();
      await secretary.signIn(
        (await createUser(test.runtime, { role: 'secretary', name: 'Anne Secrétaire' })).email,
      );
      member = test.client();
      await member.signIn((await createUser(test.runtime, { role: 'member' })).email);
      assert.equal((await secretary.post(url)).statusCode, 200);
    });
    after(() => test.close());

    it('overrides a generated section’s wording, shows it as such, and reverts it', async () => {
      const quorum = section(await minutes(), 'quorum');
      const saved = await put(secretary, `${url}/sections/${quorum.id}`, {
        markdown: 'Le quorum est **atteint**, constaté à 14h00.',
      });
      assert.equal(saved.statusCode, 200, saved.body);
      const view: MinutesView = saved.json();
      assert.equal(section(view, 'quorum').isOverridden, true);
      assert.match(section(view, 'quorum').generatedMarkdown!, /membres présents ou représentés/);
      assert.match(await markdown(), /Le quorum est \*\*atteint\*\*, constaté à 14h00\./);
      const preview = (await secretary.get(`${url}/document?format=html&preview=1`)).body;
      assert.match(
        preview,
        new RegExp(
          `<section id="section-${quorum.id}" class="overridden"><p class="override-note">Texte modifié`,
        ),
      );
      const title = await put(secretary, `${url}/sections/${quorum.id}`, { title: 'Quorum', markdown: 'x' });
      assert.equal(title.statusCode, 400);
      assert.equal(title.json().errors[0].path, 'body.title');
      const reverted = await secretary.request('DELETE', `${url}/sections/${quorum.id}/override`);
      assert.equal(reverted.statusCode, 200, reverted.body);
      assert.equal(section(reverted.json(), 'quorum').isOverridden, false);
      assert.doesNotMatch(await markdown(), /Le quorum est \*\*atteint\*\*/);
    });

    it('reorders the sections, refusing a list that leaves one out or names a stranger', async () => {
      const sections = (await minutes()).sections;
      const ids = sections.map((entry) => entry.id);
      const questions = section({ sections } as MinutesView, 'questions').id;
      const others = ids.filter((id) => id !== questions);
      const moved = [others[0]!, questions, ...others.slice(1)];
      const response = await put(secretary, `${url}/order`, { sectionIds: moved });
      assert.equal(response.statusCode, 200, response.body);
      const text = await markdown();
      assert.ok(text.indexOf('Compte rendu des questions') < text.indexOf('Étaient présents'));
      const missing = await put(secretary, `${url}/order`, { sectionIds: moved.slice(1) });
      assert.equal(missing.statusCode, 400);
      assert.equal(missing.json().errors[0].path, 'body.sectionIds');
      const stranger = await put(secretary, `${url}/order`, { sectionIds: [...moved.slice(1), 'nope'] });
      assert.equal(
        stranger.json().errors[0].path,
        'body.sectionIds.33'.replace('33', String(moved.length - 1)),
      );
      await put(secretary, `${url}/order`, { sectionIds: ids });
    });

    it('keeps drafts from members and refuses them the writing routes', async () => {
      assert.equal((await member.get(url)).statusCode, 403);
      const draft = await member.get(`${url}/document?format=pdf`);
      assert.equal(draft.statusCode, 403);
      assert.match(draft.json().detail, /pas encore signé/);
      assert.equal((await member.post(`${url}/approve`)).statusCode, 403);
    });

    it('stops a rendering whose section fails, naming the section', async () => {
      registerSectionKind({
        kind: 'test_broken',
        label: { fr: 'Section en panne', en: 'Broken section' },
        defaultPosition: 1000,
        build: async () => {
          throw new Error('données illisibles');
        },
      });
      try {
        const response = await secretary.get(url);
        assert.equal(response.statusCode, 500);
        assert.match(
          response.json().detail,
          /La section «\u202fSection en panne\u202f» n’a pas pu être produite \(données illisibles\)/,
        );
      } finally {
        unregisterSectionKind('test_broken');
        await deleteRows(test.runtime.database, 'minutes_sections', { kind: 'test_broken' });
      }
    });

    it('edits a written section, approves, signs; the signed PDF stays byte for byte and edits are refused', async () => {
      const written = section(await minutes(), 'written', 'Débats');
      const edit = await put(secretary, `${url}/sections/${written.id}`, {
        markdown: 'L’Assemblée générale a débattu des projets en cours. **Ajout de la secrétaire.**',
      });
      assert.equal(edit.statusCode, 200, edit.body);
      const approved = await secretary.post(`${url}/approve`);
      assert.equal(approved.statusCode, 200, approved.body);
      assert.equal(approved.json().state, 'approved');
      assert.equal(approved.json().approvedBy, 'Anne Secrétaire');
      assert.ok(approved.json().approvedAt);
      const early = await put(secretary, `${url}/sections/${written.id}`, { markdown: 'encore' });
      assert.equal(early.statusCode, 409);
      const signed = await secretary.post(`${url}/sign`);
      assert.equal(signed.statusCode, 200, signed.body);
      const view: MinutesView = signed.json();
      assert.equal(view.state, 'signed');
      const pdf = (await member.get(`${url}/document?format=pdf`)).rawPayload;
      assert.equal(crypto.createHash('sha256').update(pdf).digest('hex'), view.pdfSha256);
      const text = (await readPdfPages(pdf)).join(' ');
      assert.match(text, /Ajout de la secrétaire\./);

      const refused = await put(secretary, `${url}/sections/${written.id}`, { markdown: 'après signature' });
      assert.equal(refused.statusCode, 409);
      assert.match(
        refused.json().detail,
        /est signé\u202f: il ne peut plus être modifié\. Pour le corriger, créez une nouvelle version\./,
      );

      await changeRows(test.runtime.database, 'persons', { last_name: 'Vidal' }, { last_name: 'Vidalou' });
      const again = (await member.get(`${url}/document?format=pdf`)).rawPayload;
      assert.ok(again.equals(pdf), 'the signed PDF does not follow the data');
      assert.match(await markdown(member), /VIDAL Romain/);
      assert.doesNotMatch(await markdown(member), /VIDALOU/);

      const register = (await member.get('/api/minutes')).json();
      const entry = register.assemblies.find((assembly: { slug: string }) => assembly.slug === 'ag-2024');
      assert.equal(entry.current.state, 'signed');
      assert.equal(entry.current.pdfSha256, view.pdfSha256);
    });

    it('corrects signed minutes with a new version pointing to the old one, which stays as signed', async () => {
      const signed = await minutes();
      const corrected = await secretary.post(`${url}/versions`);
      assert.equal(corrected.statusCode, 200, corrected.body);
      const view: MinutesView = corrected.json();
      assert.equal(view.version, 2);
      assert.equal(view.state, 'draft');
      assert.equal(view.previousId, signed.id);
      assert.deepEqual(
        view.versions.map((version) => [version.version, version.state]),
        [
          [1, 'signed'],
          [2, 'draft'],
        ],
      );
      assert.match(await markdown(), /VIDALOU Romain/);
      const old = await secretary.get(`${url}/document?format=pdf&version=1`);
      assert.equal(crypto.createHash('sha256').update(old.rawPayload).digest('hex'), signed.pdfSha256);
      assert.equal((await member.get(`${url}/document?format=md`)).statusCode, 403);
      assert.equal((await member.get(`${url}/document?format=md&version=1`)).statusCode, 200);
      assert.equal((await secretary.post(`${url}/versions`)).statusCode, 409);
    });

    it('answers clear errors for an unknown assembly, format or version', async () => {
      const unknown = await secretary.get('/api/assemblies/ag-1999/minutes/document?format=md');
      assert.equal(unknown.statusCode, 404);
      assert.match(unknown.json().detail, /ag-1999/);
      const format = await secretary.get(`${url}/document?format=odt`);
      assert.equal(format.statusCode, 400);
      assert.equal(format.json().errors[0].path, 'querystring.format');
      assert.equal((await secretary.get(`${url}/document?format=md&version=9`)).statusCode, 404);
      assert.equal((await secretary.post(url)).statusCode, 409);
    });

    it('keeps the signed PDF byte for byte through a backup and a restore', async () => {
      const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-minutes-'));
      const file = path.join(directory, 'all.qarchive');
      const target = await createTestDatabase(engine);
      try {
        await writeArchive(test.runtime.database, file);
        const restored = await openRuntime({
          config: { ...test.config, databaseUrl: target.url },
          databaseOptions: target.options,
        });
        try {
          await restoreArchive(restored.database, file);
          const row = (await rowsOf(restored.database, 'minutes', { version: 1 }))[0]!;
          const bytes = Buffer.from(row.signed_pdf_base64!, 'base64');
          assert.equal(crypto.createHash('sha256').update(bytes).digest('hex'), row.signed_pdf_sha256);
          assert.equal(row.signed_pdf_sha256, (await minutes()).versions[0]!.pdfSha256);
        } finally {
          await restored.close();
        }
      } finally {
        await target.drop();
        fs.rmSync(directory, { recursive: true, force: true });
      }
    });
  });
}
