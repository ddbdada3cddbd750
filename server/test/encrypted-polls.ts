import {
  createCertificate,
  createCommitment,
  createVerificationKey,
  type TrusteeCommitment,
} from '../../common/crypto/ceremony.ts';
import { nobleGroup, secureRandom } from '../../common/crypto/group.ts';
import type { Ciphertext } from '../../common/crypto/proofs.ts';
import { decryptPartially } from '../../common/crypto/tally.ts';
import type { TrusteeView } from '../../common/encrypted-polls.schemas.ts';

/** A trustee's device: its token (the link's fragment) and the secrets it keeps. */
export interface TrusteeDevice {
  token: string;
  index: number;
  encryptionSecret?: bigint;
  share?: bigint;
}

/** A call from a trustee's device, its token in the X-Trustee-Token header. */
export async function trusteeSend<T = TrusteeView>(
  url: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: T }> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      'x-trustee-token': token,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as T };
}

function expectOk(response: { status: number; json: unknown }, what: string) {
  if (response.status !== 200)
    throw new Error(`${what}: ${response.status} ${JSON.stringify(response.json)}`);
}

/** The token of a trustee's link, `…/trustee#<token>`. */
export function tokenOfLink(link: string): string {
  return link.slice(link.indexOf('#') + 1);
}

/**
 * The member trustees' devices run the ceremony through the API as the trustee page does
 * (@noble/curves, as in the browser): certificates, commitments, verification keys.
 */
export async function runCeremony(url: string, devices: TrusteeDevice[]): Promise<TrusteeView> {
  const random = secureRandom();
  for (const device of devices) {
    const view = await trusteeSend(url, device.token, 'GET', '/api/trustee');
    expectOk(view, 'trustee view');
    const { secret, certificate } = createCertificate(nobleGroup, {
      ceremonyId: view.json.ceremony.id,
      index: device.index,
      random,
    });
    device.encryptionSecret = secret;
    expectOk(
      await trusteeSend(url, device.token, 'POST', '/api/trustee/certificate', { certificate }),
      'certificate',
    );
  }
  for (const device of devices) {
    const view = (await trusteeSend(url, device.token, 'GET', '/api/trustee')).json;
    const commitment = createCommitment(nobleGroup, {
      ceremonyId: view.ceremony.id,
      index: device.index,
      threshold: view.ceremony.threshold,
      certificates: view.certificates,
      random,
    });
    expectOk(
      await trusteeSend(url, device.token, 'POST', '/api/trustee/commitment', { commitment }),
      'commitment',
    );
  }
  let last: TrusteeView | undefined;
  for (const device of devices) {
    const view = (await trusteeSend(url, device.token, 'GET', '/api/trustee')).json;
    const { secret, verificationKey } = createVerificationKey(nobleGroup, {
      ceremonyId: view.ceremony.id,
      index: device.index,
      threshold: view.ceremony.threshold,
      encryptionSecret: device.encryptionSecret!,
      commitments: view.commitments as TrusteeCommitment[],
      random,
    });
    device.share = secret;
    const answer = await trusteeSend(url, device.token, 'POST', '/api/trustee/verification-key', {
      verificationKey,
    });
    expectOk(answer, 'verification key');
    last = answer.json;
  }
  return last!;
}

/** A trustee's device decrypts its part of a poll's tally, as the trustee page does. */
export function partialOf(device: TrusteeDevice, pending: { fingerprint: string; tally: Ciphertext[] }) {
  return decryptPartially(nobleGroup, {
    fingerprint: pending.fingerprint,
    index: device.index,
    secret: device.share!,
    tally: pending.tally,
    random: secureRandom(),
  });
}
