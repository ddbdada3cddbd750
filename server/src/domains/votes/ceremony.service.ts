import {
  ceremonyPublicKey,
  CeremonyError,
  createCertificate,
  createCommitment,
  createVerificationKey,
  keyFingerprint,
  verifyCeremony,
  verifyCertificate,
  verifyCommitment,
  verifyVerificationKey,
  type CeremonyRecord,
  type TrusteeCertificate,
  type TrusteeCommitment,
  type TrusteeVerificationKey,
} from '../../../../common/crypto/ceremony.ts';
import {
  decodeScalar,
  encodeScalar,
  InvalidEncodingError,
  secureRandom,
} from '../../../../common/crypto/group.ts';
import type { Ciphertext } from '../../../../common/crypto/proofs.ts';
import type {
  CeremonyStatus,
  CeremonyView,
  TrusteeView,
} from '../../../../common/encrypted-polls.schemas.ts';
import type { ErrorCode } from '../../../../common/errors.ts';
import type { MessageParams } from '../../../../common/i18n/messages.ts';
import type { Insertable } from 'kysely';
import type { ServiceContext } from '../../context.ts';
import type { CeremonyTrusteesTable } from '../../db/tables.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { durableTransaction } from '../../db/durable-transaction.ts';
import { loadSodiumGroup } from '../../crypto/sodium-group.ts';
import { AppError } from '../../http/app-error.ts';
import { hashToken, newId, newSecretToken, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import { keyHolders, requireAssembly } from '../assemblies/assemblies.service.ts';
import {
  deleteCeremony,
  findAssemblyHeading,
  findCeremony,
  findCeremonyOfAssembly,
  findServerSecret,
  findTrusteeByTokenHash,
  insertCeremony,
  insertServerSecret,
  listDecryptingPolls,
  listPartials,
  listTrustees,
  lockCeremony,
  publishTrusteeStep,
  setCeremonyState,
  setServerShare,
  setTrusteeTokenHash,
  type CeremonyRow,
  type TrusteeRow,
} from './encrypted.repository.ts';

/**
 * The key ceremony of an assembly (common/crypto/ceremony.ts): its trustees are the scrutineers, or
 * the chair and the secretary, each on their own device, and the server for one share unless the
 * staff turn that off. The server checks every published step with libsodium before storing it, and
 * plays its own part in the transaction of the request that opened each step.
 */

/** The server trustee's name in the ceremony and its record. */
const serverName = 'Quorum';

/** A refusal naming the field that is wrong. */
function refusal(code: ErrorCode, path: string, params?: MessageParams): AppError {
  return new AppError(code, params, { errors: [{ path, message: code, ...(params ? { params } : {}) }] });
}

function stepOf(trustee: TrusteeRow): CeremonyView['trustees'][number]['step'] {
  if (!trustee.certificate) return 'certificate';
  if (!trustee.commitment) return 'commitment';
  if (!trustee.verification_key) return 'verification_key';
  return 'done';
}

function presentCeremony(ceremony: CeremonyRow, trustees: TrusteeRow[]): CeremonyView {
  return {
    id: ceremony.id,
    threshold: ceremony.threshold,
    status: ceremony.status as CeremonyStatus,
    publicKey: ceremony.public_key,
    keyFingerprint: ceremony.public_key ? keyFingerprint(ceremony.public_key) : null,
    trustees: trustees.map((trustee) => ({
      index: trustee.trustee_index,
      name: trustee.name,
      isServer: trustee.is_server === 1,
      step: stepOf(trustee),
    })),
  };
}

export async function getCeremony(context: ServiceContext, slug: string): Promise<CeremonyView | null> {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  const ceremony = await findCeremonyOfAssembly(db, assembly.id);
  return ceremony ? presentCeremony(ceremony, await listTrustees(db, ceremony.id)) : null;
}

/** The public record of a finished ceremony, as a poll's record carries it. */
export async function ceremonyRecord(db: DbOrTransaction, ceremonyId: string): Promise<CeremonyRecord> {
  const ceremony = (await findCeremony(db, ceremonyId))!;
  const trustees = await listTrustees(db, ceremonyId);
  return {
    id: ceremony.id,
    threshold: ceremony.threshold,
    publicKey: ceremony.public_key!,
    trustees: trustees.map((trustee) => ({
      index: trustee.trustee_index,
      name: trustee.name,
      certificate: JSON.parse(trustee.certificate!) as TrusteeCertificate,
      commitment: JSON.parse(trustee.commitment!) as TrusteeCommitment,
      verificationKey: JSON.parse(trustee.verification_key!) as TrusteeVerificationKey,
    })),
  };
}

function trusteeLink(context: ServiceContext, token: string): string {
  // The token travels in the fragment: never sent to a server, never in a log.
  return `${context.config.publicUrl}/trustee#${token}`;
}

/**
 * Starts the assembly's key ceremony: the trustees, the threshold (a majority of them by default,
 * never below 2), a link for each member trustee; the server publishes its certificate at once.
 */
export async function startCeremony(
  context: ServiceContext,
  {
    actor,
    slug,
    input,
  }: {
    actor: SessionUser;
    slug: string;
    input: {
      threshold?: number | undefined;
      isServerTrustee?: boolean | undefined;
      restart?: boolean | undefined;
    };
  },
): Promise<{ ceremony: CeremonyView; links: { index: number; name: string; link: string }[] }> {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  const members = await keyHolders(db, assembly);
  if (members.length === 0) throw new AppError('ceremony_no_trustees');
  const isServerTrustee = input.isServerTrustee ?? true;
  const count = members.length + (isServerTrustee ? 1 : 0);
  const minimum = count >= 2 ? 2 : 1;
  const threshold = input.threshold ?? Math.max(minimum, Math.floor(count / 2) + 1);
  if (threshold < minimum || threshold > count) {
    throw refusal('ceremony_threshold_invalid', 'body.threshold', { minimum, maximum: count });
  }
  const group = await loadSodiumGroup();
  const ceremonyId = newId();
  const now = nowIso();
  const tokens = members.map(() => newSecretToken());
  await durableTransaction(context.database, async (transaction) => {
    const existing = await findCeremonyOfAssembly(transaction, assembly.id);
    if (existing) {
      if (!input.restart || existing.status === 'ready') throw new AppError('ceremony_exists');
      await deleteCeremony(transaction, existing.id);
    }
    const trustees: Insertable<CeremonyTrusteesTable>[] = members.map((member, position) => ({
      id: newId(),
      ceremony_id: ceremonyId,
      trustee_index: position + 1,
      name: member.name,
      person_id: member.personId,
      is_server: 0,
      token_hash: hashToken(tokens[position]!),
      certificate: null,
      commitment: null,
      verification_key: null,
    }));
    if (isServerTrustee) {
      const index = members.length + 1;
      const { secret, certificate } = createCertificate(group, { ceremonyId, index, random: secureRandom() });
      trustees.push({
        id: newId(),
        ceremony_id: ceremonyId,
        trustee_index: index,
        name: serverName,
        person_id: null,
        is_server: 1,
        token_hash: null,
        certificate: JSON.stringify(certificate),
        commitment: null,
        verification_key: null,
      });
      await insertCeremony(
        transaction,
        {
          id: ceremonyId,
          assembly_id: assembly.id,
          threshold,
          status: 'certificates',
          public_key: null,
          created_at: now,
          updated_at: now,
        },
        trustees,
      );
      await insertServerSecret(transaction, ceremonyId, encodeScalar(secret));
    } else {
      await insertCeremony(
        transaction,
        {
          id: ceremonyId,
          assembly_id: assembly.id,
          threshold,
          status: 'certificates',
          public_key: null,
          created_at: now,
          updated_at: now,
        },
        trustees,
      );
    }
    await recordAuditEvent(transaction, {
      actorUserId: actor.id,
      action: 'ceremony.started',
      subjectType: 'assembly',
      subjectId: assembly.id,
      details: { ceremonyId, threshold, trustees: count, isServerTrustee, isRestart: Boolean(existing) },
    });
  });
  const trustees = await listTrustees(db, ceremonyId);
  return {
    ceremony: presentCeremony((await findCeremony(db, ceremonyId))!, trustees),
    links: members.map((member, position) => ({
      index: position + 1,
      name: member.name,
      link: trusteeLink(context, tokens[position]!),
    })),
  };
}

/** A new link for a member trustee; the old one stops working. */
export async function reissueTrusteeLink(
  context: ServiceContext,
  { actor, slug, index }: { actor: SessionUser; slug: string; index: number },
): Promise<{ index: number; name: string; link: string }> {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  const ceremony = await findCeremonyOfAssembly(db, assembly.id);
  if (!ceremony) throw new AppError('ceremony_not_found');
  const trustee = (await listTrustees(db, ceremony.id)).find(
    (candidate) => candidate.trustee_index === index && candidate.is_server === 0,
  );
  if (!trustee) throw new AppError('trustee_not_found');
  const token = newSecretToken();
  await durableTransaction(context.database, async (transaction) => {
    await setTrusteeTokenHash(transaction, trustee.id, hashToken(token));
    await recordAuditEvent(transaction, {
      actorUserId: actor.id,
      action: 'ceremony.link_reissued',
      subjectType: 'assembly',
      subjectId: assembly.id,
      details: { ceremonyId: ceremony.id, index },
    });
  });
  return { index, name: trustee.name, link: trusteeLink(context, token) };
}

/** The trustee a token names; 401 when none. */
export async function requireTrustee(db: DbOrTransaction, token: string | undefined): Promise<TrusteeRow> {
  if (!token || token.length > 200) throw new AppError('trustee_token_invalid');
  const trustee = await findTrusteeByTokenHash(db, hashToken(token));
  if (!trustee) throw new AppError('trustee_token_invalid');
  return trustee;
}

const statusOrder: CeremonyStatus[] = ['certificates', 'commitments', 'verification_keys', 'ready'];

export async function trusteeView(context: ServiceContext, token: string | undefined): Promise<TrusteeView> {
  const { db } = context.database;
  const me = await requireTrustee(db, token);
  const ceremony = (await findCeremony(db, me.ceremony_id))!;
  const trustees = await listTrustees(db, ceremony.id);
  const assembly = await findAssemblyHeading(db, ceremony.assembly_id);
  const isPastCommitments = statusOrder.indexOf(ceremony.status as CeremonyStatus) >= 2;
  const pending = [];
  for (const poll of await listDecryptingPolls(db, ceremony.id)) {
    const given = await listPartials(db, poll.id);
    if (given.some((partial) => partial.trustee_index === me.trustee_index)) continue;
    pending.push({
      pollId: poll.id,
      title: poll.title,
      fingerprint: poll.fingerprint!,
      tally: JSON.parse(poll.tally!) as Ciphertext[],
    });
  }
  return {
    assembly: { slug: assembly.slug, title: assembly.title, date: assembly.held_on },
    me: { index: me.trustee_index, name: me.name },
    ceremony: presentCeremony(ceremony, trustees),
    certificates: trustees.flatMap((trustee) =>
      trustee.certificate ? [JSON.parse(trustee.certificate) as TrusteeCertificate] : [],
    ),
    commitments: isPastCommitments
      ? trustees.flatMap((trustee) =>
          trustee.commitment ? [JSON.parse(trustee.commitment) as TrusteeCommitment] : [],
        )
      : [],
    pendingDecryptions: pending,
  };
}

type Step = 'certificate' | 'commitment' | 'verification_key';
const statusOfStep: Record<Step, CeremonyStatus> = {
  certificate: 'certificates',
  commitment: 'commitments',
  verification_key: 'verification_keys',
};

/**
 * A member trustee publishes one step. Checked with libsodium (422 naming the field when invalid;
 * 409 when the ceremony is not at that step or this trustee already did it); then, when every
 * trustee has done the step, the ceremony moves on and the server does its part of the next one.
 */
export async function publishStep(
  context: ServiceContext,
  {
    token,
    step,
    value,
  }: {
    token: string | undefined;
    step: Step;
    value: TrusteeCertificate | TrusteeCommitment | TrusteeVerificationKey;
  },
): Promise<TrusteeView> {
  const group = await loadSodiumGroup();
  await durableTransaction(context.database, async (transaction) => {
    const me = await requireTrustee(transaction, token);
    const ceremony = await lockCeremony(transaction, me.ceremony_id, nowIso());
    if (ceremony.status !== statusOfStep[step] || me[step] !== null)
      throw new AppError('ceremony_step_closed');
    const trustees = await listTrustees(transaction, ceremony.id);
    const field = step === 'verification_key' ? 'body.verificationKey' : `body.${step}`;
    const invalid: ErrorCode =
      step === 'certificate'
        ? 'invalid_certificate'
        : step === 'commitment'
          ? 'invalid_commitment'
          : 'invalid_verification_key';
    if (value.index !== me.trustee_index) throw refusal(invalid, `${field}.index`);
    try {
      if (step === 'certificate') {
        if (!verifyCertificate(group, ceremony.id, value as TrusteeCertificate))
          throw refusal(invalid, field);
      } else if (step === 'commitment') {
        const commitment = value as TrusteeCommitment;
        verifyCommitment(group, {
          ceremonyId: ceremony.id,
          threshold: ceremony.threshold,
          indexes: trustees.map((trustee) => trustee.trustee_index),
          commitment,
        });
        await checkShareForServer(transaction, ceremony, trustees, commitment);
      } else {
        const commitments = trustees.map((trustee) => JSON.parse(trustee.commitment!) as TrusteeCommitment);
        const isValid = verifyVerificationKey(group, {
          ceremonyId: ceremony.id,
          commitments,
          verificationKey: value as TrusteeVerificationKey,
        });
        if (!isValid) throw refusal(invalid, field);
      }
    } catch (error) {
      if (error instanceof CeremonyError || error instanceof InvalidEncodingError)
        throw refusal(invalid, field);
      throw error;
    }
    if (!(await publishTrusteeStep(transaction, me.id, step, JSON.stringify(value)))) {
      throw new AppError('ceremony_step_closed');
    }
    await advanceCeremony(transaction, ceremony.id);
  });
  return trusteeView(context, token);
}

/** The share a trustee sent the server must open and match that trustee's commitments. */
async function checkShareForServer(
  db: DbOrTransaction,
  ceremony: CeremonyRow,
  trustees: TrusteeRow[],
  commitment: TrusteeCommitment,
) {
  const server = trustees.find((trustee) => trustee.is_server === 1);
  if (!server) return;
  const secret = (await findServerSecret(db, ceremony.id))!;
  try {
    createVerificationKey(await loadSodiumGroup(), {
      ceremonyId: ceremony.id,
      index: server.trustee_index,
      threshold: ceremony.threshold,
      encryptionSecret: decodeScalar(secret.encryption_secret),
      commitments: [commitment],
      random: secureRandom(),
    });
  } catch (error) {
    if (error instanceof CeremonyError) throw refusal('invalid_share_for_server', 'body.commitment.shares');
    throw error;
  }
}

/** Moves the ceremony on when every trustee has done its step; the server does its part of the next. */
async function advanceCeremony(db: DbOrTransaction, ceremonyId: string): Promise<void> {
  const group = await loadSodiumGroup();
  for (;;) {
    const ceremony = (await findCeremony(db, ceremonyId))!;
    const trustees = await listTrustees(db, ceremonyId);
    const server = trustees.find((trustee) => trustee.is_server === 1);
    const now = nowIso();
    if (ceremony.status === 'certificates' && trustees.every((trustee) => trustee.certificate)) {
      await setCeremonyState(db, ceremonyId, { status: 'commitments', updated_at: now });
      if (server) {
        const commitment = createCommitment(group, {
          ceremonyId,
          index: server.trustee_index,
          threshold: ceremony.threshold,
          certificates: trustees.map((trustee) => JSON.parse(trustee.certificate!) as TrusteeCertificate),
          random: secureRandom(),
        });
        await publishTrusteeStep(db, server.id, 'commitment', JSON.stringify(commitment));
      }
      continue;
    }
    if (ceremony.status === 'commitments' && trustees.every((trustee) => trustee.commitment)) {
      await setCeremonyState(db, ceremonyId, { status: 'verification_keys', updated_at: now });
      if (server) {
        const secret = (await findServerSecret(db, ceremonyId))!;
        const { secret: share, verificationKey } = createVerificationKey(group, {
          ceremonyId,
          index: server.trustee_index,
          threshold: ceremony.threshold,
          encryptionSecret: decodeScalar(secret.encryption_secret),
          commitments: trustees.map((trustee) => JSON.parse(trustee.commitment!) as TrusteeCommitment),
          random: secureRandom(),
        });
        await setServerShare(db, ceremonyId, encodeScalar(share));
        await publishTrusteeStep(db, server.id, 'verification_key', JSON.stringify(verificationKey));
      }
      continue;
    }
    if (ceremony.status === 'verification_keys' && trustees.every((trustee) => trustee.verification_key)) {
      const commitments = trustees.map((trustee) => JSON.parse(trustee.commitment!) as TrusteeCommitment);
      const publicKey = ceremonyPublicKey(group, commitments);
      await setCeremonyState(db, ceremonyId, { status: 'ready', public_key: publicKey, updated_at: now });
      // Every step was checked as it came; the whole is checked once more as a verifier will.
      verifyCeremony(group, await ceremonyRecord(db, ceremonyId));
    }
    return;
  }
}
