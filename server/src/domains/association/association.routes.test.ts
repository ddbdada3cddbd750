import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type {
  AssociationView,
  AssociationYears,
  SetupChecklist,
} from '../../../../common/association.schemas.ts';
import { repositoryRoot } from '../../config.ts';
import { testEngines } from '../../../test/databases.ts';
import {
  createAssembly,
  createFeeCall,
  createFeeGrid,
  createIndividualMember,
  createPayment,
  createPerson,
  createStatutes,
  createUser,
} from '../../../test/factories.ts';
import { rowsOf } from '../../../test/inspect.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';
import { addMandate } from '../votes/board.service.ts';

const logo = fs.readFileSync(path.join(repositoryRoot, 'fixtures', 'imports', 'logo.png'));
const thisYear = Number(new Date().toISOString().slice(0, 4));

for (const engine of testEngines()) {
  describe(`the association's identity on ${engine}`, () => {
    let test: TestApp;
    let admin: ApiClient;
    let secretary: ApiClient;
    before(async () => {
      test = await createTestApp(engine);
      admin = test.client();
      await admin.signIn((await createUser(test.runtime, { role: 'administrator' })).email);
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
    });
    after(() => test.close());

    const checklist = async (): Promise<Record<string, boolean>> => {
      const response = await admin.get('/api/association/checklist');
      assert.equal(response.statusCode, 200, response.body);
      const body: SetupChecklist = response.json();
      return Object.fromEntries(body.steps.map((step) => [step.key, step.isDone]));
    };

    it('starts with every step of the first-run checklist to do, for administrators only', async () => {
      assert.deepEqual(await checklist(), {
        identity: false,
        statutes: false,
        fees: false,
        board: false,
        members: false,
        assembly: false,
      });
      assert.equal((await secretary.get('/api/association/checklist')).statusCode, 403);
    });

    it('saves the identity field by field, checks RNA and SIRET numbers, and audits what changed', async () => {
      const saved = await admin.request('PATCH', '/api/association', {
        name: 'Les Amis du Lavoir',
        shortName: 'Amis du Lavoir',
        legalForm: 'Association loi 1901',
        address: '2 rue du Lavoir',
        postcode: '56000',
        city: 'Vannes',
        rnaNumber: 'W561 234 567',
        siret: '732 829 320 00074',
        foundingYear: 2019,
      });
      assert.equal(saved.statusCode, 200, saved.body);
      const view: AssociationView = saved.json();
      assert.deepEqual(
        [view.name, view.legalForm, view.city, view.rnaNumber, view.siret, view.foundingYear, view.logoUrl],
        ['Les Amis du Lavoir', 'Association loi 1901', 'Vannes', 'W561234567', '73282932000074', 2019, null],
      );
      // A field left out is kept; an empty one is cleared.
      const cleared = (await admin.request('PATCH', '/api/association', { siret: '' })).json();
      assert.equal(cleared.siret, null);
      assert.equal(cleared.rnaNumber, 'W561234567');
      assert.equal((await admin.get('/api/association')).json().city, 'Vannes');

      for (const [body, field, code] of [
        [{ rnaNumber: 'W12345' }, 'body.rnaNumber', 'invalid_rna_number'],
        [{ rnaNumber: '561234567' }, 'body.rnaNumber', 'invalid_rna_number'],
        [{ siret: '73282932000075' }, 'body.siret', 'invalid_siret'],
        [{ siret: '7328293200007' }, 'body.siret', 'invalid_siret'],
        [{ foundingYear: thisYear + 1 }, 'body.foundingYear', 'founding_year_in_future'],
        [{ foundingYear: 98 }, 'body.foundingYear', 'founding_year_invalid'],
        [{ timeZone: 'Europe/Vannes' }, 'body.timeZone', 'unknown_time_zone'],
      ] as const) {
        const refused = await admin.request('PATCH', '/api/association', body, { 'accept-language': 'fr' });
        assert.equal(refused.statusCode, 400, JSON.stringify(body));
        assert.deepEqual(
          refused
            .json()
            .errors.map((error: { path: string; message: string }) => [error.path, error.message]),
          [[field, code]],
        );
      }
      const nothing = (await admin.get('/api/association')).json();
      assert.equal(nothing.rnaNumber, 'W561234567', 'a refused change changes nothing');
      assert.equal((await secretary.request('PATCH', '/api/association', { city: 'Brest' })).statusCode, 403);

      const audit = await rowsOf(
        test.runtime.database.db,
        'audit_events',
        { action: 'association.updated' },
        {
          orderBy: ['occurred_at'],
        },
      );
      assert.equal(audit.length, 2);
      assert.ok(
        audit.some((event) => /"siret":\{"from":"73282932000074","to":null\}/.test(event.details)),
        'the cleared SIRET is audited with its old value',
      );
      assert.equal((await checklist()).identity, true);
    });

    it('stores a PNG or JPEG logo within the limit, serves it, and refuses anything else', async () => {
      const put = (body: Buffer, type = 'image/png') =>
        admin.request('PUT', '/api/association/logo', body, { 'content-type': type });
      const notImage = await put(Buffer.from('%PDF-1.4 not an image'), 'image/png');
      assert.equal(notImage.statusCode, 400);
      assert.deepEqual(
        [notImage.json().errors[0].path, notImage.json().errors[0].message],
        ['body', 'logo_not_an_image'],
      );
      const tooBig = await put(Buffer.concat([logo.subarray(0, 8), Buffer.alloc(600 * 1024)]));
      assert.equal(tooBig.statusCode, 400);
      assert.equal(tooBig.json().errors[0].message, 'logo_too_large');
      assert.match(tooBig.json().detail, /512 Ko/);
      assert.equal(
        (await secretary.request('PUT', '/api/association/logo', logo, { 'content-type': 'image/png' }))
          .statusCode,
        403,
      );

      // The browser may call it anything: the bytes decide.
      const saved = await put(logo, 'application/octet-stream');
      assert.equal(saved.statusCode, 200, saved.body);
      const url: string = saved.json().logoUrl;
      assert.match(url, /^\/api\/association\/logo\?v=/);
      const served = await test.client().get(url);
      assert.equal(served.statusCode, 200);
      assert.equal(served.headers['content-type'], 'image/png');
      assert.deepEqual(served.rawPayload, logo);

      const removed = await admin.request('DELETE', '/api/association/logo');
      assert.equal(removed.json().logoUrl, null);
      assert.equal((await test.client().get('/api/association/logo')).statusCode, 404);
      assert.equal((await put(logo)).statusCode, 200);
    });

    it('prints the logo at the head of the minutes PDF and of a receipt', async () => {
      const images = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Subtype\s*\/Image/g) ?? []).length;
      await createStatutes(test.runtime);
      const assembly = await createAssembly(test.runtime, { heldOn: '2030-05-02' });
      const minutes = await admin.get(`/api/assemblies/${assembly.slug}/minutes/document?format=pdf`);
      assert.equal(minutes.statusCode, 200, minutes.body);
      assert.equal(images(minutes.rawPayload), 1, 'the logo on the first page');
      const { membership } = await createIndividualMember(test.runtime, { year: thisYear });
      await createFeeCall(test.runtime, {
        membershipId: membership.id,
        calledOn: `${thisYear}-01-02`,
        amountCents: 2_000,
      });
      const paid = await createPayment(test.runtime, {
        membershipId: membership.id,
        amountCents: 2_000,
        paidOn: `${thisYear}-01-15`,
      });
      const receipt = await admin.get(`/api/payments/${paid.payments[0]!.id}/receipt.pdf`);
      assert.equal(receipt.statusCode, 200, receipt.body);
      assert.equal(images(receipt.rawPayload), 1);

      await admin.request('DELETE', '/api/association/logo');
      const plain = await admin.get(`/api/assemblies/${assembly.slug}/minutes/document?format=pdf`);
      assert.equal(images(plain.rawPayload), 0);
      assert.equal(
        (await admin.request('PUT', '/api/association/logo', logo, { 'content-type': 'image/png' }))
          .statusCode,
        200,
      );
    });

    it('offers years from the founding year, or the first year with data, to next year', async () => {
      const years = async (): Promise<AssociationYears> =>
        (await secretary.get('/api/association/years')).json();
      const fromFounding = await years();
      assert.deepEqual(
        [fromFounding.first, fromFounding.current, fromFounding.last],
        [2019, thisYear, thisYear + 1],
      );
      assert.deepEqual(fromFounding.years.slice(0, 2), [thisYear + 1, thisYear]);
      assert.equal(fromFounding.years.at(-1), 2019);
      assert.equal(fromFounding.years.length, thisYear + 1 - 2019 + 1);
      // Memberships recorded before the founding year entered: the years reach back to them.
      await createIndividualMember(test.runtime, { year: 2016 });
      assert.equal((await years()).first, 2016);
    });

    it('ticks each step of the checklist from the data, and says when all are done', async () => {
      assert.deepEqual(await checklist(), {
        identity: true,
        statutes: true,
        fees: false,
        board: false,
        members: true,
        assembly: true,
      });
      await createFeeGrid(test.runtime, { year: thisYear });
      const person = await createPerson(test.runtime, { firstName: 'Claire', lastName: 'Martin' });
      await addMandate(test.runtime, {
        actor: null,
        mandate: { personId: person.id, role: 'president', startsOn: `${thisYear - 1}-01-01` },
      });
      const state = await checklist();
      assert.ok(Object.values(state).every(Boolean));
      assert.equal((await admin.get('/api/association/checklist')).json().isComplete, true);
    });
  });
}
