import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorMessages, errorStatus } from '../../../common/errors.ts';
import { placeholdersOf, type Messages } from '../../../common/i18n/messages.ts';
import { AppError, invalidField } from '../http/app-error.ts';
import { serverCatalogs } from './catalogs.ts';
import { languageOfHeader, translate } from './translate.ts';

const catalogs: Record<string, Messages> = { errors: errorMessages, ...serverCatalogs };

test('every message has a French and an English text with the same placeholders', () => {
  const problems: string[] = [];
  for (const [namespace, messages] of Object.entries(catalogs))
    for (const [key, message] of Object.entries(messages)) {
      if (!message.fr.trim() || !message.en.trim()) problems.push(`${namespace}:${key} has an empty text`);
      const french = placeholdersOf(message.fr).join(',');
      const english = placeholdersOf(message.en).join(',');
      if (french !== english) problems.push(`${namespace}:${key} fr {${french}} ≠ en {${english}}`);
    }
  assert.deepEqual(problems, []);
});

test('every error code has an HTTP status and a sentence', () => {
  for (const code of Object.keys(errorStatus)) {
    assert.ok(errorStatus[code as keyof typeof errorStatus] >= 400, code);
    assert.ok(errorMessages[code], code);
  }
});

test('an error is worded in the language asked for, its parameters filled', () => {
  const error = new AppError('route_not_found', { method: 'GET', path: '/api/nowhere' });
  assert.equal(error.detailIn('fr'), 'Aucune route GET /api/nowhere.');
  assert.equal(error.detailIn('en'), 'No route GET /api/nowhere.');
  assert.equal(error.status, 404);
  const field = invalidField('body.email', 'invalid_email');
  assert.equal(field.code, 'validation_failed');
  assert.equal(field.detailIn('en'), 'Enter a valid e-mail address, for example name@example.org.');
  assert.deepEqual(field.errors, [{ path: 'body.email', message: 'invalid_email' }]);
  assert.equal(
    translate('en', 'errors:too_long', { maximum: 200 }),
    'This text is too long (at most 200 characters).',
  );
});

test('Accept-Language picks French or English by preference, French otherwise', () => {
  assert.equal(languageOfHeader(undefined), 'fr');
  assert.equal(languageOfHeader('en-GB,en;q=0.9'), 'en');
  assert.equal(languageOfHeader('de-DE,en;q=0.5,fr;q=0.8'), 'fr');
  assert.equal(languageOfHeader('de, en;q=0.1'), 'en');
  assert.equal(languageOfHeader('fr;q=0, en'), 'en');
  assert.equal(languageOfHeader('es'), 'fr');
});
