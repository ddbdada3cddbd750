import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { formatLongDate } from '../../../../common/format.ts';
import { dayIn } from '../../../../common/time-zones.ts';
import { testEngines } from '../../../test/databases.ts';
import { createUser, createCategories } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

const year = Number(dayIn('Europe/Paris').slice(0, 4));
const inFiveDays = new Date(Date.parse(`${dayIn('Europe/Paris')}T12:00:00Z`) + 5 * 86_400_000)
  .toISOString()
  .slice(0, 10);
const english = { 'accept-language': 'en-GB,en;q=0.9' };
const frenchLetters = /[éèêàâçùôî]|\b(la|le|les|des|est|une?)\b/i;

for (const engine of testEngines()) {
  describe(`assemblies in English on ${engine}`, () => {
    let test: TestApp;
    let admin: ApiClient;
    const memberships: string[] = [];

    const inEnglish = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown) =>
      admin.request(method, url, method === 'GET' ? undefined : (body ?? {}), english);

    before(async () => {
      test = await createTestApp(engine);
      await createCategories(test.runtime);
      admin = test.client();
      await admin.signIn((await createUser(test.runtime, { role: 'administrator' })).email);
      const association = await admin.request('PUT', '/api/association', {
        name: 'Civic Lab',
        shortName: 'Civic Lab',
        timeZone: 'Europe/Paris',
        locale: 'en',
      });
      assert.equal(association.statusCode, 200, association.body);
      const statutes = await admin.post('/api/statutes', {
        effectiveFrom: '2000-01-01',
        votingWeights: { individual: 1 },
        requiresFeePaid: false,
        ordinaryQuorum: { numerator: 1, denominator: 4 },
        extraordinaryQuorum: null,
        doProxiesCount: true,
        isSecondConvocationFree: false,
        maxProxiesPerHolder: 1,
        doesRemoteCount: true,
        defaultMajority: 'simple',
        noticeDays: 15,
      });
      assert.equal(statutes.statusCode, 201, statutes.body);
      const names: [string, string, string | null][] = [
        ['Ada', 'Lovelace', 'ada@example.org'],
        ['Grace', 'Hopper', null],
      ];
      for (const [firstName, lastName, email] of names) {
        const person = (await admin.post('/api/persons', { firstName, lastName, email })).json();
        const membership = await admin.post('/api/memberships', {
          year,
          personId: person.id,
          category: 'individual',
          status: 'validated',
          effectiveOn: `${year}-01-02`,
        });
        assert.equal(membership.statusCode, 201, membership.body);
        memberships.push(membership.json().id);
      }
      const created = await admin.post('/api/assemblies', {
        slug: 'agm',
        kind: 'ordinary',
        title: 'Annual general meeting',
        heldOn: inFiveDays,
        place: 'Town hall',
        plannedStart: '14:00',
        membershipYear: year,
        agenda: [{ kind: 'deliberative', title: 'Approve the accounts' }],
      });
      assert.equal(created.statusCode, 201, created.body);
    });
    after(() => test.close());

    it('words its refusals in the language the request asks for', async () => {
      const refusals = [
        [await inEnglish('GET', '/api/assemblies/nowhere'), 404, 'Assembly “nowhere” not found.'],
        [
          await inEnglish('POST', '/api/assemblies', {
            slug: 'agm',
            kind: 'ordinary',
            title: 'Again',
            heldOn: inFiveDays,
            place: 'Town hall',
            plannedStart: '14:00',
            membershipYear: year,
          }),
          409,
          'The identifier “agm” is already taken.',
        ],
        [
          await inEnglish('POST', '/api/assemblies/agm/proxies', {
            giverMembershipId: memberships[0],
            holderMembershipId: memberships[0],
          }),
          400,
          'A member cannot give a proxy to themselves.',
        ],
        [await inEnglish('POST', '/api/assemblies/agm/close'), 409, 'The session has not been opened.'],
        [
          await inEnglish('PUT', '/api/assemblies/agm/current-item', { agendaItemId: 'not-an-item' }),
          400,
          'This item is not on this assembly’s agenda.',
        ],
        [await inEnglish('DELETE', '/api/assemblies/agm/proxies/not-a-proxy'), 404, 'Proxy not found.'],
        [
          await inEnglish('POST', '/api/assemblies/agm/workshops/split', { minSize: 2, maxSize: 4 }),
          400,
          'First create the workshops to split the people present into.',
        ],
        [
          await inEnglish('POST', '/api/convocations/view', { token: 'an-unknown-link-of-twenty-chars' }),
          410,
          'This convocation link is not valid, or expired after the assembly.',
        ],
      ] as const;
      for (const [response, status, detail] of refusals) {
        assert.equal(response.statusCode, status, response.body);
        assert.equal(response.json().detail, detail);
        assert.doesNotMatch(response.json().detail, frenchLetters);
      }
      const proxy = refusals[2][0].json();
      assert.deepEqual(proxy.errors[0], { path: 'body.holderMembershipId', message: 'self' });

      const inFrench = await admin.post('/api/assemblies/agm/close');
      assert.equal(inFrench.json().detail, 'La séance n’a pas été ouverte.');
    });

    it('convenes members in the association’s language and warns the secretary in theirs', async () => {
      const sent = await inEnglish('POST', '/api/assemblies/agm/convocations', {});
      assert.equal(sent.statusCode, 202, sent.body);
      assert.equal(
        sent.json().warning,
        'Late convocation: the statutes ask for 15 days’ notice, 5 are left.',
      );
      const mail = await test.smtp.waitForMessage((message) =>
        JSON.stringify(message.to).includes('ada@example.org'),
      );
      assert.equal(mail.subject, `Convocation: Annual general meeting — ${formatLongDate(inFiveDays, 'en')}`);
      assert.match(
        mail.text ?? '',
        /Dear Ada Lovelace,\n\nCivic Lab convenes you to its meeting “Annual general meeting”\.\n\nDate: .* at 2:00 pm\nPlace: Town hall\n/,
      );
      assert.match(mail.text ?? '', /Agenda:\n- Approve the accounts/);
      assert.doesNotMatch(mail.text ?? '', /Ordre du jour|Bonjour|convoqué/);
      assert.match(String(mail.html), /<html lang="en">[\s\S]*Give your proxy to another member/);
      const calendar = mail.attachments.find((attachment) =>
        attachment.contentType.startsWith('text/calendar'),
      );
      assert.match(calendar!.content.toString(), /Agenda:/);

      let progress = (await admin.get('/api/assemblies/agm/convocations')).json();
      for (let attempt = 0; progress.pending > 0 && attempt < 100; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        progress = (await admin.get('/api/assemblies/agm/convocations')).json();
      }
      const failed = progress.recipients.find((row: { status: string }) => row.status === 'failed');
      assert.equal(failed.error, 'No e-mail address for this member.');
    });

    it('describes every response of its routes exactly in the OpenAPI document', async () => {
      const document = (await admin.get('/api/openapi.json')).json();
      const properties = (path: string, method: string, status: string) =>
        Object.keys(
          document.paths[path][method].responses[status].content['application/json'].schema.properties,
        ).sort();
      assert.ok(properties('/api/assemblies/{slug}', 'get', '200').includes('agenda'));
      assert.ok(properties('/api/assemblies/{slug}/attendance', 'get', '200').includes('votingMembers'));
      assert.ok(properties('/api/assemblies/{slug}/check-in', 'post', '200').includes('presentCount'));
      assert.ok(properties('/api/convocations/view', 'post', '200').includes('proxyHolder'));
      assert.ok(properties('/api/participant', 'get', '200').includes('state'));
      assert.ok(properties('/api/assemblies/{slug}/convocations', 'get', '200').includes('recipients'));
      assert.ok(properties('/api/assemblies/{slug}/attendance/paste', 'post', '200').includes('rejected'));
      const versions =
        document.paths['/api/statutes'].get.responses['200'].content['application/json'].schema;
      assert.ok(Object.keys(versions.properties.versions.items.properties).includes('maxProxiesPerHolder'));
    });

    it('prints the attendance sheet and words the quorum in the association’s language', async () => {
      const csv = await admin.get('/api/assemblies/agm/attendance.csv');
      assert.equal(csv.statusCode, 200);
      const [header, ...lines] = csv.body
        .replace(/^\ufeff/, '')
        .trim()
        .split(/\r?\n/);
      assert.equal(header, 'Section,Name,Represents / capacity,Status');
      assert.ok(
        lines.some((line) => line.startsWith('Members entitled to vote,') && line.endsWith(',Absent')),
      );

      const quorum = (await admin.get('/api/assemblies/agm/quorum')).json();
      assert.equal(
        quorum.quorum.statement.en,
        '0 members present or represented out of 2 members entitled to vote; quorum of one quarter: 1; not reached',
      );
      assert.equal(
        quorum.quorum.statement.fr,
        '0 membre présent ou représenté sur 2 membres ayant droit de vote\u202f; quorum du quart\u202f: 1\u202f; non atteint',
      );
    });
  });
}
