import { fingerprint, InvalidEncodingError, type Group, type RandomScalar } from './group.ts';
import {
  proveKnowledge,
  proveMembership,
  verifyKnowledge,
  verifyMembership,
  type Ciphertext,
  type Proof,
} from './proofs.ts';

/**
 * An encrypted ballot, made on the voter's phone (Helios, Belenios): one exponential-ElGamal
 * ciphertext per choice, each with a proof that it holds 0 or 1, and a proof that their sum lies
 * between the question's minimum and maximum; the whole is signed with the voter's credential (a
 * Schnorr signature), and every proof's statement names the poll's fingerprint and the credential,
 * so that a ballot cannot be replayed in another poll or under another credential. The server
 * checks all of it before acknowledging, and stores only this.
 */

export interface Question {
  /** The codes of the choices, in the order of the ciphertexts. */
  choices: string[];
  /** How many choices a valid ballot marks: exactly one for a resolution, 0 to k in an election. */
  min: number;
  max: number;
}

/** What a ballot is made for: published before any ballot, and hashed into the fingerprint. */
export interface PollParameters {
  pollId: string;
  question: Question;
  publicKey: string;
}

export interface EncryptedBallot {
  credential: string;
  ciphertexts: Ciphertext[];
  proofs: Proof[][];
  overallProof: Proof[];
  signature: Proof;
}

/** JSON with its keys sorted, so that a hash of it is the same wherever it is computed. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The poll's fingerprint, printed in the minutes and bound into every proof. */
export function pollFingerprint(parameters: PollParameters): string {
  return fingerprint(`poll|${canonicalJson(parameters)}`);
}

/** The ballot's tracker: the voter keeps it and finds it in the public ballot box. */
export function ballotTracker(ballot: EncryptedBallot): string {
  return fingerprint(`ballot|${canonicalJson(ballot)}`);
}

export function overallMessages(question: Question): number[] {
  return Array.from({ length: question.max - question.min + 1 }, (_, offset) => question.min + offset);
}

function signedText(fingerprintText: string, ballot: Omit<EncryptedBallot, 'signature'>): string {
  return `${fingerprintText}|${fingerprint(canonicalJson(ballot))}`;
}

/** A voter's credential: the secret stays on the phone, the public part is registered. */
export function credentialPublicKey<Point>(group: Group<Point>, secret: bigint): string {
  return group.encode(group.mulBase(secret));
}

/** Encrypts and proves a ballot marking `marked` (choice codes). Throws on a ballot the question refuses. */
export function createBallot<Point>(
  group: Group<Point>,
  {
    parameters,
    credentialSecret,
    marked,
    random,
  }: {
    parameters: PollParameters;
    credentialSecret: bigint;
    marked: readonly string[];
    random: RandomScalar;
  },
): EncryptedBallot {
  const { question } = parameters;
  const unknown = marked.find((code) => !question.choices.includes(code));
  if (unknown !== undefined || new Set(marked).size !== marked.length)
    throw new Error('unknown or repeated choice');
  if (marked.length < question.min || marked.length > question.max)
    throw new Error('wrong number of choices');
  const publicKey = group.decode(parameters.publicKey);
  const fingerprintText = pollFingerprint(parameters);
  const credential = credentialPublicKey(group, credentialSecret);
  const statement = `${fingerprintText}|${credential}`;
  let alphaSum = group.identity();
  let betaSum = group.identity();
  let randomnessSum = 0n;
  const ciphertexts: Ciphertext[] = [];
  const proofs: Proof[][] = [];
  for (const code of question.choices) {
    const message = marked.includes(code) ? 1 : 0;
    const randomness = random();
    const alpha = group.mulBase(randomness);
    const beta = group.add(group.mul(publicKey, randomness), group.mulBase(BigInt(message)));
    alphaSum = group.add(alphaSum, alpha);
    betaSum = group.add(betaSum, beta);
    randomnessSum += randomness;
    ciphertexts.push({ alpha: group.encode(alpha), beta: group.encode(beta) });
    proofs.push(
      proveMembership(group, {
        statement,
        publicKey,
        ciphertext: { alpha, beta },
        randomness,
        messages: [0, 1],
        message,
        random,
      }),
    );
  }
  const overallProof = proveMembership(group, {
    statement,
    publicKey,
    ciphertext: { alpha: alphaSum, beta: betaSum },
    randomness: randomnessSum,
    messages: overallMessages(question),
    message: marked.length,
    random,
  });
  const unsigned = { credential, ciphertexts, proofs, overallProof };
  const signature = proveKnowledge(group, {
    prefix: 'sig',
    statement: signedText(fingerprintText, unsigned),
    secret: credentialSecret,
    random,
  });
  return { ...unsigned, signature };
}

/** Why a ballot is refused: its shape, a proof, or its signature. */
export type BallotProblem = 'malformed' | 'invalid_point' | 'invalid_proof' | 'invalid_signature';

function isProof(value: unknown): value is Proof {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as Proof).c === 'string' &&
    typeof (value as Proof).r === 'string' &&
    Object.keys(value).length === 2
  );
}

function hasShape(ballot: unknown, question: Question): ballot is EncryptedBallot {
  if (ballot === null || typeof ballot !== 'object') return false;
  const candidate = ballot as EncryptedBallot;
  const count = question.choices.length;
  return (
    Object.keys(candidate).length === 5 &&
    typeof candidate.credential === 'string' &&
    Array.isArray(candidate.ciphertexts) &&
    candidate.ciphertexts.length === count &&
    candidate.ciphertexts.every(
      (ciphertext) =>
        ciphertext !== null &&
        typeof ciphertext === 'object' &&
        typeof ciphertext.alpha === 'string' &&
        typeof ciphertext.beta === 'string' &&
        Object.keys(ciphertext).length === 2,
    ) &&
    Array.isArray(candidate.proofs) &&
    candidate.proofs.length === count &&
    candidate.proofs.every((proof) => Array.isArray(proof) && proof.length === 2 && proof.every(isProof)) &&
    Array.isArray(candidate.overallProof) &&
    candidate.overallProof.length === question.max - question.min + 1 &&
    candidate.overallProof.every(isProof) &&
    isProof(candidate.signature)
  );
}

/**
 * Checks a ballot as the server does before acknowledging it, and as the verifier does again from
 * the public record: its shape, that every element is a group element, every proof and the
 * credential's signature. Answers null when valid.
 */
export function checkBallot<Point>(
  group: Group<Point>,
  {
    parameters,
    fingerprint: fingerprintText,
    ballot,
  }: { parameters: PollParameters; fingerprint: string; ballot: unknown },
): BallotProblem | null {
  const { question } = parameters;
  if (!hasShape(ballot, question)) return 'malformed';
  try {
    const publicKey = group.decode(parameters.publicKey);
    const credential = group.decode(ballot.credential);
    const statement = `${fingerprintText}|${ballot.credential}`;
    let alphaSum = group.identity();
    let betaSum = group.identity();
    for (const [index, encoded] of ballot.ciphertexts.entries()) {
      const ciphertext = { alpha: group.decode(encoded.alpha), beta: group.decode(encoded.beta) };
      alphaSum = group.add(alphaSum, ciphertext.alpha);
      betaSum = group.add(betaSum, ciphertext.beta);
      const isValid = verifyMembership(group, {
        statement,
        publicKey,
        ciphertext,
        messages: [0, 1],
        proof: ballot.proofs[index]!,
      });
      if (!isValid) return 'invalid_proof';
    }
    const isValidSum = verifyMembership(group, {
      statement,
      publicKey,
      ciphertext: { alpha: alphaSum, beta: betaSum },
      messages: overallMessages(question),
      proof: ballot.overallProof,
    });
    if (!isValidSum) return 'invalid_proof';
    const { signature, ...unsigned } = ballot;
    const isSigned = verifyKnowledge(group, {
      prefix: 'sig',
      statement: signedText(fingerprintText, unsigned),
      publicPoint: credential,
      proof: signature,
    });
    return isSigned ? null : 'invalid_signature';
  } catch (error) {
    if (error instanceof InvalidEncodingError) return 'invalid_point';
    throw error;
  }
}
