import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nobleGroup as group, seededRandom } from './group.ts';
import type { Ciphertext } from './proofs.ts';
import { simulateCeremony } from './simulate.ts';
import { addProducts, aggregateBallots, combineDecryptions, decryptPartially } from './tally.ts';

/** Ciphertexts of `counts` under a fresh 2-of-2 key, with the trustees' partial decryptions. */
function encryptedCounts(counts: number[], seed: string) {
  const random = seededRandom(seed);
  const ceremony = simulateCeremony(group, { ceremonyId: seed, names: ['A', 'B'], threshold: 2, random });
  const publicKey = group.decode(ceremony.record.publicKey);
  const tally: Ciphertext[] = counts.map((count) => {
    const randomness = random();
    return {
      alpha: group.encode(group.mulBase(randomness)),
      beta: group.encode(group.add(group.mul(publicKey, randomness), group.mulBase(BigInt(count)))),
    };
  });
  const partials = [1, 2].map((index) =>
    decryptPartially(group, {
      fingerprint: seed,
      index,
      secret: ceremony.secrets[index - 1]!,
      tally,
      random,
    }),
  );
  return { tally, partials };
}

describe('the count of a decrypted tally (baby-step giant-step)', () => {
  it('finds every count from 0 to the maximum, whatever the square root of the maximum', () => {
    for (const maxCount of [0, 1, 7, 30]) {
      const counts = [...new Set([0, Math.floor(maxCount / 2), maxCount])];
      const { tally, partials } = encryptedCounts(counts, `range-${maxCount}`);
      assert.deepEqual(combineDecryptions(group, { tally, partials, threshold: 2, maxCount }), counts);
    }
  });

  it('refuses a count above the maximum, even one the last giant step reaches', () => {
    const { tally, partials } = encryptedCounts([10], 'above');
    // √10 rounds up to 4: giant steps reach 0, 4, 8 and the baby steps 0..3, so 10 is found at 8 + 2.
    assert.deepEqual(combineDecryptions(group, { tally, partials, threshold: 2, maxCount: 10 }), [10]);
    assert.throws(
      () => combineDecryptions(group, { tally, partials, threshold: 2, maxCount: 9 }),
      /out of range/,
    );
    assert.throws(
      () => combineDecryptions(group, { tally, partials, threshold: 2, maxCount: 3 }),
      /out of range/,
    );
  });
});

describe('products of ballots computed in slices', () => {
  it('multiply to the product of all the ballots', () => {
    const random = seededRandom('slices');
    const ballots = Array.from({ length: 7 }, (_, index) => ({
      ciphertexts: [0, 1].map(() => ({
        alpha: group.encode(group.mulBase(random())),
        beta: group.encode(group.mulBase(random())),
      })),
      weight: 1 + (index % 3),
    }));
    const whole = aggregateBallots(group, { choiceCount: 2, ballots });
    const slices = [ballots.slice(0, 3), ballots.slice(3, 4), ballots.slice(4)].map((slice) =>
      aggregateBallots(group, { choiceCount: 2, ballots: slice }),
    );
    assert.deepEqual(addProducts(group, slices), whole);
    assert.notDeepEqual(addProducts(group, slices.slice(0, 2)), whole);
  });
});
