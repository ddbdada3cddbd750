import { ristretto255, ristretto255_hasher } from '@noble/curves/ed25519.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The prime-order group of encrypted ballots: ristretto255 (RFC 9496). The protocol code (ElGamal,
 * proofs, key ceremony, tally, verifier) is written once against this interface; the arithmetic is
 * an audited library's. The phone, the browser and the command line use @noble/curves; the server
 * may plug in libsodium's (faster, same encodings), and the known-answer tests hold both to the
 * same results.
 *
 * Points travel and are stored as 64 lowercase hex characters (their canonical encoding);
 * scalars as 64 hex characters of their 32-byte little-endian form.
 */
export interface Group<Point> {
  readonly name: 'ristretto255';
  readonly order: bigint;
  identity(): Point;
  mulBase(scalar: bigint): Point;
  mul(point: Point, scalar: bigint): Point;
  add(left: Point, right: Point): Point;
  sub(left: Point, right: Point): Point;
  equals(left: Point, right: Point): boolean;
  encode(point: Point): string;
  /** Throws `InvalidEncodingError` on anything but the canonical encoding of a group element. */
  decode(hex: string): Point;
  /** The element RFC 9496 derives from 64 uniform bytes (§4.3.4): generators nobody knows a logarithm of. */
  derive(uniform: Uint8Array): Point;
}

export class InvalidEncodingError extends Error {
  constructor(what: string) {
    super(`invalid ${what}`);
    this.name = 'InvalidEncodingError';
  }
}

/** ℓ, the order of ristretto255: 2^252 + 27742317777372353535851937790883648493. */
export const groupOrder = 2n ** 252n + 27742317777372353535851937790883648493n;

export function modOrder(value: bigint): bigint {
  const rest = value % groupOrder;
  return rest < 0n ? rest + groupOrder : rest;
}

function bytesToNumberLE(bytes: Uint8Array): bigint {
  return BigInt(`0x${bytesToHex(bytes.slice().reverse()) || '0'}`);
}

export function scalarToBytes(scalar: bigint): Uint8Array {
  return hexToBytes(modOrder(scalar).toString(16).padStart(64, '0')).reverse();
}

export function encodeScalar(scalar: bigint): string {
  return bytesToHex(scalarToBytes(scalar));
}

/** A scalar as published: 64 hex characters, canonical (below ℓ). */
export function decodeScalar(hex: string): bigint {
  if (typeof hex !== 'string' || !/^[0-9a-f]{64}$/.test(hex)) throw new InvalidEncodingError('scalar');
  const value = bytesToNumberLE(hexToBytes(hex));
  if (value >= groupOrder) throw new InvalidEncodingError('scalar');
  return value;
}

/** A source of randomness: 64 bytes reduced modulo ℓ (bias below 2^-250). Tests pass a seeded one. */
export type RandomScalar = () => bigint;

/** The source every device uses: the platform's cryptographic generator. */
const randomScalar: RandomScalar = () => {
  const bytes = new Uint8Array(64);
  globalThis.crypto.getRandomValues(bytes);
  return modOrder(bytesToNumberLE(bytes));
};

/** Draws from the platform's cryptographic generator. */
export function secureRandom(): RandomScalar {
  return randomScalar;
}

/** A deterministic source for known-answer tests: SHA-512 of the seed and a counter. */
export function seededRandom(seed: string): RandomScalar {
  let counter = 0;
  return () => {
    counter += 1;
    return modOrder(bytesToNumberLE(sha512(utf8ToBytes(`${seed}|${counter}`))));
  };
}

/**
 * The Fiat–Shamir challenge: SHA-512 of a domain-separating prefix and the statement's parts,
 * joined by "|" as Belenios does, reduced modulo ℓ.
 */
export function hashToScalar(prefix: string, parts: readonly string[]): bigint {
  return modOrder(bytesToNumberLE(sha512(utf8ToBytes(`${prefix}|${parts.join('|')}`))));
}

/** SHA-256 in unpadded base64url, for fingerprints and ballot trackers. */
export function fingerprint(text: string): string {
  const digest = sha256(utf8ToBytes(text));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return globalThis.btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

type NoblePoint = InstanceType<typeof ristretto255.Point>;

/** ristretto255 through @noble/curves: what the phone and the browser run. */
export const nobleGroup: Group<NoblePoint> = {
  name: 'ristretto255',
  order: groupOrder,
  identity: () => ristretto255.Point.ZERO,
  mulBase: (scalar) => {
    const reduced = modOrder(scalar);
    return reduced === 0n ? ristretto255.Point.ZERO : ristretto255.Point.BASE.multiply(reduced);
  },
  mul: (point, scalar) => {
    const reduced = modOrder(scalar);
    return reduced === 0n ? ristretto255.Point.ZERO : point.multiply(reduced);
  },
  add: (left, right) => left.add(right),
  sub: (left, right) => left.subtract(right),
  equals: (left, right) => left.equals(right),
  encode: (point) => bytesToHex(point.toBytes()),
  decode: (hex) => {
    if (typeof hex !== 'string' || !/^[0-9a-f]{64}$/.test(hex)) throw new InvalidEncodingError('point');
    try {
      return ristretto255.Point.fromBytes(hexToBytes(hex));
    } catch {
      throw new InvalidEncodingError('point');
    }
  },
  derive: (uniform) => ristretto255_hasher.deriveToCurve!(uniform),
};
