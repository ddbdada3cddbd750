import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { repositoryRoot } from '../config.ts';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-minutes-cli-'));
const bin = path.join(repositoryRoot, 'bin', 'quorum.mjs');

function quorum(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DATABASE_URL: `sqlite:${path.join(directory, 'quorum.sqlite')}`,
      LOG_LEVEL: 'warn',
    },
  });
  assert.equal(result.error, undefined);
  return result;
}

const outputs = () => fs.readdirSync(directory).filter((name) => !name.startsWith('quorum.sqlite'));

describe('quorum minutes', () => {
  before(() => assert.equal(quorum(['demo']).status, 0));
  after(() => fs.rmSync(directory, { recursive: true, force: true }));

  it('writes the minutes of the demo assembly in each format', () => {
    for (const format of ['md', 'html', 'pdf', 'docx']) {
      const out = path.join(directory, `pv.${format}`);
      const result = quorum(['minutes', 'ag-2017', '--format', format, '--out', out, '--json']);
      assert.equal(result.status, 0, result.stderr);
      assert.equal(JSON.parse(result.stdout).bytes, fs.statSync(out).size);
    }
    assert.match(
      fs.readFileSync(path.join(directory, 'pv.md'), 'utf8'),
      /^# Procès-verbal de l’assemblée générale annuelle/,
    );
    assert.equal(fs.readFileSync(path.join(directory, 'pv.pdf')).subarray(0, 5).toString(), '%PDF-');
    assert.equal(fs.readFileSync(path.join(directory, 'pv.docx')).subarray(0, 2).toString(), 'PK');
    const english = path.join(directory, 'pv-en.md');
    assert.equal(
      quorum(['minutes', 'ag-2017', '--format', 'md', '--lang', 'en', '--out', english]).status,
      0,
    );
    assert.match(fs.readFileSync(english, 'utf8'), /^# Minutes of the annual general assembly/);
  });

  it('writes the minutes to standard output with --out -, and nothing on disk', () => {
    const before = outputs();
    const result = quorum(['minutes', 'ag-2017', '--format', 'md', '--out', '-']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^# Procès-verbal de l’assemblée générale annuelle de La 27e Région/);
    assert.match(result.stdout, /PAUL Christian - Président de la 27e Région/);
    assert.deepEqual(outputs(), before);
  });

  it('refuses an unknown assembly, format or language, or a path it cannot write, leaving nothing on disk', () => {
    const before = outputs();
    const cases: [string[], RegExp][] = [
      [
        ['minutes', 'ag-1999', '--format', 'md', '--out', path.join(directory, 'x.md')],
        /Assemblée «\u202fag-1999\u202f» introuvable/,
      ],
      [
        ['minutes', 'ag-2017', '--format', 'odt', '--out', path.join(directory, 'x.odt')],
        /--format: "odt" is not one of md, html, pdf, docx/,
      ],
      [
        ['minutes', 'ag-2017', '--format', 'md', '--lang', 'de', '--out', path.join(directory, 'x.md')],
        /--lang: "de" is not fr or en/,
      ],
      [
        ['minutes', 'ag-2017', '--format', 'pdf', '--out', path.join(directory, 'missing', 'x.pdf')],
        /--out: cannot write in .*missing/,
      ],
      [['minutes', 'ag-2017', '--format', 'pdf', '--out', directory], /--out: .* is a folder/],
    ];
    for (const [args, message] of cases) {
      const result = quorum(args);
      assert.equal(result.status, 1, args.join(' '));
      assert.match(result.stderr, message);
    }
    assert.deepEqual(outputs(), before, 'no file written, no temporary file left');
  });
});
