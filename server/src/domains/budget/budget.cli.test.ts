import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { repositoryRoot } from '../../config.ts';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-budget-cli-'));

function quorum(args: string[]) {
  const result = spawnSync(process.execPath, [path.join(repositoryRoot, 'bin', 'quorum.mjs'), ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DATABASE_URL: `sqlite:${path.join(directory, 'quorum.sqlite')}`,
      MAIL_DIRECTORY: path.join(directory, 'mail'),
    },
  });
  assert.equal(result.error, undefined, `quorum ${args.join(' ')} did not exit by itself`);
  return result;
}

describe('quorum budget check', () => {
  after(() => fs.rmSync(directory, { recursive: true, force: true }));

  it('prints the totals, the balance and every difference of the demo’s 2017 budget as one JSON document', () => {
    assert.equal(quorum(['demo']).status, 0);
    const result = quorum(['budget', 'check', '2017', '--json']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim().split('\n').length, 1);
    const check = JSON.parse(result.stdout);
    assert.deepEqual(Object.keys(check), ['year', 'columns', 'differences']);
    assert.equal(check.year, 2017);
    assert.deepEqual(
      check.columns.map((column: Record<string, unknown>) => Object.keys(column)),
      Array(2).fill([
        'key',
        'label',
        'charges_cents',
        'products_cents',
        'declared_charges_cents',
        'declared_products_cents',
        'balanced',
      ]),
    );
    for (const column of check.columns) {
      assert.equal(column.balanced, column.charges_cents === column.products_cents);
    }
    assert.deepEqual(
      check.columns.map((column: { declared_charges_cents: number }) => column.declared_charges_cents),
      [112_484_900, 72_402_700],
      'the reference declares 1 124 849 € and 724 027 €',
    );
    assert.ok(check.differences.length > 0);
    for (const difference of check.differences) {
      assert.deepEqual(Object.keys(difference), [
        'account',
        'label',
        'column',
        'declared_cents',
        'computed_cents',
      ]);
      assert.notEqual(difference.declared_cents, difference.computed_cents);
    }

    const text = quorum(['budget', 'check', '2017']);
    assert.equal(text.status, 0);
    assert.match(text.stdout, /2016 réalisé\u202f: charges 724\u202f027\u202f€/);
    assert.match(text.stdout, new RegExp(`${check.differences.length} écarts`));
  });

  it('refuses a year that is not one, and says when there is no budget', () => {
    const bad = quorum(['budget', 'check', 'deux-mille', '--json']);
    assert.equal(bad.status, 1);
    assert.equal(JSON.parse(bad.stdout).error.code, 'usage');
    const missing = quorum(['budget', 'check', '2030']);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /Budget 2030 introuvable/);
  });
});
