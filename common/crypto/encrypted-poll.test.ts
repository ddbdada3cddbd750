import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { ballotTracker, checkBallot, createBallot, credentialPublicKey, pollFingerprint } from './ballot.ts';
import {
  CeremonyError,
  createVerificationKey,
  keyFingerprint,
  readBackup,
  verifyCeremony,
  writeBackup,
} from './ceremony.ts';
import { decodeScalar, encodeScalar, nobleGroup as group, secureRandom, seededRandom } from './group.ts';
import { proveKnowledge, proveMembership, verifyKnowledge, verifyMembership } from './proofs.ts';
import { RecordError, recordFingerprint, verifyRecord, type PollRecord } from './record.ts';
import { simulateCeremony, simulatePoll } from './simulate.ts';
import { combineDecryptions, decryptPartially, lagrangeAtZero } from './tally.ts';

const resolution = { choices: ['for', 'against', 'abstain'], min: 1, max: 1 };

describe('ristretto255 (RFC 9496 test vectors)', () => {
  it('encodes the first multiples of the generator as the RFC lists them', () => {
    const multiples = [
      '0000000000000000000000000000000000000000000000000000000000000000',
      'e2f2ae0a6abc4e71a884a961c500515f58e30b6aa582dd8db6a65945e08d2d76',
      '6a493210f7499cd17fecb510ae0cea23a110e8d5b901f8acadd3095c73a3b919',
      '94741f5d5d52755ece4f23f044ee27d5d1ea1e2bd196b462166b16152a9d0259',
      'da80862773358b466ffadfe0b3293ab3d9fd53c5ea6c955358f568322daf6a57',
    ];
    multiples.forEach((encoding, multiple) => {
      assert.equal(group.encode(group.mulBase(BigInt(multiple))), encoding);
      assert.equal(group.encode(group.decode(encoding)), encoding);
    });
  });

  it('refuses non-canonical and non-group encodings', () => {
    for (const bad of [
      '00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff',
      '0100000000000000000000000000000000000000000000000000000000000000',
      'ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
      'E2F2AE0A6ABC4E71A884A961C500515F58E30B6AA582DD8DB6A65945E08D2D76',
      'e2f2',
    ]) {
      assert.throws(() => group.decode(bad), /invalid point/, bad);
    }
    assert.throws(() => decodeScalar('ff'.repeat(32)), /invalid scalar/);
  });
});

describe('proofs (known answers)', () => {
  it('a Schnorr proof from a fixed seed is the one pinned here, and verifies', () => {
    const random = seededRandom('kat-schnorr');
    const secret = random();
    const proof = proveKnowledge(group, { prefix: 'cert', statement: 'kat|1', secret, random });
    assert.deepEqual(proof, {
      c: 'c7a19a04f7d21148c16e434bf9d003b22650b80b2759962c7178539e8f87c701',
      r: 'e1715c9482ca95baa1f6ad9c82d42c22df3dd259c6b7867d435d6bd66d274a02',
    });
    const publicPoint = group.mulBase(secret);
    assert.ok(verifyKnowledge(group, { prefix: 'cert', statement: 'kat|1', publicPoint, proof }));
    assert.ok(!verifyKnowledge(group, { prefix: 'cert', statement: 'kat|2', publicPoint, proof }));
    assert.ok(
      !verifyKnowledge(group, {
        prefix: 'cert',
        statement: 'kat|1',
        publicPoint: group.mulBase(secret + 1n),
        proof,
      }),
    );
    // The verification equation, by hand: gʳ·Xᶜ is gʷ, w being the seed's second draw.
    const again = seededRandom('kat-schnorr');
    again();
    const w = again();
    const commitment = group.add(
      group.mulBase(decodeScalar(proof.r)),
      group.mul(publicPoint, decodeScalar(proof.c)),
    );
    assert.ok(group.equals(commitment, group.mulBase(w)));
    // And the challenge, recomputed with Node's own SHA-512: the hash of the statement, reduced mod ℓ.
    const order = 2n ** 252n + 27742317777372353535851937790883648493n;
    const digest = createHash('sha512')
      .update(`cert|kat|1|${group.encode(publicPoint)}|${group.encode(group.mulBase(w))}`)
      .digest();
    const challenge = BigInt(`0x${Buffer.from(digest).reverse().toString('hex')}`) % order;
    assert.equal(decodeScalar(proof.c), challenge);
    assert.equal(decodeScalar(proof.r), (((w - secret * challenge) % order) + order) % order);
  });

  it('a 0-or-1 proof holds for 0 and 1, and no proof of it holds for an encrypted 2', () => {
    const random = seededRandom('kat-membership');
    const secretKey = random();
    const publicKey = group.mulBase(secretKey);
    for (const message of [0, 1]) {
      const randomness = random();
      const ciphertext = {
        alpha: group.mulBase(randomness),
        beta: group.add(group.mul(publicKey, randomness), group.mulBase(BigInt(message))),
      };
      const proof = proveMembership(group, {
        statement: 's',
        publicKey,
        ciphertext,
        randomness,
        messages: [0, 1],
        message,
        random,
      });
      assert.ok(verifyMembership(group, { statement: 's', publicKey, ciphertext, messages: [0, 1], proof }));
      assert.ok(!verifyMembership(group, { statement: 't', publicKey, ciphertext, messages: [0, 1], proof }));
      // The same proof on the ciphertext of 2: the cheating voter's ballot.
      const two = {
        alpha: ciphertext.alpha,
        beta: group.add(ciphertext.beta, group.mulBase(BigInt(2 - message))),
      };
      assert.ok(
        !verifyMembership(group, { statement: 's', publicKey, ciphertext: two, messages: [0, 1], proof }),
      );
    }
  });
});

describe('key ceremony (Pedersen, threshold)', () => {
  const ceremony = simulateCeremony(group, {
    ceremonyId: 'c1',
    names: ['Assesseur A', 'Assesseur B', 'Quorum'],
    threshold: 2,
    random: seededRandom('ceremony'),
  });

  it('gives a public key no trustee holds alone, and checks from its record', () => {
    verifyCeremony(group, ceremony.record);
    assert.match(keyFingerprint(ceremony.record.publicKey), /^[\w-]{12}$/);
    // Any two shares interpolate the same secret, whose public part is the election key.
    for (const pair of [
      [1, 2],
      [1, 3],
      [2, 3],
    ] as const) {
      const coefficients = lagrangeAtZero(pair);
      const secret = pair.reduce(
        (sum, index) => sum + ceremony.secrets[index - 1]! * coefficients.get(index)!,
        0n,
      );
      assert.equal(group.encode(group.mulBase(secret)), ceremony.record.publicKey);
    }
    // One share alone is not the key.
    for (const share of ceremony.secrets)
      assert.notEqual(group.encode(group.mulBase(share)), ceremony.record.publicKey);
  });

  it('refuses an altered record, naming the trustee', () => {
    const altered = structuredClone(ceremony.record);
    altered.trustees[1]!.verificationKey.verificationKey = group.encode(group.mulBase(5n));
    assert.throws(
      () => verifyCeremony(group, altered),
      (error: unknown) => error instanceof CeremonyError && error.trustee === 2,
    );
    const otherKey = structuredClone(ceremony.record);
    otherKey.publicKey = group.encode(group.mulBase(7n));
    assert.throws(() => verifyCeremony(group, otherKey), /invalid_public_key/);
    const fewer = structuredClone(ceremony.record);
    fewer.trustees[0]!.commitment.coefficients.pop();
    assert.throws(() => verifyCeremony(group, fewer), /wrong_degree/);
  });

  it('a trustee finds a share that does not match its sender’s commitments', () => {
    const random = seededRandom('bad-share');
    const commitments = ceremony.record.trustees.map((trustee) => structuredClone(trustee.commitment));
    const share = commitments[0]!.shares.find((item) => item.to === 2)!;
    share.value = encodeScalar(decodeScalar(share.value) + 1n);
    assert.throws(
      () =>
        createVerificationKey(group, {
          ceremonyId: 'c1',
          index: 2,
          threshold: 2,
          encryptionSecret: 1n,
          commitments,
          random,
        }),
      (error: unknown) => error instanceof CeremonyError && error.trustee === 1,
    );
  });

  it('prints a backup that reads back, and refuses one that is not', () => {
    const text = writeBackup({ ceremonyId: 'c1', index: 2, kind: 'share', secret: ceremony.secrets[1]! });
    assert.deepEqual(readBackup(`  ${text}\n`), {
      ceremonyId: 'c1',
      index: 2,
      kind: 'share',
      secret: ceremony.secrets[1]!,
    });
    assert.throws(() => readBackup(text.replace('share', 'key')), /invalid_backup/);
  });
});

describe('an encrypted poll, from the ballots to its verified record', () => {
  const record = simulatePoll(group, {
    pollId: 'poll-1',
    question: resolution,
    trustees: ['Assesseur A', 'Assesseur B', 'Quorum'],
    threshold: 2,
    voters: [
      { marked: ['for'], weight: 1 },
      { marked: ['against'], weight: 1 },
      { marked: ['for'], weight: 3 },
      { weight: 1 },
    ],
    random: seededRandom('poll'),
  });

  it('counts the weighted choices, and the record verifies', () => {
    assert.deepEqual(record.result, [
      { choice: 'for', count: 4 },
      { choice: 'against', count: 1 },
      { choice: 'abstain', count: 0 },
    ]);
    assert.deepEqual(verifyRecord(group, record), { ballotCount: 3, totalWeight: 5, result: record.result });
    // Its fingerprint ignores key order and changes with any change.
    const reordered = JSON.parse(
      JSON.stringify({ ...record, format: undefined, tally: record.tally }),
    ) as PollRecord;
    reordered.format = record.format;
    assert.equal(recordFingerprint(reordered), recordFingerprint(record));
    assert.notEqual(recordFingerprint({ ...record, result: [] }), recordFingerprint(record));
    // The record names nobody: only credentials, ciphertexts and proofs.
    assert.doesNotMatch(JSON.stringify(record), /Assesseur A.*Assesseur A/s);
  });

  it('any two trustees of three decrypt the same result', () => {
    const random = seededRandom('other-pair');
    const ceremony = simulateCeremony(group, {
      ceremonyId: 'c2',
      names: ['A', 'B', 'C'],
      threshold: 2,
      random,
    });
    const tally = record.tally;
    // The tally of this record was made for another key; decrypting it with these shares gives no count.
    const partials = [2, 3].map((index) =>
      decryptPartially(group, {
        fingerprint: record.fingerprint,
        index,
        secret: ceremony.secrets[index - 1]!,
        tally,
        random,
      }),
    );
    assert.throws(
      () => combineDecryptions(group, { tally, partials, threshold: 2, maxCount: 5 }),
      /out of range/,
    );
  });

  const alterations: [string, RegExp, (altered: PollRecord) => void][] = [
    [
      'a ballot’s ciphertext changed',
      /invalid_ballot/,
      (altered) => {
        const ciphertext = altered.ballots[0]!.ballot.ciphertexts[0]!;
        ciphertext.beta = group.encode(group.add(group.decode(ciphertext.beta), group.mulBase(1n)));
      },
    ],
    ['a ballot removed', /tally_mismatch/, (altered) => void altered.ballots.pop()],
    [
      'a ballot added twice',
      /duplicate_credential/,
      (altered) => void altered.ballots.push(structuredClone(altered.ballots[0]!)),
    ],
    [
      'a ballot added for a credential not on the roll',
      /unknown_credential/,
      (altered) => {
        altered.ballots.push({
          ...structuredClone(altered.ballots[0]!),
          ballot: {
            ...structuredClone(altered.ballots[0]!.ballot),
            credential: group.encode(group.mulBase(99n)),
          },
        });
      },
    ],
    [
      'a valid ballot added for a voter who did not vote',
      /tally_mismatch/,
      (altered) => {
        const random = seededRandom('stuffing');
        const credentialSecret = random();
        altered.roll.push({ credential: credentialPublicKey(group, credentialSecret), weight: 1 });
        const ballot = createBallot(group, {
          parameters: altered.parameters,
          credentialSecret,
          marked: ['for'],
          random,
        });
        altered.ballots.push({ tracker: ballotTracker(ballot), ballot });
      },
    ],
    [
      'a tracker changed',
      /tracker_mismatch/,
      (altered) => {
        altered.ballots[1]!.tracker = altered.ballots[0]!.tracker;
      },
    ],
    [
      'a weight changed',
      /tally_mismatch/,
      (altered) => {
        altered.roll[0]!.weight = 2;
      },
    ],
    [
      'a wrong partial decryption',
      /invalid_partial_decryption/,
      (altered) => {
        const factor = altered.partialDecryptions[0]!.factors[0]!;
        factor.decryption = group.encode(group.add(group.decode(factor.decryption), group.mulBase(1n)));
      },
    ],
    [
      'a partial decryption removed',
      /not_enough_decryptions/,
      (altered) => void altered.partialDecryptions.pop(),
    ],
    [
      'the result changed',
      /result_mismatch/,
      (altered) => {
        altered.result[0]!.count = 3;
        altered.result[1]!.count = 2;
      },
    ],
    [
      'the question changed',
      /fingerprint_mismatch/,
      (altered) => {
        altered.parameters.question.choices.reverse();
      },
    ],
    [
      'the key replaced',
      /public_key_mismatch|invalid_ceremony/,
      (altered) => {
        altered.parameters.publicKey = group.encode(group.mulBase(3n));
      },
    ],
  ];
  for (const [name, problem, alter] of alterations) {
    it(`rejects the record with ${name}`, () => {
      const altered = structuredClone(record);
      alter(altered);
      assert.throws(
        () => verifyRecord(group, altered),
        (error: unknown) => error instanceof RecordError && problem.test(error.message),
      );
    });
  }

  it('refuses a ballot that marks two choices of a resolution, forged from two valid ones', () => {
    const random = seededRandom('forge');
    const parameters = record.parameters;
    const fingerprint = pollFingerprint(parameters);
    assert.throws(
      () => createBallot(group, { parameters, credentialSecret: 1n, marked: ['for', 'against'], random }),
      /wrong number/,
    );
    const forBallot = createBallot(group, { parameters, credentialSecret: 5n, marked: ['for'], random });
    const againstBallot = createBallot(group, {
      parameters,
      credentialSecret: 5n,
      marked: ['against'],
      random,
    });
    const forged = {
      ...forBallot,
      ciphertexts: [forBallot.ciphertexts[0]!, againstBallot.ciphertexts[1]!, forBallot.ciphertexts[2]!],
      proofs: [forBallot.proofs[0]!, againstBallot.proofs[1]!, forBallot.proofs[2]!],
    };
    assert.equal(checkBallot(group, { parameters, fingerprint, ballot: forBallot }), null);
    assert.equal(checkBallot(group, { parameters, fingerprint, ballot: forged }), 'invalid_proof');
    assert.equal(
      checkBallot(group, {
        parameters,
        fingerprint,
        ballot: { ...forBallot, credential: credentialPublicKey(group, 6n) },
      }),
      'invalid_proof',
    );
    assert.equal(
      checkBallot(group, { parameters, fingerprint, ballot: { ...forBallot, extra: 1 } }),
      'malformed',
    );
    assert.equal(
      checkBallot(group, { parameters, fingerprint, ballot: { ...forBallot, credential: 'ff'.repeat(32) } }),
      'invalid_point',
    );
    const otherPoll = { ...parameters, pollId: 'poll-2' };
    assert.equal(
      checkBallot(group, {
        parameters: otherPoll,
        fingerprint: pollFingerprint(otherPoll),
        ballot: forBallot,
      }),
      'invalid_proof',
    );
  });

  it('an election ballot marks up to its maximum, and a blank one is valid', () => {
    const election = { choices: ['a', 'b', 'c', 'd'], min: 0, max: 2 };
    const electionRecord = simulatePoll(group, {
      pollId: 'election-1',
      question: election,
      trustees: ['A', 'B'],
      threshold: 2,
      voters: [
        { marked: ['a', 'c'], weight: 1 },
        { marked: [], weight: 2 },
        { marked: ['c'], weight: 1 },
      ],
      random: seededRandom('election'),
    });
    assert.deepEqual(
      electionRecord.result.map((item) => item.count),
      [1, 0, 2, 0],
    );
    verifyRecord(group, electionRecord);
  });

  it('a ballot drawn from the platform’s generator verifies, and two are never the same', () => {
    const random = secureRandom();
    const parameters = record.parameters;
    const fingerprint = pollFingerprint(parameters);
    const credentialSecret = random();
    const first = createBallot(group, { parameters, credentialSecret, marked: ['abstain'], random });
    const second = createBallot(group, { parameters, credentialSecret, marked: ['abstain'], random });
    assert.equal(checkBallot(group, { parameters, fingerprint, ballot: first }), null);
    assert.notEqual(ballotTracker(first), ballotTracker(second));
  });
});
