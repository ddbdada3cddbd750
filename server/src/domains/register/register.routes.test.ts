import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEngines } from '../../../test/databases.ts';
import {
  createAffiliation,
  createAssembly,
  createAttendance,
  createFeeGrid,
  createIndividualMember,
  createMembership,
  createOrganisation,
  createPayment,
  createPerson,
  createStatutes,
  createUser,
  createCategories,
} from '../../../test/factories.ts';
import { rowsOf } from '../../../test/inspect.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

type Listed = { id: string; administrativeName: string; organisations: string[] };

for (const engine of testEngines()) {
  describe(`register on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    let administrator: ApiClient;
    before(async () => {
      test = await createTestApp(engine);
      await createCategories(test.runtime);
      await createFeeGrid(test.runtime, { year: 2017, fees: { individual: 4_000 } });
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      administrator = test.client();
      await administrator.signIn((await createUser(test.runtime, { role: 'administrator' })).email);
    });
    after(() => test.close());

    async function search(query: string): Promise<Listed[]> {
      const response = await secretary.get(`/api/persons?${query}`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json().persons;
    }

    it('finds people by name without accents or case, by organisation and by e-mail', async () => {
      await createPerson(test.runtime, { firstName: 'Élodie', lastName: 'Ferrière' });
      await createPerson(test.runtime, { firstName: 'Jean-Luc', lastName: 'Marchandeau' });
      const agglomeration = await createOrganisation(test.runtime, {
        name: 'Communauté urbaine de Valfleuri',
        kind: 'urban_community',
      });
      const nadia = await createPerson(test.runtime, { firstName: 'Nadia', lastName: 'Roussel' });
      await createAffiliation(test.runtime, { personId: nadia.id, organisationId: agglomeration.id });
      assert.deepEqual(
        (await search('q=FERRIERE')).map((person) => person.administrativeName),
        ['FERRIERE Élodie'],
      );
      assert.deepEqual(
        (await search('q=marchand jean')).map((person) => person.administrativeName),
        ['MARCHANDEAU Jean-Luc'],
      );
      const valfleuri = await search('q=urbaine valfleuri');
      assert.deepEqual(
        valfleuri.map((person) => person.administrativeName),
        ['ROUSSEL Nadia'],
      );
      const created = await secretary.post('/api/persons', {
        firstName: 'Lilas',
        lastName: 'Exemple',
        email: 'Lilas.Exemple@Example.org',
      });
      assert.equal(created.statusCode, 201);
      assert.deepEqual(
        (await search('q=lilas.exemple@example')).map((person) => person.id),
        [created.json().id],
      );
    });

    it('keeps the word index true: beginnings of words, pieces of words, renames and totals', async () => {
      const created = await secretary.post('/api/persons', { firstName: 'Anémone', lastName: 'Zyxwabc' });
      assert.equal(created.statusCode, 201, created.body);
      const id = created.json().id as string;
      assert.deepEqual(
        (await search('q=zyxw')).map((person) => person.id),
        [id],
      );
      // A piece from the middle of a word begins no word: the persons are read whole.
      assert.deepEqual(
        (await search('q=xwab')).map((person) => person.id),
        [id],
      );
      assert.deepEqual(
        (await search('q=anemone zyx')).map((person) => person.id),
        [id],
      );
      const renamed = await secretary.request('PUT', `/api/persons/${id}`, {
        firstName: 'Anémone',
        lastName: 'Qwertyuiop',
      });
      assert.equal(renamed.statusCode, 200, renamed.body);
      assert.deepEqual(await search('q=zyxw'), []);
      assert.deepEqual(
        (await search('q=qwerty anem')).map((person) => person.id),
        [id],
      );
      // Counted from the index past the first page: a person with two words beginning alike counts once.
      for (const person of [
        { firstName: 'Zzmarine', lastName: 'Zzmarceau' },
        { firstName: 'Paul', lastName: 'Zzmartin' },
      ])
        assert.equal((await secretary.post('/api/persons', person)).statusCode, 201);
      const firstOfTwo = (await secretary.get('/api/persons?q=zzmar&limit=1')).json();
      assert.equal(firstOfTwo.persons.length, 1);
      assert.equal(firstOfTwo.total, 2);
      assert.equal((await secretary.get('/api/persons?q=zzmar%20paul&limit=1')).json().total, 1);
      for (let index = 0; index < 8; index += 1) await createPerson(test.runtime);
      const everyone = await secretary.get('/api/persons?limit=5');
      const pageOfFive = await secretary.get('/api/persons?limit=5&offset=5');
      assert.equal(everyone.json().persons.length, 5);
      assert.ok(everyone.json().total > 10, everyone.body);
      assert.equal(pageOfFive.json().total, everyone.json().total);
    });

    it('filters by year, category, status and unpaid fees', async () => {
      await createFeeGrid(test.runtime, { year: 2019, fees: { individual: 4_000 } });
      await createIndividualMember(test.runtime, { year: 2019, effectiveOn: '2019-01-10' });
      await createIndividualMember(test.runtime, {
        year: 2019,
        history: [
          ['validation_pending', '2019-01-05'],
          ['validated', '2019-06-01'],
        ],
      });
      const paid = await createIndividualMember(test.runtime, { year: 2019, effectiveOn: '2019-01-10' });
      await createPayment(test.runtime, {
        membershipId: paid.membership.id,
        amountCents: 4_000,
        paidOn: '2019-01-10',
      });
      for (let index = 0; index < 2; index += 1)
        await createIndividualMember(test.runtime, { year: 2019, status: 'validation_pending' });
      // An organisation's member is not an individual one.
      const town = await createOrganisation(test.runtime);
      const representative = await createPerson(test.runtime);
      await createAffiliation(test.runtime, { personId: representative.id, organisationId: town.id });
      await createMembership(test.runtime, { year: 2019, organisationId: town.id });

      const validated = await secretary.get(
        '/api/persons?year=2019&category=individual&status=validated&limit=100',
      );
      // The register shows today's status: one was validated after being pending.
      assert.equal(validated.json().total, 3);
      const pending = await secretary.get('/api/persons?year=2019&status=validation_pending&limit=100');
      assert.equal(pending.json().total, 2);
      const unpaid = await secretary.get('/api/persons?year=2019&unpaid=true&limit=1');
      assert.equal(unpaid.json().total, 4, 'everyone but the one who paid');
      assert.equal(unpaid.json().persons[0].membership.owedCents, 4_000);
    });

    it('refuses bad input naming the field, and changes nothing', async () => {
      const before = (await secretary.get('/api/persons?limit=1')).json().total;
      const badEmail = await secretary.post('/api/persons', {
        firstName: 'A',
        lastName: 'B',
        email: 'not-an-email',
      });
      assert.equal(badEmail.statusCode, 400);
      assert.equal(badEmail.json().errors[0].path, 'body.email');
      const noName = await secretary.post('/api/persons', { firstName: '', lastName: 'B' });
      assert.equal(noName.json().errors[0].path, 'body.firstName');
      const badKind = await secretary.post('/api/organisations', { name: 'Nouvelle', kind: 'club' });
      assert.equal(badKind.json().errors[0].path, 'body.kind');
      assert.equal((await secretary.get('/api/persons?limit=1')).json().total, before);
    });

    it('finds organisations by any of their names and refuses an alias taken by another', async () => {
      await createOrganisation(test.runtime, {
        name: 'Communauté d’agglomération des Hauts-Vallons',
        kind: 'urban_community',
        aliases: ['CA Hauts-Vallons'],
      });
      const found = (await secretary.get('/api/organisations?q=CA%20Hauts-Vallons')).json().organisations;
      assert.deepEqual(
        found.map((organisation: { name: string }) => organisation.name),
        ['Communauté d’agglomération des Hauts-Vallons'],
      );
      const taken = await secretary.post('/api/organisations', {
        name: 'Vallons Grand Bocage',
        kind: 'urban_community',
        aliases: ['CA Hauts-Vallons'],
      });
      assert.equal(taken.statusCode, 409);
      assert.equal(
        (await secretary.get('/api/organisations?q=Grand%20Bocage')).json().organisations.length,
        0,
        'nothing half-created',
      );
    });

    it('records affiliations with a title and finds the person through the organisation', async () => {
      const person = (
        await secretary.post('/api/persons', { firstName: 'Sylvine', lastName: 'Exemple-Bis' })
      ).json();
      await createOrganisation(test.runtime, { name: 'Région des Hauts Plateaux', kind: 'region' });
      const [region] = (await secretary.get('/api/organisations?q=plateaux')).json().organisations;
      const linked = await secretary.post(`/api/persons/${person.id}/affiliations`, {
        organisationId: region.id,
        title: 'Chargée de mission',
      });
      assert.equal(linked.statusCode, 201);
      assert.equal(linked.json().affiliations[0].title, 'Chargée de mission');
      assert.ok((await search('q=plateaux exemple-bis')).some((listed) => listed.id === person.id));
      const unknown = await secretary.post(`/api/persons/${person.id}/affiliations`, {
        organisationId: 'nope',
      });
      assert.equal(unknown.json().errors[0].path, 'body.organisationId');
    });

    it('finds likely duplicates, shows a merge before making it, and merges without losing a link', async () => {
      await createIndividualMember(test.runtime, { year: 2017, firstName: 'Gaël', lastName: 'Le Goff' });
      const newcomer = (
        await secretary.post('/api/persons', {
          firstName: 'Gaël',
          lastName: 'Legoff',
          email: 'gael@example.org',
        })
      ).json();
      const [leGoff] = await search('q=le goff gael');
      const { pairs } = (await secretary.get('/api/duplicates')).json();
      const pair = pairs.find(
        (entry: { a: { id: string }; b: { id: string } }) =>
          [entry.a.id, entry.b.id].sort().join() === [newcomer.id, leGoff!.id].sort().join(),
      );
      assert.ok(pair, 'Le Goff and Legoff are proposed');

      const preview = (
        await secretary.get(`/api/duplicates/preview?keepId=${leGoff!.id}&removeId=${newcomer.id}`)
      ).json();
      assert.equal(preview.filledFields.email, 'gael@example.org');
      const beforeMerge = (await secretary.get(`/api/persons/${leGoff!.id}`)).json();
      assert.equal(beforeMerge.email, null, 'the preview changed nothing');

      const merged = await secretary.post('/api/duplicates/merge', {
        keepId: leGoff!.id,
        removeId: newcomer.id,
      });
      assert.equal(merged.statusCode, 200);
      assert.equal(merged.json().email, 'gael@example.org');
      assert.equal(merged.json().memberships.length, 1, 'the membership stays');
      assert.equal((await secretary.get(`/api/persons/${newcomer.id}`)).statusCode, 404);
      const audit = await rowsOf(test.runtime.database, 'audit_events', {
        action: 'person.merged',
        subject_id: leGoff!.id,
      });
      assert.equal(audit.length, 1);
      const again = await secretary.post('/api/duplicates/merge', {
        keepId: leGoff!.id,
        removeId: newcomer.id,
      });
      assert.equal(again.statusCode, 404);
    });

    it('moves attendance and membership links of an assembly with a merge', async () => {
      const { database } = test.runtime;
      const member = await createIndividualMember(test.runtime, {
        year: 2017,
        firstName: 'Clémence',
        lastName: 'Fabre',
      });
      await createStatutes(test.runtime);
      const { slug } = await createAssembly(test.runtime, { heldOn: '2017-06-21' });
      await createAttendance(test.runtime, {
        slug,
        personId: member.person.id,
        membershipId: member.membership.id,
      });
      const [fabre] = await search('q=fabre clemence');
      const twin = (
        await secretary.post('/api/persons', {
          firstName: 'Clemence',
          lastName: 'FABRE',
          email: 'cp@example.org',
        })
      ).json();
      const attended = await rowsOf(database, 'attendances', { person_id: fabre!.id });
      assert.equal(attended.length, 1, 'Clémence Fabre attended the 2017 assembly');
      const preview = (
        await secretary.get(`/api/duplicates/preview?keepId=${twin.id}&removeId=${fabre!.id}`)
      ).json();
      assert.equal(preview.moves.attendances, 1);
      const merged = await secretary.post('/api/duplicates/merge', { keepId: twin.id, removeId: fabre!.id });
      assert.equal(merged.statusCode, 200, merged.body);
      const [moved] = await rowsOf(database, 'attendances', { id: attended[0]!.id });
      assert.equal(moved!.person_id, twin.id);
      const [membership] = await rowsOf(database, 'memberships', { id: moved!.membership_id! });
      assert.equal(membership!.person_id, twin.id, 'the vote carried stays with the kept record');
    });

    it('merges two memberships of one year into one, keeping both histories and payments', async () => {
      const first = (
        await secretary.post('/api/persons', { firstName: 'Marion', lastName: 'Doublon' })
      ).json();
      const second = (
        await secretary.post('/api/persons', { firstName: 'marion', lastName: 'DOUBLON' })
      ).json();
      for (const person of [first, second]) {
        const membership = await secretary.post('/api/memberships', {
          year: 2017,
          personId: person.id,
          category: 'individual',
          status: 'validation_pending',
          effectiveOn: '2017-03-01',
        });
        await secretary.post(`/api/memberships/${membership.json().id}/payments`, {
          amountCents: 2_000,
          paidOn: '2017-03-02',
          method: 'cheque',
        });
      }
      const merged = (
        await secretary.post('/api/duplicates/merge', { keepId: first.id, removeId: second.id })
      ).json();
      assert.equal(merged.memberships.length, 1);
      assert.equal(merged.memberships[0].paidCents, 4_000);
      assert.equal(merged.memberships[0].owedCents, 0);
    });

    it('exports a person’s data and erases them while keeping counts', async () => {
      const person = (
        await secretary.post('/api/persons', {
          firstName: 'Effacer',
          lastName: 'Moi',
          email: 'effacer@example.org',
          phone: '0102030405',
          hasEmailConsent: true,
        })
      ).json();
      assert.ok(person.emailConsentAt, 'consent recorded with its date');
      await secretary.post('/api/memberships', {
        year: 2017,
        personId: person.id,
        category: 'individual',
        status: 'validated',
        effectiveOn: '2017-03-01',
      });
      const exported = await secretary.get(`/api/persons/${person.id}/export`);
      assert.match(String(exported.headers['content-disposition']), /attachment/);
      assert.equal(exported.json().person.email, 'effacer@example.org');
      assert.equal(exported.json().statusChanges.length, 1);
      assert.equal(exported.json().statusChanges[0].status, 'validated');
      assert.equal(exported.json().statusChanges[0].effectiveOn, '2017-03-01');
      assert.deepEqual(exported.json().payments, []);
      assert.deepEqual(
        exported.json().history.map((entry: { action: string }) => entry.action),
        ['person.created'],
      );

      const before = (await secretary.get('/api/memberships/summary?year=2017&at=2017-12-31')).json();
      assert.equal(
        (await secretary.post(`/api/persons/${person.id}/erase`)).statusCode,
        403,
        'only an administrator erases',
      );
      const erased = (await administrator.post(`/api/persons/${person.id}/erase`)).json();
      assert.equal(erased.email, null);
      assert.equal(erased.phone, null);
      assert.ok(erased.erasedAt);
      assert.notEqual(erased.lastName, 'Moi');
      const after = (await secretary.get('/api/memberships/summary?year=2017&at=2017-12-31')).json();
      assert.deepEqual(after.counts, before.counts, 'counts unchanged');
      const stored = await rowsOf(test.runtime.database, 'audit_events', { subject_id: person.id });
      assert.ok(
        stored.every((row) => !row.details.includes('effacer@example.org')),
        'no trace left in the audit log',
      );
    });

    it('shows a member their own record only', async () => {
      await createPerson(test.runtime, { firstName: 'Romain', lastName: 'Vidalou' });
      const [vidalou] = await search('q=vidalou romain');
      const memberUser = await createUser(test.runtime, { role: 'member' });
      const setLink = await administrator.request('PUT', `/api/users/${memberUser.id}`, {
        role: 'member',
        personId: vidalou!.id,
      });
      assert.equal(setLink.statusCode, 200);
      // Staff notes about the member are personal data about him: the right of access (RGPD art. 15)
      // shows them to him, read-only.
      await administrator.request('PUT', `/api/persons/${vidalou!.id}`, {
        firstName: 'Romain',
        lastName: 'Vidalou',
        notes: 'Relance faite par téléphone.',
      });
      const member = test.client();
      await member.signIn(memberUser.email);
      const own = await member.get('/api/me/person');
      assert.equal(own.statusCode, 200);
      assert.equal(own.json().administrativeName, 'VIDALOU Romain');
      assert.equal(own.json().notes, 'Relance faite par téléphone.');
      assert.equal((await member.get(`/api/persons/${vidalou!.id}`)).statusCode, 403);
      assert.equal((await member.get('/api/persons')).statusCode, 403);
      const edited = await member.request('PUT', '/api/me/person', {
        firstName: 'Romain',
        lastName: 'Vidalou',
        phone: '01 23 45 67 89',
      });
      assert.equal(edited.json().phone, '01 23 45 67 89');
      const audit = await rowsOf(test.runtime.database, 'audit_events', {
        subject_id: vidalou!.id,
        action: 'person.updated',
      });
      assert.equal(audit.at(-1)!.actor_user_id, memberUser.id, 'who changed it is recorded');
    });

    it('describes its answers in the OpenAPI document: the records, the JSON export, the files as binary', async () => {
      const document = (await secretary.get('/api/openapi.json')).json();
      const answer = (path: string) => document.paths[path].get.responses['200'].content;
      const binary = { schema: { type: 'string', format: 'binary' } };
      assert.deepEqual(answer('/api/register/export.csv'), { 'text/csv': binary });
      assert.deepEqual(answer('/api/register/export.xlsx'), {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': binary,
      });
      assert.deepEqual(answer('/api/payments/{id}/receipt.pdf'), { 'application/pdf': binary });
      for (const path of ['/api/persons/{id}/export', '/api/me/person/export']) {
        assert.deepEqual(Object.keys(answer(path)['application/json'].schema.properties), [
          'exportedAt',
          'person',
          'statusChanges',
          'payments',
          'history',
        ]);
      }
      const preview = answer('/api/duplicates/preview')['application/json'].schema;
      assert.ok(preview.properties.filledFields.properties.addressLine, 'the fields a merge fills, named');
      const summary = answer('/api/memberships/summary')['application/json'].schema;
      assert.equal(
        summary.properties.expected_income_cents.additionalProperties.type,
        'integer',
        'income per category code, the association’s categories being data',
      );
    });
  });
}
