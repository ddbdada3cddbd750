import {
  decodeScalar,
  encodeScalar,
  hashToScalar,
  modOrder,
  type Group,
  type RandomScalar,
} from './group.ts';

/**
 * Non-interactive zero-knowledge proofs, as Belenios specifies them (Belenios specification, §
 * "Zero-knowledge proofs"): Schnorr proofs of knowledge, Chaum–Pedersen proofs of equal discrete
 * logarithms, and their disjunction (Cramer–Damgård–Schoenmakers) for "this ciphertext holds one of
 * these messages". A proof is a list of (challenge, response) pairs; the verifier recomputes the
 * commitments from them (A = gʳ·Xᶜ) and checks that the challenges add up to the hash of the
 * statement and the commitments. Each hash starts with a prefix naming the kind of proof and a
 * statement string S binding it to its context (the poll's fingerprint, the credential, the trustee).
 */

const smallMultiples = new WeakMap<object, Map<number, unknown>>();

/** gᵐ for the small messages of ballots (0, 1, up to a maximum): computed once per group. */
function baseMultiple<Point>(group: Group<Point>, message: number): Point {
  let multiples = smallMultiples.get(group);
  if (!multiples) {
    multiples = new Map();
    smallMultiples.set(group, multiples);
  }
  let point = multiples.get(message) as Point | undefined;
  if (point === undefined) {
    point = group.mulBase(BigInt(message));
    if (multiples.size < 1024) multiples.set(message, point);
  }
  return point;
}

export interface Proof {
  /** Challenge, a scalar (64 hex). */
  c: string;
  /** Response, a scalar (64 hex). */
  r: string;
}

export interface Ciphertext {
  alpha: string;
  beta: string;
}

interface DecodedCiphertext<Point> {
  alpha: Point;
  beta: Point;
}

/** Schnorr proof that the prover knows x with X = gˣ. */
export function proveKnowledge<Point>(
  group: Group<Point>,
  {
    prefix,
    statement,
    secret,
    random,
  }: { prefix: string; statement: string; secret: bigint; random: RandomScalar },
): Proof {
  const publicPoint = group.mulBase(secret);
  const w = random();
  const commitment = group.mulBase(w);
  const c = hashToScalar(prefix, [statement, group.encode(publicPoint), group.encode(commitment)]);
  return { c: encodeScalar(c), r: encodeScalar(w - secret * c) };
}

export function verifyKnowledge<Point>(
  group: Group<Point>,
  {
    prefix,
    statement,
    publicPoint,
    proof,
  }: { prefix: string; statement: string; publicPoint: Point; proof: Proof },
): boolean {
  const c = decodeScalar(proof.c);
  const r = decodeScalar(proof.r);
  const commitment = group.add(group.mulBase(r), group.mul(publicPoint, c));
  return hashToScalar(prefix, [statement, group.encode(publicPoint), group.encode(commitment)]) === c;
}

/**
 * Chaum–Pedersen proof that log_g(Y) = log_α(D) = x: a trustee's partial decryption D = αˣ is made
 * with the share whose verification key is Y = gˣ.
 */
export function proveDecryption<Point>(
  group: Group<Point>,
  {
    statement,
    secret,
    alpha,
    random,
  }: { statement: string; secret: bigint; alpha: Point; random: RandomScalar },
): { decryption: string; proof: Proof } {
  const key = group.mulBase(secret);
  const decryption = group.mul(alpha, secret);
  const w = random();
  const a = group.mulBase(w);
  const b = group.mul(alpha, w);
  const c = hashToScalar('decrypt', [
    statement,
    group.encode(key),
    group.encode(alpha),
    group.encode(decryption),
    group.encode(a),
    group.encode(b),
  ]);
  return {
    decryption: group.encode(decryption),
    proof: { c: encodeScalar(c), r: encodeScalar(w - secret * c) },
  };
}

export function verifyDecryption<Point>(
  group: Group<Point>,
  {
    statement,
    key,
    alpha,
    decryption,
    proof,
  }: { statement: string; key: Point; alpha: Point; decryption: Point; proof: Proof },
): boolean {
  const c = decodeScalar(proof.c);
  const r = decodeScalar(proof.r);
  const a = group.add(group.mulBase(r), group.mul(key, c));
  const b = group.add(group.mul(alpha, r), group.mul(decryption, c));
  return (
    hashToScalar('decrypt', [
      statement,
      group.encode(key),
      group.encode(alpha),
      group.encode(decryption),
      group.encode(a),
      group.encode(b),
    ]) === c
  );
}

/**
 * Disjunctive proof that the ciphertext (α, β) = (gʳ, yʳ·gᵐ) holds one of `messages`: every branch
 * but the true one is simulated with a chosen challenge and response; the true one's challenge is
 * what remains of the hash.
 */
export function proveMembership<Point>(
  group: Group<Point>,
  {
    statement,
    publicKey,
    ciphertext,
    randomness,
    messages,
    message,
    random,
  }: {
    statement: string;
    publicKey: Point;
    ciphertext: DecodedCiphertext<Point>;
    randomness: bigint;
    messages: readonly number[];
    message: number;
    random: RandomScalar;
  },
): Proof[] {
  const real = messages.indexOf(message);
  if (real < 0) throw new Error('message not among the messages proved');
  const challenges: bigint[] = [];
  const responses: bigint[] = [];
  const commitments: string[] = [];
  const w = random();
  messages.forEach((candidate, index) => {
    if (index === real) {
      challenges.push(0n);
      responses.push(0n);
      commitments.push(group.encode(group.mulBase(w)), group.encode(group.mul(publicKey, w)));
      return;
    }
    const c = random();
    const r = random();
    challenges.push(c);
    responses.push(r);
    const shifted = group.sub(ciphertext.beta, baseMultiple(group, candidate));
    commitments.push(
      group.encode(group.add(group.mulBase(r), group.mul(ciphertext.alpha, c))),
      group.encode(group.add(group.mul(publicKey, r), group.mul(shifted, c))),
    );
  });
  const total = hashToScalar('prove', [
    statement,
    group.encode(ciphertext.alpha),
    group.encode(ciphertext.beta),
    ...commitments,
  ]);
  const realChallenge = modOrder(total - challenges.reduce((sum, c) => sum + c, 0n));
  challenges[real] = realChallenge;
  responses[real] = modOrder(w - randomness * realChallenge);
  return challenges.map((c, index) => ({ c: encodeScalar(c), r: encodeScalar(responses[index]!) }));
}

export function verifyMembership<Point>(
  group: Group<Point>,
  {
    statement,
    publicKey,
    ciphertext,
    messages,
    proof,
  }: {
    statement: string;
    publicKey: Point;
    ciphertext: DecodedCiphertext<Point>;
    messages: readonly number[];
    proof: readonly Proof[];
  },
): boolean {
  if (!Array.isArray(proof) || proof.length !== messages.length) return false;
  let sum = 0n;
  const commitments: string[] = [];
  for (const [index, candidate] of messages.entries()) {
    const c = decodeScalar(proof[index]!.c);
    const r = decodeScalar(proof[index]!.r);
    sum += c;
    const shifted = group.sub(ciphertext.beta, baseMultiple(group, candidate));
    commitments.push(
      group.encode(group.add(group.mulBase(r), group.mul(ciphertext.alpha, c))),
      group.encode(group.add(group.mul(publicKey, r), group.mul(shifted, c))),
    );
  }
  const total = hashToScalar('prove', [
    statement,
    group.encode(ciphertext.alpha),
    group.encode(ciphertext.beta),
    ...commitments,
  ]);
  return modOrder(sum) === total;
}
