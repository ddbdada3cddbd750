import { groupOrder, modOrder, type Group, type RandomScalar } from './group.ts';
import { proveDecryption, verifyDecryption, type Ciphertext, type Proof } from './proofs.ts';

/**
 * The homomorphic tally (Helios, Belenios): the ciphertexts of each choice are multiplied together
 * — a member's weight w raises their ciphertext to the power w — so that the product encrypts the
 * weighted count without any ballot being decrypted. Trustees decrypt only that product, each with
 * a proof, and any `threshold` of them suffice (Lagrange interpolation at zero).
 */

export interface WeightedBallot {
  ciphertexts: readonly Ciphertext[];
  weight: number;
}

export interface DecryptionFactor {
  decryption: string;
  proof: Proof;
}

export interface PartialDecryption {
  index: number;
  factors: DecryptionFactor[];
}

export function aggregateBallots<Point>(
  group: Group<Point>,
  { choiceCount, ballots }: { choiceCount: number; ballots: Iterable<WeightedBallot> },
): Ciphertext[] {
  const alphas = Array.from({ length: choiceCount }, () => group.identity());
  const betas = Array.from({ length: choiceCount }, () => group.identity());
  for (const { ciphertexts, weight } of ballots) {
    ciphertexts.forEach((ciphertext, index) => {
      const alpha = group.decode(ciphertext.alpha);
      const beta = group.decode(ciphertext.beta);
      const factor = BigInt(weight);
      alphas[index] = group.add(alphas[index]!, weight === 1 ? alpha : group.mul(alpha, factor));
      betas[index] = group.add(betas[index]!, weight === 1 ? beta : group.mul(beta, factor));
    });
  }
  return alphas.map((alpha, index) => ({ alpha: group.encode(alpha), beta: group.encode(betas[index]!) }));
}

function decryptionStatement(fingerprint: string, index: number): string {
  return `${fingerprint}|${index}`;
}

/** A trustee's share of the decryption of the tally, with a proof per choice. */
export function decryptPartially<Point>(
  group: Group<Point>,
  {
    fingerprint,
    index,
    secret,
    tally,
    random,
  }: {
    fingerprint: string;
    index: number;
    secret: bigint;
    tally: readonly Ciphertext[];
    random: RandomScalar;
  },
): PartialDecryption {
  return {
    index,
    factors: tally.map((ciphertext) =>
      proveDecryption(group, {
        statement: decryptionStatement(fingerprint, index),
        secret,
        alpha: group.decode(ciphertext.alpha),
        random,
      }),
    ),
  };
}

export function verifyPartialDecryption<Point>(
  group: Group<Point>,
  {
    fingerprint,
    verificationKey,
    tally,
    partial,
  }: {
    fingerprint: string;
    verificationKey: string;
    tally: readonly Ciphertext[];
    partial: PartialDecryption;
  },
): boolean {
  if (!Array.isArray(partial.factors) || partial.factors.length !== tally.length) return false;
  const key = group.decode(verificationKey);
  return tally.every((ciphertext, choice) => {
    const factor = partial.factors[choice]!;
    return verifyDecryption(group, {
      statement: decryptionStatement(fingerprint, partial.index),
      key,
      alpha: group.decode(ciphertext.alpha),
      decryption: group.decode(factor.decryption),
      proof: factor.proof,
    });
  });
}

function inverse(value: bigint): bigint {
  // Fermat: ℓ is prime.
  let result = 1n;
  let base = modOrder(value);
  let exponent = groupOrder - 2n;
  while (exponent > 0n) {
    if (exponent & 1n) result = modOrder(result * base);
    base = modOrder(base * base);
    exponent >>= 1n;
  }
  return result;
}

/** Lagrange coefficients at zero for the trustees `indexes`. */
export function lagrangeAtZero(indexes: readonly number[]): Map<number, bigint> {
  return new Map(
    indexes.map((index) => {
      let numerator = 1n;
      let denominator = 1n;
      for (const other of indexes) {
        if (other === index) continue;
        numerator = modOrder(numerator * BigInt(other));
        denominator = modOrder(denominator * BigInt(other - index));
      }
      return [index, modOrder(numerator * inverse(denominator))];
    }),
  );
}

/**
 * The counts, from the tally and the partial decryptions of `threshold` trustees (already
 * verified): gᶜᵒᵘⁿᵗ = β / Π Dⱼ^λⱼ, and the count is found among 0…maxCount (the total weight).
 * Throws when a count is not in that range (the decryptions do not fit the tally).
 */
export function combineDecryptions<Point>(
  group: Group<Point>,
  {
    tally,
    partials,
    threshold,
    maxCount,
  }: {
    tally: readonly Ciphertext[];
    partials: readonly PartialDecryption[];
    threshold: number;
    maxCount: number;
  },
): number[] {
  const chosen = partials.slice(0, threshold);
  if (chosen.length < threshold) throw new Error('not enough partial decryptions');
  const coefficients = lagrangeAtZero(chosen.map((partial) => partial.index));
  const findCount = discreteLog(group, maxCount);
  return tally.map((ciphertext, choice) => {
    const mask = chosen.reduce(
      (sum, partial) =>
        group.add(
          sum,
          group.mul(group.decode(partial.factors[choice]!.decryption), coefficients.get(partial.index)!),
        ),
      group.identity(),
    );
    const count = findCount(group.sub(group.decode(ciphertext.beta), mask));
    if (count === undefined) throw new Error('count out of range');
    return count;
  });
}

/**
 * The count m of g^m, for m from 0 to maxCount: baby-step giant-step (Shanks), about 2·√maxCount
 * additions instead of maxCount. Answers undefined when no count in range gives that point.
 */
function discreteLog<Point>(group: Group<Point>, maxCount: number): (point: Point) => number | undefined {
  const step = Math.max(1, Math.ceil(Math.sqrt(maxCount + 1)));
  const babySteps = new Map<string, number>();
  const generator = group.mulBase(1n);
  let power = group.identity();
  for (let small = 0; small < step; small += 1) {
    babySteps.set(group.encode(power), small);
    power = group.add(power, generator);
  }
  const giantStep = group.mulBase(BigInt(step));
  return (point) => {
    let rest = point;
    for (let large = 0; large * step <= maxCount; large += 1) {
      const small = babySteps.get(group.encode(rest));
      if (small !== undefined) {
        const count = large * step + small;
        return count <= maxCount ? count : undefined;
      }
      rest = group.sub(rest, giantStep);
    }
    return undefined;
  };
}

/** The sum of several products of ballots (slices aggregated apart): one product of them all. */
export function addProducts<Point>(group: Group<Point>, products: readonly Ciphertext[][]): Ciphertext[] {
  const [first, ...others] = products;
  if (!first) throw new Error('no product to add');
  return first.map((ciphertext, index) => {
    let alpha = group.decode(ciphertext.alpha);
    let beta = group.decode(ciphertext.beta);
    for (const other of others) {
      alpha = group.add(alpha, group.decode(other[index]!.alpha));
      beta = group.add(beta, group.decode(other[index]!.beta));
    }
    return { alpha: group.encode(alpha), beta: group.encode(beta) };
  });
}
