import {
  ceremonyPublicKey,
  createCertificate,
  createCommitment,
  createVerificationKey,
  keyFingerprint,
} from '../../../../common/crypto/ceremony.ts';
import { decodeScalar, encodeScalar, nobleGroup, secureRandom } from '../../../../common/crypto/group.ts';
import { decryptPartially } from '../../../../common/crypto/tally.ts';
import {
  postCertificate,
  postCommitment,
  postDecryption,
  postVerificationKey,
  type TrusteeView,
} from './encryption.api.ts';
import { keepSecret, readSecrets } from './trustee-secrets.ts';

/** What the device did, for the trustee to read. */
export type TrusteeAction =
  | { kind: 'certificate' }
  | { kind: 'commitment' }
  | { kind: 'verification_key' }
  | { kind: 'decryption'; title: string };

/** The device cannot go on without the secret it kept: the trustee restores the printed backup. */
export class MissingSecretError extends Error {
  constructor(readonly kind: 'certificate' | 'share') {
    super(`missing ${kind} secret`);
    this.name = 'MissingSecretError';
  }
}

/** A source that answers `first` once (a kept secret, drawn again), then the platform's randomness. */
function randomStartingWith(first: bigint | undefined) {
  const random = secureRandom();
  let pending = first;
  return () => {
    if (pending === undefined) return random();
    const value = pending;
    pending = undefined;
    return value;
  };
}

/** Whether this device has a step to run now (cheap: nothing is computed). */
export function hasWork(view: TrusteeView): boolean {
  const { ceremony, me } = view;
  const mine = ceremony.trustees.find((trustee) => trustee.index === me.index);
  if (!mine) return false;
  if (ceremony.status === 'ready') return view.pendingDecryptions.length > 0;
  return mine.step === stepOfStatus[ceremony.status];
}

const stepOfStatus = {
  certificates: 'certificate',
  commitments: 'commitment',
  verification_keys: 'verification_key',
  ready: 'done',
} as const;

/** The trustee step the ceremony's status waits for. */
export function stepOf(status: TrusteeView['ceremony']['status']) {
  return stepOfStatus[status];
}

/**
 * The trustee's next step, run on this device: the ceremony's step when it is this trustee's turn,
 * then during the assembly a partial decryption of each poll waiting for it. Answers null when
 * there is nothing to do. Each secret is kept before anything is sent, so a lost answer loses nothing.
 */
export async function runNextStep(token: string, view: TrusteeView): Promise<TrusteeAction | null> {
  const { ceremony, me } = view;
  const mine = ceremony.trustees.find((trustee) => trustee.index === me.index);
  if (!mine) return null;
  const secrets = readSecrets(ceremony.id, me.index);
  const base = { ceremonyId: ceremony.id, index: me.index };
  if (ceremony.status === 'certificates' && mine.step === 'certificate') {
    const kept = secrets.certificate === undefined ? undefined : decodeScalar(secrets.certificate);
    const { secret, certificate } = createCertificate(nobleGroup, {
      ...base,
      random: randomStartingWith(kept),
    });
    keepSecret(ceremony.id, me.index, 'certificate', encodeScalar(secret));
    await postCertificate(token, certificate);
    return { kind: 'certificate' };
  }
  if (ceremony.status === 'commitments' && mine.step === 'commitment') {
    if (secrets.certificate === undefined) throw new MissingSecretError('certificate');
    const commitment = createCommitment(nobleGroup, {
      ...base,
      threshold: ceremony.threshold,
      certificates: view.certificates,
      random: secureRandom(),
    });
    await postCommitment(token, commitment);
    return { kind: 'commitment' };
  }
  if (ceremony.status === 'verification_keys' && mine.step === 'verification_key') {
    if (secrets.certificate === undefined) throw new MissingSecretError('certificate');
    const { secret, verificationKey } = createVerificationKey(nobleGroup, {
      ...base,
      threshold: ceremony.threshold,
      encryptionSecret: decodeScalar(secrets.certificate),
      commitments: view.commitments,
      random: secureRandom(),
    });
    keepSecret(ceremony.id, me.index, 'share', encodeScalar(secret));
    await postVerificationKey(token, verificationKey);
    return { kind: 'verification_key' };
  }
  const pending = view.pendingDecryptions[0];
  if (ceremony.status === 'ready' && pending) {
    if (secrets.share === undefined) throw new MissingSecretError('share');
    const partial = decryptPartially(nobleGroup, {
      fingerprint: pending.fingerprint,
      index: me.index,
      secret: decodeScalar(secrets.share),
      tally: pending.tally,
      random: secureRandom(),
    });
    await postDecryption(token, pending.pollId, partial);
    return { kind: 'decryption', title: pending.title };
  }
  return null;
}

/**
 * The key's fingerprint as this device computes it from the commitments, not as the server says:
 * the trustees read it aloud to each other, and a server that lied to one of them would show.
 */
export function localKeyFingerprint(view: TrusteeView): string | null {
  if (view.ceremony.status !== 'ready' || view.commitments.length === 0) return null;
  return keyFingerprint(ceremonyPublicKey(nobleGroup, view.commitments));
}
