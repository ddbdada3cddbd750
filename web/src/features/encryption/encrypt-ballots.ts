import { ballotTracker, createBallot, type EncryptedBallot } from '../../../../common/crypto/ballot.ts';
import { nobleGroup, secureRandom } from '../../../../common/crypto/group.ts';
import type { PollEncryption } from './encryption.api.ts';

/**
 * Encrypts a phone's ballots, one per member it carries, each signed with a credential drawn here
 * for it alone: the server learns the choices of none. Loaded on demand, so that pages without an
 * encrypted poll never download the cryptography.
 */
export function encryptBallots(
  encryption: PollEncryption,
  ballots: readonly { membershipId: string; marked: readonly string[] }[],
): { membershipId: string; encrypted: EncryptedBallot; tracker: string }[] {
  const random = secureRandom();
  return ballots.map(({ membershipId, marked }) => {
    const encrypted = createBallot(nobleGroup, {
      parameters: encryption.parameters,
      credentialSecret: random(),
      marked,
      random,
    });
    return { membershipId, encrypted, tracker: ballotTracker(encrypted) };
  });
}
