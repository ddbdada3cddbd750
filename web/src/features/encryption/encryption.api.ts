import type { PollParameters, EncryptedBallot } from '../../../../common/crypto/ballot.ts';
import type {
  TrusteeCertificate,
  TrusteeCommitment,
  TrusteeVerificationKey,
} from '../../../../common/crypto/ceremony.ts';
import type { Ciphertext } from '../../../../common/crypto/proofs.ts';
import type { PartialDecryption } from '../../../../common/crypto/tally.ts';
import { api } from '../../api/client.ts';
import { assemblyApiPath } from '../assemblies/assemblies.api.ts';
import type { PollView } from '../votes/votes.api.ts';

/** What the trustees of an assembly's key ceremony have done, as the staff and the trustees see it. */
export interface CeremonyView {
  id: string;
  threshold: number;
  status: 'certificates' | 'commitments' | 'verification_keys' | 'ready';
  publicKey: string | null;
  keyFingerprint: string | null;
  trustees: {
    index: number;
    name: string;
    isServer: boolean;
    step: 'certificate' | 'commitment' | 'verification_key' | 'done';
  }[];
}

export interface TrusteeLink {
  index: number;
  name: string;
  link: string;
}

export interface PendingDecryption {
  pollId: string;
  title: string;
  fingerprint: string;
  tally: Ciphertext[];
}

export interface TrusteeView {
  assembly: { slug: string; title: string; date: string };
  me: { index: number; name: string };
  ceremony: CeremonyView;
  certificates: TrusteeCertificate[];
  commitments: TrusteeCommitment[];
  pendingDecryptions: PendingDecryption[];
}

export interface PollEncryption {
  parameters: PollParameters;
  fingerprint: string;
}

/**
 * What an encrypted poll adds to a poll's view: its parameters (for the phone to encrypt), the
 * threshold, and how many trustees have decrypted so far. Plain polls have none.
 */
interface EncryptedPollFields {
  encryption?: (PollEncryption & { threshold?: number; decryptions?: number }) | null;
}

export function pollEncryption(poll: PollView): PollEncryption | null {
  return (poll as PollView & EncryptedPollFields).encryption ?? null;
}

/** "Dépouillement en cours : x sur t assesseurs", while an encrypted poll waits for its trustees. */
export function pollDecryption(poll: PollView): { count: number; threshold: number } | null {
  const encryption = (poll as PollView & EncryptedPollFields).encryption;
  if ((poll.status as string) !== 'decrypting' || !encryption) return null;
  return { count: encryption.decryptions ?? 0, threshold: encryption.threshold ?? 0 };
}

/** A link the server gives as a path is shown whole, so it can be copied into a message. */
export function absoluteLink(link: string): string {
  return link.startsWith('/') ? `${window.location.origin}${link}` : link;
}

export async function fetchCeremony(slug: string): Promise<CeremonyView | null> {
  return (await api.get<{ ceremony: CeremonyView | null }>(assemblyApiPath(slug, 'ceremony'))).ceremony;
}

export function createCeremony(
  slug: string,
  input: { threshold?: number; isServerTrustee?: boolean; restart?: boolean },
): Promise<{ ceremony: CeremonyView; links: TrusteeLink[] }> {
  return api.post(assemblyApiPath(slug, 'ceremony'), input);
}

export function reissueTrusteeLink(slug: string, index: number): Promise<TrusteeLink> {
  return api.post(assemblyApiPath(slug, `ceremony/trustees/${index}/link`));
}

const trusteeHeaders = (token: string) => ({ headers: { 'x-trustee-token': token } });

export function fetchTrustee(token: string): Promise<TrusteeView> {
  return api.get('/api/trustee', trusteeHeaders(token));
}

export function postCertificate(token: string, certificate: TrusteeCertificate): Promise<unknown> {
  return api.post('/api/trustee/certificate', { certificate }, trusteeHeaders(token));
}

export function postCommitment(token: string, commitment: TrusteeCommitment): Promise<unknown> {
  return api.post('/api/trustee/commitment', { commitment }, trusteeHeaders(token));
}

export function postVerificationKey(
  token: string,
  verificationKey: TrusteeVerificationKey,
): Promise<unknown> {
  return api.post('/api/trustee/verification-key', { verificationKey }, trusteeHeaders(token));
}

export function postDecryption(token: string, pollId: string, partial: PartialDecryption): Promise<unknown> {
  return api.post(
    `/api/trustee/decryptions/${encodeURIComponent(pollId)}`,
    { partial },
    trusteeHeaders(token),
  );
}

export function fetchBallotBox(
  pollId: string,
): Promise<{ pollId: string; fingerprint: string; trackers: string[] }> {
  return api.get(`/api/polls/${encodeURIComponent(pollId)}/ballot-box`);
}

export function fetchRecord(pollId: string): Promise<unknown> {
  return api.get(`/api/polls/${encodeURIComponent(pollId)}/record.json`);
}

export type { EncryptedBallot };
