import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { seededRandom } from '../../../common/crypto/group.ts';
import { RecordError, type PollRecord } from '../../../common/crypto/record.ts';
import { simulatePoll } from '../../../common/crypto/simulate.ts';
import { loadSodiumGroup } from './sodium-group.ts';
import { verifyRecordFile } from './verify-record.ts';

const root = path.resolve(import.meta.dirname, '../../..');

async function writeRecord(
  folder: string,
  name: string,
  alter?: (record: PollRecord) => void,
): Promise<string> {
  const group = await loadSodiumGroup();
  const record = simulatePoll(group, {
    pollId: 'poll-verify',
    question: { choices: ['for', 'against', 'abstain'], min: 1, max: 1 },
    trustees: ['Assesseure 1', 'Assesseur 2', 'Quorum'],
    threshold: 2,
    voters: Array.from({ length: 24 }, (_, index) => ({
      marked: [['for', 'against', 'abstain'][index % 3]!],
      weight: index === 5 ? 3 : 1,
    })),
    random: seededRandom('verify-file'),
  });
  alter?.(record);
  const file = path.join(folder, name);
  fs.writeFileSync(file, JSON.stringify(record));
  return file;
}

describe('quorum votes verify', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-verify-'));

  it('accepts a whole record from the file alone and prints the recomputed result', async () => {
    const file = await writeRecord(folder, 'record.json');
    const run = spawnSync(process.execPath, [path.join(root, 'bin/quorum.mjs'), 'votes', 'verify', file], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Registre vérifié\u202f: 24 bulletins \(poids total 26\)/);
    assert.match(run.stdout, /for 8, against 8, abstain 10/);
    const json = spawnSync(
      process.execPath,
      [path.join(root, 'bin/quorum.mjs'), 'votes', 'verify', file, '--json', '--lang', 'en'],
      { encoding: 'utf8' },
    );
    assert.equal(JSON.parse(json.stdout).verified, true);
  });

  it('refuses a record whose ballot was changed, wherever it is, naming it', async () => {
    const group = await loadSodiumGroup();
    const file = await writeRecord(folder, 'changed.json', (record) => {
      const ciphertext = record.ballots[20]!.ballot.ciphertexts[1]!;
      ciphertext.alpha = group.encode(group.add(group.decode(ciphertext.alpha), group.mulBase(1n)));
    });
    await assert.rejects(verifyRecordFile(file, { threads: 3 }), (error: unknown) => {
      return (
        error instanceof RecordError && error.problem === 'invalid_ballot' && /^21 /.test(error.detail ?? '')
      );
    });
    const run = spawnSync(process.execPath, [path.join(root, 'bin/quorum.mjs'), 'votes', 'verify', file], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 1);
    assert.match(
      run.stderr,
      /Registre refusé\u202f: un bulletin a une preuve ou une signature invalide \(21 /,
    );
  });

  it('refuses a changed result, a removed ballot and a file that is not a record', async () => {
    const changed = await writeRecord(folder, 'result.json', (record) => {
      record.result[0]!.count += 1;
      record.result[1]!.count -= 1;
    });
    await assert.rejects(verifyRecordFile(changed), /result_mismatch/);
    const removed = await writeRecord(folder, 'removed.json', (record) => void record.ballots.splice(3, 1));
    await assert.rejects(verifyRecordFile(removed), /tally_mismatch/);
    const notRecord = path.join(folder, 'not.json');
    fs.writeFileSync(notRecord, '{"hello": ');
    await assert.rejects(
      verifyRecordFile(notRecord),
      (error: unknown) => error instanceof RecordError && error.problem === 'malformed',
    );
  });
});
