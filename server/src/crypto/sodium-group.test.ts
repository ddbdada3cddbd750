import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nobleGroup, seededRandom } from '../../../common/crypto/group.ts';
import { RecordError, verifyRecord } from '../../../common/crypto/record.ts';
import { simulatePoll } from '../../../common/crypto/simulate.ts';
import { loadSodiumGroup } from './sodium-group.ts';

const poll = {
  pollId: 'poll-cross',
  question: { choices: ['for', 'against', 'abstain'], min: 1, max: 1 },
  trustees: ['A', 'B', 'Quorum'],
  threshold: 2,
  voters: [
    { marked: ['against'], weight: 1 },
    { marked: ['for'], weight: 3 },
    { marked: ['abstain'], weight: 1 },
  ],
};

describe('libsodium and @noble/curves run the same protocol', () => {
  it('the same seed gives byte-identical records, and each verifies the other’s', async () => {
    const sodiumGroup = await loadSodiumGroup();
    const fromNoble = simulatePoll(nobleGroup, { ...poll, random: seededRandom('cross') });
    const fromSodium = simulatePoll(sodiumGroup, { ...poll, random: seededRandom('cross') });
    assert.deepEqual(fromSodium, fromNoble);
    assert.deepEqual(
      fromNoble.result.map((item) => item.count),
      [3, 1, 1],
    );
    verifyRecord(sodiumGroup, fromNoble);
    verifyRecord(nobleGroup, fromSodium);
  });

  it('libsodium refuses what @noble/curves refuses', async () => {
    const sodiumGroup = await loadSodiumGroup();
    const record = simulatePoll(nobleGroup, { ...poll, random: seededRandom('cross-bad') });
    record.ballots[0]!.ballot.ciphertexts[1]!.alpha = 'ff'.repeat(32);
    const isInvalidPoint = (error: unknown) =>
      error instanceof RecordError && /invalid_point/.test(error.message);
    assert.throws(() => verifyRecord(sodiumGroup, record), isInvalidPoint);
    assert.throws(() => verifyRecord(nobleGroup, record), isInvalidPoint);
    assert.throws(
      () => sodiumGroup.decode('0100000000000000000000000000000000000000000000000000000000000000'),
      /invalid point/,
    );
  });
});
