import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hasLetter, nameSchema, normaliseText, textProblem } from '../../../common/text.ts';
import { testEngines } from '../../test/databases.ts';
import { createUser } from '../../test/factories.ts';
import { countRows } from '../../test/inspect.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { ApiClient } from '../../test/api-client.ts';

describe('the text rule', () => {
  it('normalises to NFC, drops invisible spaces, refuses controls and bidirectional overrides', () => {
    assert.equal(normaliseText('Ade\u0301laïde'), 'Adélaïde');
    assert.equal(normaliseText('Jo\u200bël\ufeff'), 'Joël');
    assert.equal(textProblem('Zoé\u0000'), 'text_control_character');
    assert.equal(textProblem('a\u0007b'), 'text_control_character');
    assert.equal(textProblem('a\u0085b'), 'text_control_character');
    assert.equal(textProblem('fichier\u202Efdp.exe'), 'text_bidirectional_control');
    assert.equal(textProblem('\u2067caché\u2069'), 'text_bidirectional_control');
    assert.equal(textProblem('Une note\nsur deux lignes\tavec une tabulation'), undefined);
    assert.equal(hasLetter('٣٤٥'), false);
    assert.equal(hasLetter('李'), true);
    assert.equal(nameSchema(100).safeParse('\u200b\u200b').success, false);
    assert.equal(nameSchema(100).safeParse('1234').error?.issues[0]?.message, 'name_without_letter');
    assert.equal(nameSchema(100).parse('  Éloïse '), 'Éloïse');
  });

  for (const engine of testEngines()) {
    describe(`on every route (${engine})`, () => {
      let test: TestApp;
      let secretary: ApiClient;
      before(async () => {
        test = await createTestApp(engine);
        secretary = test.client();
        await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      });
      after(() => test.close());

      async function refused(url: string, body: Record<string, unknown>, path: string, code: string) {
        const response = await secretary.post(url, body);
        assert.equal(response.statusCode, 400, response.body);
        const error = response.json().errors.find((entry: { path: string }) => entry.path === path);
        assert.equal(error?.message, code, response.body);
        assert.ok(error.detail, 'the field’s error is worded');
      }

      it('refuses a NUL byte, a control character or a direction override, naming the field, and keeps nothing', async () => {
        await refused(
          '/api/persons',
          { firstName: 'Zoé', lastName: 'Nul\u0000' },
          'body.lastName',
          'text_control_character',
        );
        await refused(
          '/api/persons',
          { firstName: 'Zoé', lastName: 'Cloche', city: 'Lyon\u0007' },
          'body.city',
          'text_control_character',
        );
        await refused(
          '/api/persons',
          { firstName: 'Zoé', lastName: 'Cloche', notes: 'payé\u202Eeuq' },
          'body.notes',
          'text_bidirectional_control',
        );
        await refused(
          '/api/organisations',
          { name: 'Asso\u2066ciation', kind: 'other' },
          'body.name',
          'text_bidirectional_control',
        );
        const search = await secretary.get('/api/persons?q=a%00b');
        assert.equal(search.statusCode, 400);
        assert.equal(search.json().errors[0].path, 'querystring.q');
        assert.equal(await countRows(test.runtime.database, 'persons'), 0);
        assert.equal(await countRows(test.runtime.database, 'organisations'), 0);
      });

      it('refuses a name without a letter, such as one made of invisible characters only', async () => {
        const invisible = await secretary.post('/api/persons', {
          firstName: 'Zoé',
          lastName: '\u200b\u200b\u200b',
        });
        assert.equal(invisible.statusCode, 400);
        assert.ok(invisible.json().errors.some((entry: { path: string }) => entry.path === 'body.lastName'));
        await refused(
          '/api/persons',
          { firstName: '---', lastName: 'Tiret' },
          'body.firstName',
          'name_without_letter',
        );
        assert.equal(await countRows(test.runtime.database, 'persons'), 0);
      });

      it('keeps a name typed with a combining accent as one character, so it is found', async () => {
        const created = await secretary.post('/api/persons', {
          firstName: 'Ade\u0301laïde',
          lastName: 'Re\u0301my\u200b',
        });
        assert.equal(created.statusCode, 201, created.body);
        assert.equal(created.json().firstName, 'Adélaïde');
        assert.equal(created.json().lastName, 'Rémy');
        const found = (await secretary.get(`/api/persons?q=${encodeURIComponent('Rémy')}`)).json();
        assert.equal(found.total ?? found.persons.length, 1);
      });
    });
  }
});
