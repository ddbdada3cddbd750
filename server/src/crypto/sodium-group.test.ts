import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sha512 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { nobleGroup, seededRandom } from '../../../common/crypto/group.ts';
import { RecordError, verifyRecord } from '../../../common/crypto/record.ts';
import { simulatePoll } from '../../../common/crypto/simulate.ts';
import { shuffleCiphertexts, verifyShuffle } from '../../../common/crypto/shuffle.ts';
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

describe('a shuffle, by libsodium and by @noble/curves', () => {
  it('is byte-identical from the same seed, each verifies the other’s, and both derive the RFC’s elements', async () => {
    const sodiumGroup = await loadSodiumGroup();
    const publicKey = nobleGroup.encode(nobleGroup.mulBase(12345n));
    const random = seededRandom('cross-shuffle-ballots');
    const ciphertexts = [0, 1, 2, 3].map((message) => {
      const randomness = random();
      return {
        alpha: nobleGroup.encode(nobleGroup.mulBase(randomness)),
        beta: nobleGroup.encode(
          nobleGroup.add(
            nobleGroup.mul(nobleGroup.decode(publicKey), randomness),
            nobleGroup.mulBase(BigInt(message)),
          ),
        ),
      };
    });
    const options = { publicKey, statement: 'cross', ciphertexts };
    const fromNoble = shuffleCiphertexts(nobleGroup, { ...options, random: seededRandom('cross-shuffle') });
    const fromSodium = shuffleCiphertexts(sodiumGroup, { ...options, random: seededRandom('cross-shuffle') });
    assert.deepEqual(fromSodium, fromNoble);
    const check = { publicKey, statement: 'cross', input: ciphertexts };
    assert.ok(
      verifyShuffle(sodiumGroup, { ...check, output: fromNoble.ciphertexts, proof: fromNoble.proof }),
    );
    assert.ok(
      verifyShuffle(nobleGroup, { ...check, output: fromSodium.ciphertexts, proof: fromSodium.proof }),
    );
    const label = sha512(utf8ToBytes('Ristretto is traditionally a short shot of espresso coffee'));
    assert.equal(
      sodiumGroup.encode(sodiumGroup.derive(label)),
      '3066f82a1a747d45120d1740f14358531a8f04bbffe6a819f86dfe50f44a0a46',
    );
  });
});
