import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { after, describe, it } from 'node:test';
import { repositoryRoot } from './config.ts';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-cli-'));
const bin = path.join(repositoryRoot, 'bin', 'quorum.mjs');

/** Runs `quorum …` as a user would, in its own process, which must exit by itself. */
function quorum(args: string[], environment: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DATABASE_URL: `sqlite:${path.join(directory, 'quorum.sqlite')}`,
      MAIL_DIRECTORY: path.join(directory, 'mail'),
      ...environment,
    },
  });
  assert.equal(result.error, undefined, `quorum ${args.join(' ')} did not exit by itself`);
  return result;
}

function json(stdout: string): Record<string, unknown> {
  assert.equal(stdout.trim().split('\n').length, 1, `one JSON document on stdout, got:\n${stdout}`);
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe('the quorum command', () => {
  after(() => fs.rmSync(directory, { recursive: true, force: true }));

  it('describes itself and each command with --help', () => {
    const help = quorum(['--help']);
    assert.equal(help.status, 0);
    for (const command of ['serve', 'migrate', 'admin', 'demo', 'backup', 'restore']) {
      assert.match(help.stdout, new RegExp(`\\b${command}\\b`));
    }
    const create = quorum(['admin', 'create', '--help']);
    assert.equal(create.status, 0);
    assert.match(create.stdout, /--email/);
    assert.match(create.stdout, /QUORUM_ADMIN_PASSWORD/);
  });

  it('migrates, printing exactly one JSON document with --json and logging to stderr', () => {
    const result = quorum(['migrate', '--json']);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(json(result.stdout).migrated, true);
    assert.match(result.stderr, /migration applied/);
  });

  it('loads the demo association, and loading it again changes nothing', () => {
    const first = quorum(['demo', '--json']);
    assert.equal(first.status, 0, first.stderr);
    const summary = json(first.stdout);
    assert.equal(summary.association, 'La 27e Région');
    assert.equal(summary.staff, 7);
    const second = json(quorum(['demo', '--json']).stdout);
    assert.deepEqual(second, summary);
  });

  it('creates an administrator from QUORUM_ADMIN_PASSWORD, once per e-mail', () => {
    const created = quorum(
      ['admin', 'create', '--email', 'christian.paul@example.org', '--name', 'Christian Paul', '--json'],
      {
        QUORUM_ADMIN_PASSWORD: 'un mot de passe solide',
      },
    );
    assert.equal(created.status, 0, created.stderr);
    assert.equal((json(created.stdout).user as { role: string }).role, 'administrator');

    const twice = quorum(
      ['admin', 'create', '--email', 'christian.paul@example.org', '--name', 'Christian Paul', '--json'],
      {
        QUORUM_ADMIN_PASSWORD: 'un mot de passe solide',
      },
    );
    assert.equal(twice.status, 1);
    assert.match(String((json(twice.stdout).error as { message: string }).message), /existe déjà/);
  });

  it('removes two-factor sign-in from an account that lost its device, and says so', () => {
    const reset = quorum(['admin', 'reset-2fa', '--email', 'christian.paul@example.org', '--json']);
    assert.equal(reset.status, 0, reset.stderr);
    assert.equal((json(reset.stdout).user as { hasTwoFactor: boolean }).hasTwoFactor, false);
    const text = quorum(['admin', 'reset-2fa', '--email', 'christian.paul@example.org']);
    assert.match(text.stdout, /Double authentification retirée pour christian.paul@example.org/);
    const unknown = quorum(['admin', 'reset-2fa', '--email', 'nobody@example.org']);
    assert.equal(unknown.status, 1);
    const badEmail = quorum(['admin', 'reset-2fa', '--email', 'not-an-email']);
    assert.equal(badEmail.status, 1);
    assert.match(badEmail.stderr, /--email/);
  });

  it('refuses an administrator without a password or with a bad e-mail, saying why', () => {
    const noPassword = quorum(['admin', 'create', '--email', 'a@example.org', '--name', 'A']);
    assert.equal(noPassword.status, 1);
    assert.match(noPassword.stderr, /QUORUM_ADMIN_PASSWORD/);
    const badEmail = quorum(['admin', 'create', '--email', 'not-an-email', '--name', 'A'], {
      QUORUM_ADMIN_PASSWORD: 'un mot de passe solide',
    });
    assert.equal(badEmail.status, 1);
    assert.match(badEmail.stderr, /--email/);
  });

  it('backs up and restores into another, empty database; refuses a non-empty one', () => {
    const archive = path.join(directory, 'quorum.qarchive');
    const backup = quorum(['backup', archive, '--json']);
    assert.equal(backup.status, 0, backup.stderr);
    assert.equal((json(backup.stdout).rows as Record<string, number>).persons, 80);

    const otherDatabase = { DATABASE_URL: `sqlite:${path.join(directory, 'other.sqlite')}` };
    const restored = quorum(['restore', archive, '--json'], otherDatabase);
    assert.equal(restored.status, 0, restored.stderr);
    assert.equal((json(restored.stdout).rows as Record<string, number>).users, 1);

    const again = quorum(['restore', archive, '--json'], otherDatabase);
    assert.equal(again.status, 1);
    assert.match(String((json(again.stdout).error as { message: string }).message), /not empty/);
  });

  it('verifies an archive without restoring it, and exits 1 on one changed after it was written', () => {
    const archive = path.join(directory, 'verified.qarchive');
    assert.equal(quorum(['backup', archive]).status, 0);
    const verified = quorum(['backup', '--verify', archive]);
    assert.equal(verified.status, 0, verified.stderr);
    assert.match(
      verified.stdout,
      /^Sauvegarde vérifiée\u202f: .* \(\d+ lignes, schéma .*, empreinte [0-9a-f]{64}\)\.$/m,
    );

    const lines = gunzipSync(fs.readFileSync(archive)).toString('utf8').trimEnd().split('\n');
    const changed = lines.map((line) => line.replace('"first_name":"', '"first_name":"X'));
    const edited = path.join(directory, 'edited.qarchive');
    fs.writeFileSync(edited, gzipSync(`${changed.join('\n')}\n`));
    const refused = quorum(['backup', '--verify', edited, '--json']);
    assert.equal(refused.status, 1);
    assert.match(
      String((json(refused.stdout).error as { message: string }).message),
      /checksum: table persons/,
    );
    const otherDatabase = { DATABASE_URL: `sqlite:${path.join(directory, 'edited.sqlite')}` };
    const notRestored = quorum(['restore', edited], otherDatabase);
    assert.equal(notRestored.status, 1);
    assert.match(notRestored.stderr + notRestored.stdout, /checksum/);
  });
});
