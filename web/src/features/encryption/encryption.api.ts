import type { z } from 'zod';
import type { EncryptedBallot } from '../../../../common/crypto/ballot.ts';
import type {
  TrusteeCertificate,
  TrusteeCommitment,
  TrusteeVerificationKey,
} from '../../../../common/crypto/ceremony.ts';
import type {
  CeremonyView,
  trusteeLinkSchema,
  TrusteeView,
} from '../../../../common/encrypted-polls.schemas.ts';
import type { PartialDecryption } from '../../../../common/crypto/tally.ts';
import { api } from '../../api/client.ts';
import { assemblyApiPath } from '../assemblies/assemblies.api.ts';
import type { PollView } from '../votes/votes.api.ts';

export type { CeremonyView, TrusteeView };
export type TrusteeLink = z.infer<typeof trusteeLinkSchema>;
export type PollEncryption = NonNullable<PollView['encryption']>;

export function pollEncryption(poll: PollView): PollEncryption | null {
  return poll.encryption;
}

/** "Dépouillement en cours : x sur t assesseurs", while an encrypted poll waits for its trustees. */
export function pollDecryption(poll: PollView): { count: number; threshold: number } | null {
  if (poll.status !== 'decrypting' || !poll.encryption) return null;
  return { count: poll.encryption.decryptions, threshold: poll.encryption.threshold };
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
