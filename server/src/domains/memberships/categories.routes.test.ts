import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { MembershipCategoryList, YearRates } from '../../../../common/membership-categories.schemas.ts';
import type { ApiClient } from '../../../test/api-client.ts';
import { testEngines } from '../../../test/databases.ts';
import {
  createAssembly,
  createAssociation,
  createPerson,
  createOrganisation,
  createStatutes,
  createUser,
} from '../../../test/factories.ts';
import { rowsOf } from '../../../test/inspect.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { requireStatutes } from '../assemblies/statutes.service.ts';
import { listVotingMembers } from '../assemblies/voting-members.ts';

const words = (labelFr: string, pluralFr: string, labelEn: string, pluralEn: string) => ({
  labelFr,
  pluralFr,
  labelEn,
  pluralEn,
});

/**
 * The categories and rates of a sports club that is not the demo: active members (full and reduced
 * rates), honorary members (free, not voting), benefactors ("from 50 €"), no organisation at all.
 */
for (const engine of testEngines()) {
  describe(`an association’s own categories and rates on ${engine}`, () => {
    let test: TestApp;
    let admin: ApiClient;
    let secretary: ApiClient;
    let treasurer: ApiClient;
    let rates: YearRates;
    before(async () => {
      test = await createTestApp(engine);
      await createAssociation(test.runtime, { name: 'Cercle d’escrime de Vannes', shortName: 'Escrime' });
      admin = test.client();
      await admin.signIn((await createUser(test.runtime, { role: 'administrator' })).email);
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      treasurer = test.client();
      await treasurer.signIn((await createUser(test.runtime, { role: 'treasurer' })).email);
    });
    after(() => test.close());

    it('starts with no category; the administrator adds, rewords and orders them, audited', async () => {
      assert.deepEqual((await treasurer.get('/api/membership-categories')).json(), { categories: [] });
      const refused = await secretary.post('/api/membership-categories', {
        code: 'active',
        kind: 'person',
        ...words('Membre actif', 'Membres actifs', 'Active member', 'Active members'),
        isVoting: true,
        voteWeight: 1,
      });
      assert.equal(refused.statusCode, 403);
      for (const [code, labels, isVoting] of [
        ['active', words('Membre actif', 'Membres actifs', 'Active member', 'Active members'), true],
        [
          'honorary',
          words('Membre d’honneur', 'Membres d’honneur', 'Honorary member', 'Honorary members'),
          false,
        ],
        ['benefactor', words('Bienfaiteur', 'Bienfaiteurs', 'Benefactor', 'Benefactors'), true],
        ['spare', words('Essai', 'Essais', 'Trial', 'Trials'), true],
      ] as const) {
        const added = await admin.post('/api/membership-categories', {
          code,
          kind: 'person',
          ...labels,
          isVoting,
          voteWeight: 1,
        });
        assert.equal(added.statusCode, 201, added.body);
      }
      const taken = await admin.post('/api/membership-categories', {
        code: 'active',
        kind: 'person',
        ...words('Autre', 'Autres', 'Other', 'Others'),
        isVoting: true,
        voteWeight: 1,
      });
      assert.equal(taken.statusCode, 409);
      assert.equal(taken.json().errors[0].path, 'body.code');
      const badCode = await admin.post('/api/membership-categories', {
        code: 'Membre Actif',
        kind: 'person',
        ...words('Autre', 'Autres', 'Other', 'Others'),
        isVoting: true,
        voteWeight: 1,
      });
      assert.equal(badCode.statusCode, 400);
      assert.equal(badCode.json().errors[0].path, 'body.code');
      const edited = await admin.request('PUT', '/api/membership-categories/benefactor', {
        ...words('Membre bienfaiteur', 'Membres bienfaiteurs', 'Benefactor', 'Benefactors'),
        isVoting: true,
        voteWeight: 2,
      });
      assert.equal(edited.statusCode, 200, edited.body);
      const reordered = await admin.request('PUT', '/api/membership-categories/order', {
        codes: ['active', 'benefactor', 'honorary', 'spare'],
      });
      assert.equal(reordered.statusCode, 200, reordered.body);
      const { categories } = reordered.json() as MembershipCategoryList;
      assert.deepEqual(
        categories.map((category) => [category.code, category.label, category.voteWeight]),
        [
          ['active', 'Membre actif', 1],
          ['benefactor', 'Membre bienfaiteur', 2],
          ['honorary', 'Membre d’honneur', 1],
          ['spare', 'Essai', 1],
        ],
      );
      const english = (
        await treasurer.request('GET', '/api/membership-categories', undefined, { 'accept-language': 'en' })
      ).json();
      assert.equal(english.categories[0].plural, 'Active members');
      const audit = await rowsOf(test.runtime.database.db, 'audit_events', {
        subject_type: 'membership_category',
      });
      assert.ok(audit.some((event) => event.action === 'membership_categories.reordered'));
      assert.equal(audit.filter((event) => event.action === 'membership_category.added').length, 4);
    });

    it('sets the year’s rates: full in the grid, reduced with who qualifies, free, and "from X €"', async () => {
      assert.equal(
        (
          await treasurer.request('PUT', '/api/fee-grids/2026', {
            entries: [{ category: 'active', amountCents: 12_000 }],
          })
        ).statusCode,
        200,
      );
      const unknown = await treasurer.request('PUT', '/api/fee-grids/2026', {
        entries: [{ category: 'legal_entity', amountCents: 500_000 }],
      });
      assert.equal(unknown.statusCode, 400);
      assert.equal(unknown.json().errors[0].path, 'body.entries.0.category');
      const withoutWho = await treasurer.post('/api/membership-rates/2026', {
        category: 'active',
        kind: 'reduced',
        amountCents: 6_000,
      });
      assert.equal(withoutWho.statusCode, 400);
      assert.equal(withoutWho.json().errors[0].path, 'body.conditionsFr');
      const notFree = await treasurer.post('/api/membership-rates/2026', {
        category: 'honorary',
        kind: 'free',
        amountCents: 100,
      });
      assert.equal(notFree.statusCode, 400);
      assert.equal(notFree.json().errors[0].path, 'body.amountCents');
      for (const rate of [
        {
          category: 'active',
          kind: 'reduced',
          amountCents: 6_000,
          conditionsFr: 'étudiants et demandeurs d’emploi',
          conditionsEn: 'students and jobseekers',
        },
        { category: 'honorary', kind: 'free', amountCents: 0 },
        { category: 'benefactor', kind: 'minimum', amountCents: 5_000 },
      ]) {
        const added = await treasurer.post('/api/membership-rates/2026', rate);
        assert.equal(added.statusCode, 201, added.body);
        rates = added.json();
      }
      const active = rates.categories.find((entry) => entry.category === 'active')!;
      assert.equal(active.fullCents, 12_000);
      assert.equal(active.rates[0]!.conditions, 'étudiants et demandeurs d’emploi');
      assert.deepEqual((await secretary.get('/api/membership-rates/2026')).json(), rates);
    });

    it('records which rate a membership took and its amount, refused by field when it does not fit', async () => {
      const rateOf = (category: string) =>
        rates.categories.find((entry) => entry.category === category)!.rates[0]!;
      const members: [string, string, Record<string, unknown>][] = [
        ['Anne', 'active', {}],
        ['Bastien', 'active', { rateKind: 'reduced', rateId: rateOf('active').id }],
        ['Chloé', 'honorary', { rateKind: 'free', rateId: rateOf('honorary').id }],
        ['David', 'benefactor', { rateKind: 'minimum', rateId: rateOf('benefactor').id, amountCents: 8_000 }],
      ];
      for (const [firstName, category, rate] of members) {
        const person = await createPerson(test.runtime, { firstName, lastName: 'Lemoine' });
        const created = await secretary.post('/api/memberships', {
          year: 2026,
          personId: person.id,
          category,
          status: 'validated',
          effectiveOn: '2026-01-10',
          ...rate,
        });
        assert.equal(created.statusCode, 201, created.body);
        if (firstName === 'Bastien') {
          assert.equal(created.json().rateKind, 'reduced');
          assert.equal(created.json().amountCents, 6_000);
          assert.equal(created.json().owedCents, 6_000);
        }
      }
      const person = await createPerson(test.runtime, { firstName: 'Eva', lastName: 'Lemoine' });
      const below = await secretary.post('/api/memberships', {
        year: 2026,
        personId: person.id,
        category: 'benefactor',
        status: 'validated',
        effectiveOn: '2026-01-10',
        rateKind: 'minimum',
        rateId: rateOf('benefactor').id,
        amountCents: 2_000,
      });
      assert.equal(below.statusCode, 400);
      assert.equal(below.json().errors[0].path, 'body.amountCents');
      const otherCategory = await secretary.post('/api/memberships', {
        year: 2026,
        personId: person.id,
        category: 'active',
        status: 'validated',
        effectiveOn: '2026-01-10',
        rateId: rateOf('honorary').id,
      });
      assert.equal(otherCategory.statusCode, 400);
      assert.equal(otherCategory.json().errors[0].path, 'body.rateId');
      const club = await createOrganisation(test.runtime, { name: 'Club de Lorient' });
      const wrongKind = await secretary.post('/api/memberships', {
        year: 2026,
        organisationId: club.id,
        category: 'active',
        status: 'validated',
        effectiveOn: '2026-01-10',
      });
      assert.equal(wrongKind.statusCode, 400);
      assert.equal(wrongKind.json().errors[0].path, 'body.category');
      const summary = (await secretary.get('/api/memberships/summary?year=2026&at=2026-06-01')).json();
      assert.deepEqual(summary.expected_income_cents, {
        active: 18_000,
        benefactor: 8_000,
        honorary: 0,
        spare: 0,
      });
    });

    it('deletes a category nothing uses, refuses one in use and archives it instead', async () => {
      const inUse = await admin.request('DELETE', '/api/membership-categories/honorary');
      assert.equal(inUse.statusCode, 409);
      assert.equal(inUse.json().code, 'category_in_use');
      assert.match(inUse.json().detail, /archivez-la/);
      const removed = await admin.request('DELETE', '/api/membership-categories/spare');
      assert.equal(removed.statusCode, 200, removed.body);
      const archived = await admin.request('PUT', '/api/membership-categories/honorary/archived', {
        isArchived: true,
      });
      assert.equal(archived.statusCode, 200);
      const honorary = (archived.json() as MembershipCategoryList).categories.find(
        (category) => category.code === 'honorary',
      )!;
      assert.equal(honorary.isArchived, true);
      assert.equal(honorary.membershipCount, 1);
      const person = await createPerson(test.runtime, { firstName: 'Farid', lastName: 'Lemoine' });
      const refused = await secretary.post('/api/memberships', {
        year: 2026,
        personId: person.id,
        category: 'honorary',
        status: 'validated',
        effectiveOn: '2026-02-01',
      });
      assert.equal(refused.statusCode, 400);
      assert.equal(refused.json().errors[0].message, 'category_archived');
      await admin.request('PUT', '/api/membership-categories/honorary/archived', { isArchived: false });
    });

    it('writes the minutes in the club’s words: no organisation sentence, a reduced rate as such', async () => {
      await createStatutes(test.runtime, { votingWeights: {} });
      const assembly = await createAssembly(test.runtime, { heldOn: '2026-06-13', membershipYear: 2026 });
      const text = (await secretary.get(`/api/assemblies/${assembly.slug}/minutes/document?format=md`)).body;
      assert.match(text, /\*\*2 adhésions de membres actifs validées\*\*\./);
      assert.match(text, /\*\*1 adhésion de membre bienfaiteur validée\*\*\./);
      assert.match(
        text,
        /Grille d’adhésion 2026\u202f: 120\u202f€ pour les membres actifs \(tarif réduit 60\u202f€\u202f: étudiants et demandeurs d’emploi\), pour les membres bienfaiteurs \(à partir de 50\u202f€\) et pour les membres d’honneur \(gratuite\)\./,
      );
      assert.match(text, /\| Membre actif \| 120\u202f€ \| 2 \| 0 \| 180\u202f€ \|/);
      for (const demo of [
        'collectivités',
        'personnes morales',
        'personnalités qualifiées',
        'croisées',
        ' 0 collectivit',
      ])
        assert.doesNotMatch(text, new RegExp(demo));
      const english = (
        await secretary.get(`/api/assemblies/${assembly.slug}/minutes/document?format=md&lang=en`)
      ).body;
      assert.match(
        english,
        /reduced rate €60: students and jobseekers|reduced rate 60 €: students and jobseekers/,
      );
    });

    it('lets the categories’ own setting decide who votes where the statutes list none', async () => {
      const db = test.runtime.database.db;
      const statutes = await requireStatutes(db, '2026-06-13');
      const members = await listVotingMembers(db, { year: 2026, day: '2026-06-13', statutes });
      assert.deepEqual(
        members.map((member) => [member.category, member.weight]).sort(),
        [
          ['active', 1],
          ['active', 1],
          ['benefactor', 2],
        ],
        'honorary members do not vote; a benefactor has two votes',
      );
    });

    it('imports memberships with their rate, named by who qualifies or by its kind', async () => {
      const file = [
        'Nom;Prénom;Année;Catégorie;Tarif appliqué',
        'Morel;Jade;2026;Membres actifs;étudiants et demandeurs d’emploi',
        'Morel;Paul;2026;Membre actif;plein',
        'Morel;Lina;2026;membre bienfaiteur;à partir de',
        'Morel;Noé;2026;Membre actif;gratuit',
      ].join('\n');
      const uploaded = await secretary.request('POST', '/api/register/imports?fileName=club.csv', file, {
        'content-type': 'text/csv',
      });
      assert.equal(uploaded.statusCode, 201, uploaded.body);
      const { importId, suggestedMapping } = uploaded.json();
      assert.equal(suggestedMapping.rate, 'Tarif appliqué');
      const dryRun = (
        await secretary.post(`/api/register/imports/${importId}/dry-run`, { mapping: suggestedMapping })
      ).json();
      assert.deepEqual(
        dryRun.rejected.map((entry: { row: number; field: string; reason: string }) => [
          entry.row,
          entry.field,
          entry.reason,
        ]),
        [[5, 'rate', 'unknown_rate']],
        'the active members have no free rate in 2026',
      );
      const fixed = file.replace('Membre actif;gratuit', 'Membre actif;');
      const again = await secretary.request('POST', '/api/register/imports?fileName=club.csv', fixed, {
        'content-type': 'text/csv',
      });
      const committed = await secretary.post(`/api/register/imports/${again.json().importId}/commit`, {
        mapping: again.json().suggestedMapping,
      });
      assert.equal(committed.statusCode, 200, committed.body);
      const { memberships } = (await secretary.get('/api/memberships?year=2026')).json();
      const of = (name: string) =>
        memberships.find((membership: { memberName: string }) => membership.memberName.includes(name));
      const detail = async (name: string) => (await secretary.get(`/api/memberships/${of(name).id}`)).json();
      assert.deepEqual(
        [(await detail('Jade')).rateKind, (await detail('Jade')).amountCents],
        ['reduced', 6_000],
      );
      assert.equal((await detail('Paul')).rateKind, 'full');
      assert.deepEqual(
        [(await detail('Lina')).rateKind, (await detail('Lina')).amountCents],
        ['minimum', 5_000],
      );
      assert.equal((await detail('Noé')).rateKind, null);
    });
  });
}
