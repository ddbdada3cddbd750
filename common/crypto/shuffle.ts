import { sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import {
  decodeScalar,
  encodeScalar,
  groupOrder,
  hashToScalar,
  modOrder,
  type Group,
  type RandomScalar,
} from './group.ts';
import type { Ciphertext } from './proofs.ts';

/**
 * A verifiable re-encryption mix-net, for the questions whose ballots must each be opened (ranked
 * methods): each trustee in turn re-encrypts the list of ciphertexts, permutes it secretly and
 * publishes a proof that the output holds the same plaintexts as the input; once every trustee has
 * shuffled, no one can link an opened ballot to the one a voter cast. Written from the Belenios
 * specification (§ "Shuffles" and its appendix "Shuffle algorithms"), which takes GenShuffle,
 * GenShuffleProof and CheckShuffleProof from the CHVote System Specification 1.3.2 (the proof of
 * Wikström and Terelius), with this group's ciphertexts (α = gʳ, β = yʳ·gᵐ) as Belenios has them.
 *
 * Quorum's choices where Belenios leaves the group to the implementation:
 * - the independent generators h (GetSecondaryGenerator) and h₀…h_{N−1} (GetGenerators) are the
 *   elements RFC 9496 derives from SHA-512("quorum-shuffle-generator|i"), i = −1 for h: nobody
 *   knows a logarithm of one to another;
 * - the challenges u₁…u_N (GetNIZKPChallenges) are hashToScalar("shuffle-challenges", [seed, i])
 *   where seed is the SHA-512 of the statement and ⟦e⟧⟦e′⟧⟦c⟧, so that N challenges cost one pass
 *   over the input; the final challenge (GetNIZKPChallenge) is hashToScalar("shuffle-challenge",
 *   [statement, ⟦t⟧, ⟦t̂⟧, ⟦e⟧⟦e′⟧⟦c⟧, ⟦ĉ⟧, pk]);
 * - ⟦·⟧ serialises as Belenios does: every element followed by a comma.
 */

export interface ShuffleProof {
  /** The prover's commitments t₁, t₂, t₃, (t₄,₁, t₄,₂) and t̂₁…t̂_N. */
  t: { t1: string; t2: string; t3: string; t41: string; t42: string; hats: string[] };
  /** The responses s₁…s₄, ŝ₁…ŝ_N and s′₁…s′_N. */
  s: { s1: string; s2: string; s3: string; s4: string; hats: string[]; primes: string[] };
  /** The commitment to the permutation, c₁…c_N. */
  permutation: string[];
  /** The chained commitments to the challenges, ĉ₁…ĉ_N. */
  chain: string[];
}

export interface Shuffle {
  ciphertexts: Ciphertext[];
  proof: ShuffleProof;
}

const generatorCache = new WeakMap<object, Map<number, unknown>>();

/** The i-th independent generator (−1: the secondary generator h). */
function generator<Point>(group: Group<Point>, index: number): Point {
  let cache = generatorCache.get(group);
  if (!cache) {
    cache = new Map();
    generatorCache.set(group, cache);
  }
  let point = cache.get(index) as Point | undefined;
  if (point === undefined) {
    point = group.derive(sha512(utf8ToBytes(`quorum-shuffle-generator|${index}`)));
    cache.set(index, point);
  }
  return point;
}

function serialise(items: readonly string[]): string {
  return items.map((item) => `${item},`).join('');
}

function serialiseCiphertexts(ciphertexts: readonly Ciphertext[]): string {
  return ciphertexts.map(({ alpha, beta }) => `${alpha},${beta},`).join('');
}

function challenges(statement: string, committed: string, count: number): bigint[] {
  const seed = bytesToHex(sha512(utf8ToBytes(`shuffle-challenges|${statement}|${committed}`)));
  return Array.from({ length: count }, (_, index) =>
    hashToScalar('shuffle-challenges', [seed, String(index)]),
  );
}

/** GenPermutation: Fisher–Yates from the random source (ψ[i] = the input index that goes to i). */
function permutation(count: number, random: RandomScalar): number[] {
  const indices = Array.from({ length: count }, (_, index) => index);
  const drawn: number[] = [];
  for (let position = 0; position < count; position += 1) {
    // A scalar modulo the remaining count: the bias is below 2⁻²⁴⁰ for any list a poll can have.
    const pick = position + Number(random() % BigInt(count - position));
    drawn.push(indices[pick]!);
    indices[pick] = indices[position]!;
  }
  return drawn;
}

function negate(scalar: bigint): bigint {
  return modOrder(groupOrder - modOrder(scalar));
}

/**
 * GenShuffle and GenShuffleProof: re-encrypts `ciphertexts` under `publicKey`, permutes them and
 * proves it. `statement` binds the proof to its context (the poll's fingerprint, the trustee).
 */
export function shuffleCiphertexts<Point>(
  group: Group<Point>,
  {
    publicKey: publicKeyText,
    statement,
    ciphertexts,
    random,
  }: { publicKey: string; statement: string; ciphertexts: readonly Ciphertext[]; random: RandomScalar },
): Shuffle {
  const count = ciphertexts.length;
  if (count === 0) throw new Error('nothing to shuffle');
  const publicKey = group.decode(publicKeyText);
  const psi = permutation(count, random);
  const reRandomisers = ciphertexts.map(() => random());
  const reEncrypted = ciphertexts.map((ciphertext, index) => ({
    alpha: group.add(group.decode(ciphertext.alpha), group.mulBase(reRandomisers[index]!)),
    beta: group.add(group.decode(ciphertext.beta), group.mul(publicKey, reRandomisers[index]!)),
  }));
  const shuffled = psi.map((from) => reEncrypted[from]!);
  const output = shuffled.map(({ alpha, beta }) => ({
    alpha: group.encode(alpha),
    beta: group.encode(beta),
  }));

  // GenPermutationCommitment: c_{ψ(i)} = g^{r_{ψ(i)}}·h_i.
  const h = Array.from({ length: count }, (_, index) => generator(group, index));
  const commitmentRandomness: bigint[] = new Array<bigint>(count);
  const commitments: Point[] = new Array<Point>(count);
  psi.forEach((from, position) => {
    commitmentRandomness[from] = random();
    commitments[from] = group.add(group.mulBase(commitmentRandomness[from]), h[position]!);
  });
  const commitmentTexts = commitments.map((point) => group.encode(point));
  const committed =
    serialiseCiphertexts(ciphertexts) + serialiseCiphertexts(output) + serialise(commitmentTexts);
  const u = challenges(statement, committed, count);
  const uPrime = psi.map((from) => u[from]!);

  // GenCommitmentChain(h, u′): ĉ_i = g^{r̂_i}·ĉ_{i−1}^{u′_i}.
  const chainRandomness = uPrime.map(() => random());
  const chain: Point[] = [];
  let previous = generator(group, -1);
  const chainPrevious: Point[] = [];
  uPrime.forEach((challenge, position) => {
    chainPrevious.push(previous);
    previous = group.add(group.mulBase(chainRandomness[position]!), group.mul(previous, challenge));
    chain.push(previous);
  });
  const chainTexts = chain.map((point) => group.encode(point));

  const omega = [random(), random(), random(), random()] as const;
  const omegaHat = uPrime.map(() => random());
  const omegaPrime = uPrime.map(() => random());
  const t1 = group.mulBase(omega[0]);
  const t2 = group.mulBase(omega[1]);
  let t3 = group.mulBase(omega[2]);
  let t41 = group.mul(publicKey, negate(omega[3]));
  let t42 = group.mulBase(negate(omega[3]));
  shuffled.forEach((ciphertext, position) => {
    t3 = group.add(t3, group.mul(h[position]!, omegaPrime[position]!));
    t41 = group.add(t41, group.mul(ciphertext.beta, omegaPrime[position]!));
    t42 = group.add(t42, group.mul(ciphertext.alpha, omegaPrime[position]!));
  });
  const hats = chainPrevious.map((point, position) =>
    group.encode(group.add(group.mulBase(omegaHat[position]!), group.mul(point, omegaPrime[position]!))),
  );
  const t = {
    t1: group.encode(t1),
    t2: group.encode(t2),
    t3: group.encode(t3),
    t41: group.encode(t41),
    t42: group.encode(t42),
    hats,
  };
  const c = finalChallenge({ statement, t, committed, chain: chainTexts, publicKey: publicKeyText });

  const v: bigint[] = new Array<bigint>(count);
  v[count - 1] = 1n;
  for (let position = count - 2; position >= 0; position -= 1)
    v[position] = modOrder(uPrime[position + 1]! * v[position + 1]!);
  const sum = (values: readonly bigint[]) => modOrder(values.reduce((total, value) => total + value, 0n));
  const rBar = sum(commitmentRandomness);
  const rHat = sum(chainRandomness.map((value, position) => value * v[position]!));
  const rTilde = sum(commitmentRandomness.map((value, index) => value * u[index]!));
  const rPrime = sum(reRandomisers.map((value, index) => value * u[index]!));
  const s = {
    s1: encodeScalar(omega[0] + c * rBar),
    s2: encodeScalar(omega[1] + c * rHat),
    s3: encodeScalar(omega[2] + c * rTilde),
    s4: encodeScalar(omega[3] + c * rPrime),
    hats: omegaHat.map((value, position) => encodeScalar(value + c * chainRandomness[position]!)),
    primes: omegaPrime.map((value, position) => encodeScalar(value + c * uPrime[position]!)),
  };
  return { ciphertexts: output, proof: { t, s, permutation: commitmentTexts, chain: chainTexts } };
}

function finalChallenge({
  statement,
  t,
  committed,
  chain,
  publicKey,
}: {
  statement: string;
  t: ShuffleProof['t'];
  committed: string;
  chain: readonly string[];
  publicKey: string;
}): bigint {
  return hashToScalar('shuffle-challenge', [
    statement,
    serialise([t.t1, t.t2, t.t3, t.t41, t.t42]),
    serialise(t.hats),
    committed,
    serialise(chain),
    publicKey,
  ]);
}

function hasShape(proof: unknown, count: number): proof is ShuffleProof {
  if (proof === null || typeof proof !== 'object') return false;
  const { t, s, permutation: commitments, chain } = proof as ShuffleProof;
  const isList = (value: unknown) =>
    Array.isArray(value) && value.length === count && value.every((item) => typeof item === 'string');
  return (
    t !== null &&
    typeof t === 'object' &&
    s !== null &&
    typeof s === 'object' &&
    [t.t1, t.t2, t.t3, t.t41, t.t42, s.s1, s.s2, s.s3, s.s4].every((item) => typeof item === 'string') &&
    [t.hats, s.hats, s.primes, commitments, chain].every(isList)
  );
}

/**
 * CheckShuffleProof: that `output` is a re-encryption of a permutation of `input` under
 * `publicKey`. Throws InvalidEncodingError on an element that is not one; false on a wrong proof.
 */
export function verifyShuffle<Point>(
  group: Group<Point>,
  {
    publicKey: publicKeyText,
    statement,
    input,
    output,
    proof,
  }: {
    publicKey: string;
    statement: string;
    input: readonly Ciphertext[];
    output: readonly Ciphertext[];
    proof: unknown;
  },
): boolean {
  const count = input.length;
  if (count === 0 || output.length !== count || !hasShape(proof, count)) return false;
  const publicKey = group.decode(publicKeyText);
  const { t, s } = proof;
  const committed = serialiseCiphertexts(input) + serialiseCiphertexts(output) + serialise(proof.permutation);
  const u = challenges(statement, committed, count);
  const c = finalChallenge({ statement, t, committed, chain: proof.chain, publicKey: publicKeyText });
  const minusC = negate(c);
  const h = Array.from({ length: count }, (_, index) => generator(group, index));
  const commitments = proof.permutation.map((text) => group.decode(text));
  const chain = proof.chain.map((text) => group.decode(text));
  const [s1, s2, s3, s4] = [s.s1, s.s2, s.s3, s.s4].map(decodeScalar) as [bigint, bigint, bigint, bigint];
  const sHat = s.hats.map(decodeScalar);
  const sPrime = s.primes.map(decodeScalar);

  let cBar = group.identity();
  let cTilde = group.identity();
  let alphaProduct = group.identity();
  let betaProduct = group.identity();
  commitments.forEach((commitment, index) => {
    cBar = group.add(cBar, group.sub(commitment, h[index]!));
    cTilde = group.add(cTilde, group.mul(commitment, u[index]!));
    alphaProduct = group.add(alphaProduct, group.mul(group.decode(input[index]!.alpha), u[index]!));
    betaProduct = group.add(betaProduct, group.mul(group.decode(input[index]!.beta), u[index]!));
  });
  const uProduct = u.reduce((product, value) => modOrder(product * value), 1n);
  const cHat = group.sub(chain[count - 1]!, group.mul(generator(group, -1), uProduct));

  const t1 = group.add(group.mul(cBar, minusC), group.mulBase(s1));
  const t2 = group.add(group.mul(cHat, minusC), group.mulBase(s2));
  let t3 = group.add(group.mul(cTilde, minusC), group.mulBase(s3));
  let t41 = group.add(group.mul(betaProduct, minusC), group.mul(publicKey, negate(s4)));
  let t42 = group.add(group.mul(alphaProduct, minusC), group.mulBase(negate(s4)));
  output.forEach((ciphertext, position) => {
    t3 = group.add(t3, group.mul(h[position]!, sPrime[position]!));
    t41 = group.add(t41, group.mul(group.decode(ciphertext.beta), sPrime[position]!));
    t42 = group.add(t42, group.mul(group.decode(ciphertext.alpha), sPrime[position]!));
  });
  const isChainValid = chain.every((link, position) => {
    const before = position === 0 ? generator(group, -1) : chain[position - 1]!;
    const expected = group.add(
      group.add(group.mul(link, minusC), group.mulBase(sHat[position]!)),
      group.mul(before, sPrime[position]!),
    );
    return group.encode(expected) === t.hats[position];
  });
  return (
    isChainValid &&
    group.encode(t1) === t.t1 &&
    group.encode(t2) === t.t2 &&
    group.encode(t3) === t.t3 &&
    group.encode(t41) === t.t41 &&
    group.encode(t42) === t.t42
  );
}
