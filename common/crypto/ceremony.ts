import {
  decodeScalar,
  encodeScalar,
  fingerprint,
  hashToScalar,
  modOrder,
  type Group,
  type RandomScalar,
} from './group.ts';
import { proveKnowledge, verifyKnowledge, type Proof } from './proofs.ts';

/**
 * The key ceremony of the trustees (the assembly's scrutineers, and the server for one share):
 * Pedersen's distributed key generation (Pedersen, "A threshold cryptosystem without a trusted
 * party", EUROCRYPT '91), as Belenios runs it for threshold decryption. Nobody ever holds the
 * election's private key; any `threshold` trustees together can decrypt a tally, fewer cannot.
 *
 * 1. Certificate: each trustee draws an encryption key pair and publishes its public part with a
 *    proof of knowledge.
 * 2. Commitment: each trustee i draws a polynomial fᵢ of degree t−1, publishes gᵃⁱᵏ for its
 *    coefficients (Feldman commitments) with a proof of knowledge of aᵢ₀, and the share fᵢ(j) for
 *    every trustee j, encrypted to j's certificate (hashed ElGamal: the share plus a pad derived from
 *    the Diffie–Hellman secret).
 * 3. Verification key: each trustee j decrypts the shares sent to it, checks each against its
 *    sender's commitments (g^fᵢ(j) = Πₖ (gᵃⁱᵏ)^(jᵏ)), and publishes its verification key g^xⱼ, where
 *    xⱼ = Σᵢ fᵢ(j) is its share of the election key, with a proof of knowledge.
 *
 * The election's public key is Πᵢ gᵃⁱ⁰. Everything published is in the poll's public record, and
 * `verifyCeremony` checks it from that record alone.
 */

export interface TrusteeCertificate {
  index: number;
  encryptionKey: string;
  proof: Proof;
}

export interface EncryptedShare {
  to: number;
  ephemeral: string;
  value: string;
}

export interface TrusteeCommitment {
  index: number;
  coefficients: string[];
  proof: Proof;
  shares: EncryptedShare[];
}

export interface TrusteeVerificationKey {
  index: number;
  verificationKey: string;
  proof: Proof;
}

export interface CeremonyTrustee {
  index: number;
  name: string;
  certificate: TrusteeCertificate;
  commitment: TrusteeCommitment;
  verificationKey: TrusteeVerificationKey;
}

/** What is published of a finished ceremony. */
export interface CeremonyRecord {
  id: string;
  threshold: number;
  trustees: CeremonyTrustee[];
  publicKey: string;
}

export class CeremonyError extends Error {
  constructor(
    readonly reason: string,
    readonly trustee?: number,
  ) {
    super(trustee === undefined ? reason : `${reason} (trustee ${trustee})`);
    this.name = 'CeremonyError';
  }
}

/** Step 1: a trustee's encryption key pair; the secret stays on the trustee's device. */
export function createCertificate<Point>(
  group: Group<Point>,
  { ceremonyId, index, random }: { ceremonyId: string; index: number; random: RandomScalar },
): { secret: bigint; certificate: TrusteeCertificate } {
  const secret = random();
  return {
    secret,
    certificate: {
      index,
      encryptionKey: group.encode(group.mulBase(secret)),
      proof: proveKnowledge(group, { prefix: 'cert', statement: `${ceremonyId}|${index}`, secret, random }),
    },
  };
}

export function verifyCertificate<Point>(
  group: Group<Point>,
  ceremonyId: string,
  certificate: TrusteeCertificate,
): boolean {
  return verifyKnowledge(group, {
    prefix: 'cert',
    statement: `${ceremonyId}|${certificate.index}`,
    publicPoint: group.decode(certificate.encryptionKey),
    proof: certificate.proof,
  });
}

function evaluate(coefficients: readonly bigint[], at: number): bigint {
  let value = 0n;
  for (let index = coefficients.length - 1; index >= 0; index -= 1) {
    value = modOrder(value * BigInt(at) + coefficients[index]!);
  }
  return value;
}

function sharePad<Point>(
  group: Group<Point>,
  {
    ceremonyId,
    from,
    to,
    ephemeral,
    shared,
  }: { ceremonyId: string; from: number; to: number; ephemeral: Point; shared: Point },
): bigint {
  return hashToScalar('share', [
    ceremonyId,
    String(from),
    String(to),
    group.encode(ephemeral),
    group.encode(shared),
  ]);
}

/** Step 2: a trustee's polynomial, committed, and the shares of it for every trustee. */
export function createCommitment<Point>(
  group: Group<Point>,
  {
    ceremonyId,
    index,
    threshold,
    certificates,
    random,
  }: {
    ceremonyId: string;
    index: number;
    threshold: number;
    certificates: readonly TrusteeCertificate[];
    random: RandomScalar;
  },
): TrusteeCommitment {
  for (const certificate of certificates) {
    if (!verifyCertificate(group, ceremonyId, certificate)) {
      throw new CeremonyError('invalid_certificate', certificate.index);
    }
  }
  const coefficients = Array.from({ length: threshold }, () => random());
  return {
    index,
    coefficients: coefficients.map((coefficient) => group.encode(group.mulBase(coefficient))),
    proof: proveKnowledge(group, {
      prefix: 'coef',
      statement: `${ceremonyId}|${index}`,
      secret: coefficients[0]!,
      random,
    }),
    shares: certificates.map((certificate) => {
      const k = random();
      const ephemeral = group.mulBase(k);
      const shared = group.mul(group.decode(certificate.encryptionKey), k);
      const pad = sharePad(group, { ceremonyId, from: index, to: certificate.index, ephemeral, shared });
      return {
        to: certificate.index,
        ephemeral: group.encode(ephemeral),
        value: encodeScalar(evaluate(coefficients, certificate.index) + pad),
      };
    }),
  };
}

/** g^f(j) from the Feldman commitments gᵃᵏ: Πₖ (gᵃᵏ)^(jᵏ). */
function committedValue<Point>(group: Group<Point>, coefficients: readonly Point[], at: number): Point {
  let value = group.identity();
  let power = 1n;
  for (const coefficient of coefficients) {
    value = group.add(value, group.mul(coefficient, power));
    power = modOrder(power * BigInt(at));
  }
  return value;
}

function checkCommitment<Point>(
  group: Group<Point>,
  ceremonyId: string,
  threshold: number,
  commitment: TrusteeCommitment,
): Point[] {
  if (commitment.coefficients.length !== threshold) throw new CeremonyError('wrong_degree', commitment.index);
  const coefficients = commitment.coefficients.map((coefficient) => group.decode(coefficient));
  const isKnown = verifyKnowledge(group, {
    prefix: 'coef',
    statement: `${ceremonyId}|${commitment.index}`,
    publicPoint: coefficients[0]!,
    proof: commitment.proof,
  });
  if (!isKnown) throw new CeremonyError('invalid_commitment_proof', commitment.index);
  return coefficients;
}

/**
 * Checks one trustee's published commitment as soon as it is posted: its degree, the proof of its
 * constant term, and one share for each trustee of `indexes`, once. Throws CeremonyError.
 */
export function verifyCommitment<Point>(
  group: Group<Point>,
  {
    ceremonyId,
    threshold,
    indexes,
    commitment,
  }: { ceremonyId: string; threshold: number; indexes: readonly number[]; commitment: TrusteeCommitment },
): void {
  checkCommitment(group, ceremonyId, threshold, commitment);
  const targets = commitment.shares.map((share) => share.to);
  const isOnePerTrustee =
    targets.length === indexes.length &&
    new Set(targets).size === targets.length &&
    indexes.every((index) => targets.includes(index));
  if (!isOnePerTrustee) throw new CeremonyError('missing_share', commitment.index);
  for (const share of commitment.shares) {
    group.decode(share.ephemeral);
    decodeScalar(share.value);
  }
}

/**
 * Checks one trustee's verification key as soon as it is posted, against every trustee's
 * commitments (g^xⱼ = Πᵢ g^fᵢ(j)), and its proof of knowledge.
 */
export function verifyVerificationKey<Point>(
  group: Group<Point>,
  {
    ceremonyId,
    commitments,
    verificationKey,
  }: {
    ceremonyId: string;
    commitments: readonly TrusteeCommitment[];
    verificationKey: TrusteeVerificationKey;
  },
): boolean {
  const key = group.decode(verificationKey.verificationKey);
  const expected = commitments.reduce(
    (sum, commitment) =>
      group.add(
        sum,
        committedValue(
          group,
          commitment.coefficients.map((coefficient) => group.decode(coefficient)),
          verificationKey.index,
        ),
      ),
    group.identity(),
  );
  return (
    group.equals(key, expected) &&
    verifyKnowledge(group, {
      prefix: 'vkey',
      statement: `${ceremonyId}|${verificationKey.index}`,
      publicPoint: key,
      proof: verificationKey.proof,
    })
  );
}

/**
 * Step 3: trustee `index` opens the shares sent to it, checks every one against its sender's
 * commitments, and derives its share of the election key. A share that does not match names its
 * sender (the ceremony must then start again without it).
 */
export function createVerificationKey<Point>(
  group: Group<Point>,
  {
    ceremonyId,
    index,
    threshold,
    encryptionSecret,
    commitments,
    random,
  }: {
    ceremonyId: string;
    index: number;
    threshold: number;
    encryptionSecret: bigint;
    commitments: readonly TrusteeCommitment[];
    random: RandomScalar;
  },
): { secret: bigint; verificationKey: TrusteeVerificationKey } {
  let secret = 0n;
  for (const commitment of commitments) {
    const coefficients = checkCommitment(group, ceremonyId, threshold, commitment);
    const share = commitment.shares.find((candidate) => candidate.to === index);
    if (!share) throw new CeremonyError('missing_share', commitment.index);
    const ephemeral = group.decode(share.ephemeral);
    const shared = group.mul(ephemeral, encryptionSecret);
    const pad = sharePad(group, { ceremonyId, from: commitment.index, to: index, ephemeral, shared });
    const value = modOrder(decodeScalar(share.value) - pad);
    if (!group.equals(group.mulBase(value), committedValue(group, coefficients, index))) {
      throw new CeremonyError('invalid_share', commitment.index);
    }
    secret = modOrder(secret + value);
  }
  return {
    secret,
    verificationKey: {
      index,
      verificationKey: group.encode(group.mulBase(secret)),
      proof: proveKnowledge(group, { prefix: 'vkey', statement: `${ceremonyId}|${index}`, secret, random }),
    },
  };
}

/** The election's public key: the product of every trustee's constant commitment. */
export function ceremonyPublicKey<Point>(
  group: Group<Point>,
  commitments: readonly TrusteeCommitment[],
): string {
  return group.encode(
    commitments.reduce(
      (key, commitment) => group.add(key, group.decode(commitment.coefficients[0]!)),
      group.identity(),
    ),
  );
}

/**
 * Checks a finished ceremony from its public record alone: every proof, every trustee's
 * verification key against everyone's commitments, and the public key. Throws CeremonyError.
 */
export function verifyCeremony<Point>(group: Group<Point>, record: CeremonyRecord): void {
  const count = record.trustees.length;
  if (!Number.isInteger(record.threshold) || record.threshold < 1 || record.threshold > count) {
    throw new CeremonyError('invalid_threshold');
  }
  const indexes = record.trustees.map((trustee) => trustee.index);
  if (new Set(indexes).size !== count || indexes.some((index, position) => index !== position + 1)) {
    throw new CeremonyError('invalid_trustee_indexes');
  }
  const coefficientsOf = record.trustees.map((trustee) => {
    if (
      trustee.certificate.index !== trustee.index ||
      !verifyCertificate(group, record.id, trustee.certificate)
    ) {
      throw new CeremonyError('invalid_certificate', trustee.index);
    }
    if (trustee.commitment.index !== trustee.index)
      throw new CeremonyError('invalid_commitment', trustee.index);
    return checkCommitment(group, record.id, record.threshold, trustee.commitment);
  });
  for (const trustee of record.trustees) {
    const key = group.decode(trustee.verificationKey.verificationKey);
    const expected = coefficientsOf.reduce(
      (sum, coefficients) => group.add(sum, committedValue(group, coefficients, trustee.index)),
      group.identity(),
    );
    const isValid =
      trustee.verificationKey.index === trustee.index &&
      group.equals(key, expected) &&
      verifyKnowledge(group, {
        prefix: 'vkey',
        statement: `${record.id}|${trustee.index}`,
        publicPoint: key,
        proof: trustee.verificationKey.proof,
      });
    if (!isValid) throw new CeremonyError('invalid_verification_key', trustee.index);
  }
  if (
    ceremonyPublicKey(
      group,
      record.trustees.map((trustee) => trustee.commitment),
    ) !== record.publicKey
  ) {
    throw new CeremonyError('invalid_public_key');
  }
}

/** A short fingerprint of the election key, read aloud by the trustees to check they share one. */
export function keyFingerprint(publicKey: string): string {
  return fingerprint(`key|${publicKey}`).slice(0, 12);
}

/**
 * A trustee's printable backup of a secret: the ceremony, the trustee, the step's secret. Parsed
 * back by `readBackup`; refused when it is not one.
 */
export function writeBackup(backup: {
  ceremonyId: string;
  index: number;
  kind: 'certificate' | 'share';
  secret: bigint;
}): string {
  return `quorum-trustee:${backup.ceremonyId}:${backup.index}:${backup.kind}:${encodeScalar(backup.secret)}`;
}

export function readBackup(text: string): {
  ceremonyId: string;
  index: number;
  kind: 'certificate' | 'share';
  secret: bigint;
} {
  const match = /^quorum-trustee:([0-9A-Za-z_-]{1,64}):(\d{1,3}):(certificate|share):([0-9a-f]{64})$/.exec(
    text.trim(),
  );
  if (!match) throw new CeremonyError('invalid_backup');
  return {
    ceremonyId: match[1]!,
    index: Number(match[2]),
    kind: match[3] as 'certificate' | 'share',
    secret: decodeScalar(match[4]!),
  };
}
