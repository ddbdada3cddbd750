import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sha512 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './ballot.ts';
import { encodeScalar, fingerprint, nobleGroup as group, seededRandom } from './group.ts';
import type { Ciphertext } from './proofs.ts';
import { shuffleCiphertexts, verifyShuffle, type Shuffle } from './shuffle.ts';

const secret = seededRandom('shuffle-key')();
const publicKey = group.encode(group.mulBase(secret));
const statement = 'poll-fingerprint|trustee-1';

function encrypt(message: number, randomness: bigint): Ciphertext {
  return {
    alpha: group.encode(group.mulBase(randomness)),
    beta: group.encode(
      group.add(group.mul(group.decode(publicKey), randomness), group.mulBase(BigInt(message))),
    ),
  };
}

function decrypt({ alpha, beta }: Ciphertext): number {
  const point = group.sub(group.decode(beta), group.mul(group.decode(alpha), secret));
  for (let message = 0; message < 100; message += 1)
    if (group.equals(point, group.mulBase(BigInt(message)))) return message;
  throw new Error('no small message');
}

const messages = [3, 1, 4, 1, 5, 9, 2, 6];
const random = seededRandom('ballots');
const input = messages.map((message) => encrypt(message, random()));

describe('element derivation (RFC 9496 §4.3.4 test vectors)', () => {
  it('derives from SHA-512 of the labels the elements the RFC lists', () => {
    const vectors: [string, string][] = [
      [
        'Ristretto is traditionally a short shot of espresso coffee',
        '3066f82a1a747d45120d1740f14358531a8f04bbffe6a819f86dfe50f44a0a46',
      ],
      [
        'made with the normal amount of ground coffee but extracted with',
        'f26e5b6f7d362d2d2a94c5d0e7602cb4773c95a2e5c31a64f133189fa76ed61b',
      ],
      [
        'about half the amount of water in the same amount of time',
        '006ccd2a9e6867e6a2c5cea83d3302cc9de128dd2a9a57dd8ee7b9d7ffe02826',
      ],
      ['by using a finer grind.', 'f8f0c87cf237953c5890aec3998169005dae3eca1fbb04548c635953c817f92a'],
    ];
    for (const [label, element] of vectors)
      assert.equal(group.encode(group.derive(sha512(utf8ToBytes(label)))), element);
  });
});

describe('a verifiable shuffle (Belenios, CHVote: Wikström–Terelius)', () => {
  const shuffle = shuffleCiphertexts(group, {
    publicKey,
    statement,
    ciphertexts: input,
    random: seededRandom('mix'),
  });

  it('re-encrypts and permutes: the same messages, in another order, under new randomness', () => {
    const output = shuffle.ciphertexts.map(decrypt);
    assert.deepEqual([...output].sort(), [...messages].sort());
    assert.notDeepEqual(output, messages);
    const inputAlphas = new Set(input.map((ciphertext) => ciphertext.alpha));
    assert.ok(shuffle.ciphertexts.every((ciphertext) => !inputAlphas.has(ciphertext.alpha)));
    assert.ok(
      verifyShuffle(group, {
        publicKey,
        statement,
        input,
        output: shuffle.ciphertexts,
        proof: shuffle.proof,
      }),
    );
  });

  it('is the same from the same seed (pinned), and another from another seed', () => {
    const again = shuffleCiphertexts(group, {
      publicKey,
      statement,
      ciphertexts: input,
      random: seededRandom('mix'),
    });
    assert.deepEqual(again, shuffle);
    // Pinned: a change to the algorithm, the hashing or the serialisation changes this fingerprint.
    assert.equal(fingerprint(canonicalJson(shuffle)), 'yKQDg69o5QMEXBx7XSFgzaaAwvTXdxglbTadnMcA_PU');
    const other = shuffleCiphertexts(group, {
      publicKey,
      statement,
      ciphertexts: input,
      random: seededRandom('mix-2'),
    });
    assert.notDeepEqual(other.ciphertexts, shuffle.ciphertexts);
  });

  it('chains: each trustee shuffles the previous output, and every link verifies', () => {
    let current = input;
    for (const trustee of [1, 2, 3]) {
      const linkStatement = `poll-fingerprint|trustee-${trustee}`;
      const next = shuffleCiphertexts(group, {
        publicKey,
        statement: linkStatement,
        ciphertexts: current,
        random: seededRandom(`mix-${trustee}`),
      });
      assert.ok(
        verifyShuffle(group, {
          publicKey,
          statement: linkStatement,
          input: current,
          output: next.ciphertexts,
          proof: next.proof,
        }),
      );
      current = next.ciphertexts;
    }
    assert.deepEqual(current.map(decrypt).sort(), [...messages].sort());
  });

  it('shuffles a single ciphertext', () => {
    const one = shuffleCiphertexts(group, {
      publicKey,
      statement,
      ciphertexts: [input[0]!],
      random: seededRandom('one'),
    });
    assert.equal(decrypt(one.ciphertexts[0]!), messages[0]);
    assert.ok(
      verifyShuffle(group, {
        publicKey,
        statement,
        input: [input[0]!],
        output: one.ciphertexts,
        proof: one.proof,
      }),
    );
  });

  const tamperings: [
    string,
    (altered: Shuffle, alteredInput: Ciphertext[]) => { statement?: string } | void,
  ][] = [
    [
      'an output ciphertext replaced by an encryption of another message',
      (altered) => void (altered.ciphertexts[2] = encrypt(7, 12345n)),
    ],
    [
      'an output re-encrypted once more (same message, not the proved ciphertext)',
      (altered) => {
        const { alpha, beta } = altered.ciphertexts[0]!;
        altered.ciphertexts[0] = {
          alpha: group.encode(group.add(group.decode(alpha), group.mulBase(5n))),
          beta: group.encode(group.add(group.decode(beta), group.mul(group.decode(publicKey), 5n))),
        };
      },
    ],
    [
      'two outputs swapped',
      (altered) =>
        void ([altered.ciphertexts[0], altered.ciphertexts[1]] = [
          altered.ciphertexts[1]!,
          altered.ciphertexts[0]!,
        ]),
    ],
    ['an output dropped', (altered) => void altered.ciphertexts.pop()],
    ['an input changed', (_altered, alteredInput) => void (alteredInput[4] = encrypt(5, 999n))],
    ['a response changed', (altered) => void (altered.proof.s.s4 = encodeScalar(42n))],
    ['a chained response changed', (altered) => void (altered.proof.s.hats[3] = encodeScalar(42n))],
    ['the permutation commitment reordered', (altered) => void altered.proof.permutation.reverse()],
    ['another statement (another poll or trustee)', () => ({ statement: 'poll-fingerprint|trustee-2' })],
    ['a proof missing its chain', (altered) => void (altered.proof.chain = [])],
  ];
  for (const [name, tamper] of tamperings) {
    it(`is refused when ${name}`, () => {
      const altered = structuredClone(shuffle);
      const alteredInput = structuredClone(input);
      const options = tamper(altered, alteredInput);
      assert.equal(
        verifyShuffle(group, {
          publicKey,
          statement: options?.statement ?? statement,
          input: alteredInput,
          output: altered.ciphertexts,
          proof: altered.proof,
        }),
        false,
      );
    });
  }

  it('refuses a shuffle under another key', () => {
    const otherKey = group.encode(group.mulBase(77n));
    assert.equal(
      verifyShuffle(group, {
        publicKey: otherKey,
        statement,
        input,
        output: shuffle.ciphertexts,
        proof: shuffle.proof,
      }),
      false,
    );
  });

  it('throws on an element that is not one', () => {
    const altered = structuredClone(shuffle);
    altered.proof.chain[0] = 'ff'.repeat(32);
    assert.throws(
      () =>
        verifyShuffle(group, {
          publicKey,
          statement,
          input,
          output: altered.ciphertexts,
          proof: altered.proof,
        }),
      /invalid point/,
    );
  });
});
