import crypto from 'node:crypto';
import type { Updateable } from 'kysely';
import {
  maxLogoBytes,
  type AssociationPatch,
  type AssociationSettings,
  type AssociationView,
} from '../../../../common/association.schemas.ts';
import { isLanguage } from '../../../../common/i18n/messages.ts';
import type { ServiceContext } from '../../context.ts';
import { invalidField } from '../../http/app-error.ts';
import { checkVersion, refusingStale, StaleVersionError } from '../../http/record-version.ts';
import { newId, nowIso } from '../../ids.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import type { AssociationTable } from '../../db/tables.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import {
  findAssociation,
  insertAssociation,
  updateAssociation,
  updateAssociationAside,
  type AssociationRow,
} from './association.repository.ts';

function logoVersion(row: AssociationRow): string {
  return crypto
    .createHash('sha256')
    .update(row.logo_base64 ?? '')
    .digest('hex')
    .slice(0, 12);
}

function present(row: AssociationRow | undefined, fallbackTimeZone: string): AssociationView {
  return {
    version: row?.version ?? 0,
    name: row?.name ?? 'Mon association',
    shortName: row?.short_name ?? 'Association',
    timeZone: row?.time_zone ?? fallbackTimeZone,
    locale: isLanguage(row?.locale) ? row.locale : 'fr',
    legalForm: row?.legal_form ?? null,
    address: row?.address ?? null,
    postcode: row?.postcode ?? null,
    city: row?.city ?? null,
    rnaNumber: row?.rna_number ?? null,
    siret: row?.siret ?? null,
    foundingYear:
      row?.founding_year === null || row?.founding_year === undefined ? null : Number(row.founding_year),
    logoUrl: row?.logo_base64 ? `/api/association/logo?v=${logoVersion(row)}` : null,
    twoFactorRequired: Number(row?.two_factor_required ?? 0) === 1,
    mailSenderName: row?.mail_sender_name ?? null,
    mailSenderAddress: row?.mail_sender_address ?? null,
  };
}

/** The association Quorum runs; a fresh database has none yet and gets neutral defaults. */
export async function getAssociation(context: ServiceContext): Promise<AssociationView> {
  return present(await findAssociation(context.database.db), context.config.timeZone);
}

/** Whether the association has been saved at least once (a fresh database runs on defaults). */
export async function hasSavedAssociation(context: ServiceContext): Promise<boolean> {
  return (await findAssociation(context.database.db)) !== undefined;
}

const columns = {
  name: 'name',
  shortName: 'short_name',
  timeZone: 'time_zone',
  locale: 'locale',
  legalForm: 'legal_form',
  address: 'address',
  postcode: 'postcode',
  city: 'city',
  rnaNumber: 'rna_number',
  siret: 'siret',
  foundingYear: 'founding_year',
  mailSenderName: 'mail_sender_name',
  mailSenderAddress: 'mail_sender_address',
} as const satisfies Record<keyof AssociationPatch, keyof AssociationRow>;

/**
 * Changes the fields given, and only those (a form sends what it shows); the first save creates the
 * association from the defaults. Audited with the fields changed, before and after.
 */
export async function updateAssociationIdentity(
  context: ServiceContext,
  {
    actor,
    changes,
    expectedVersion,
  }: {
    actor: SessionUser | null;
    changes: AssociationPatch;
    /** The version the change was made on (If-Match; 0 before the first save); a stale one is refused. */
    expectedVersion?: number | undefined;
  },
): Promise<AssociationView> {
  const write = () =>
    context.database.db.transaction().execute(async (transaction) => {
      const existing = await findAssociation(transaction);
      const before = present(existing, context.config.timeZone);
      checkVersion(before, expectedVersion);
      const now = nowIso();
      const values: Updateable<AssociationTable> = {};
      const changed: Record<string, { from: unknown; to: unknown }> = {};
      for (const [key, column] of Object.entries(columns) as [
        keyof AssociationPatch,
        keyof AssociationRow,
      ][]) {
        if (!(key in changes)) continue;
        const value = changes[key] ?? null;
        if (key === 'foundingYear' && value !== null && Number(value) > new Date().getUTCFullYear())
          throw invalidField('body.foundingYear', 'founding_year_in_future');
        (values as Record<string, unknown>)[column] = value;
        if (before[key] !== value) changed[key] = { from: before[key], to: value };
      }
      if (existing) {
        const isUpdated = await updateAssociation(
          transaction,
          existing.id,
          { ...values, updated_at: now },
          expectedVersion,
        );
        if (!isUpdated) throw new StaleVersionError();
      } else
        await insertAssociation(transaction, {
          id: newId(),
          organisation_id: null,
          created_at: now,
          updated_at: now,
          name: before.name,
          short_name: before.shortName,
          time_zone: before.timeZone,
          locale: before.locale,
          ...values,
        });
      await recordAuditEvent(transaction, {
        actorUserId: actor?.id ?? null,
        action: 'association.updated',
        subjectType: 'association',
        subjectId: existing?.id ?? null,
        details: { changed },
      });
    });
  await refusingStale(write, () => getAssociation(context));
  return getAssociation(context);
}

/** Name, short name, zone and language at once (the settings every page reads). */
export async function saveAssociation(
  context: ServiceContext,
  {
    actor,
    association,
    expectedVersion,
  }: { actor: SessionUser | null; association: AssociationSettings; expectedVersion?: number | undefined },
): Promise<AssociationView> {
  return updateAssociationIdentity(context, { actor, changes: association, expectedVersion });
}

/** The association's row, created from the defaults on a fresh database. */
async function savedAssociation(
  context: ServiceContext,
  transaction: DbOrTransaction,
): Promise<AssociationRow> {
  const existing = await findAssociation(transaction);
  if (existing) return existing;
  const defaults = present(undefined, context.config.timeZone);
  const now = nowIso();
  await insertAssociation(transaction, {
    id: newId(),
    organisation_id: null,
    created_at: now,
    updated_at: now,
    name: defaults.name,
    short_name: defaults.shortName,
    time_zone: defaults.timeZone,
    locale: defaults.locale,
  });
  return (await findAssociation(transaction))!;
}

/** Whether administrators and treasurers must sign in with a second factor. */
export async function isTwoFactorRequired(context: ServiceContext): Promise<boolean> {
  return Number((await findAssociation(context.database.db))?.two_factor_required ?? 0) === 1;
}

/**
 * Turns the requirement of a second factor for administrators and treasurers on or off, in the
 * caller's transaction (the accounts domain checks first that the administrator doing it has one).
 */
export async function writeTwoFactorRequirement(
  context: ServiceContext,
  transaction: DbOrTransaction,
  { actor, required }: { actor: SessionUser; required: boolean },
): Promise<void> {
  const existing = await savedAssociation(context, transaction);
  await updateAssociationAside(transaction, existing.id, {
    two_factor_required: required ? 1 : 0,
    updated_at: nowIso(),
  });
  await recordAuditEvent(transaction, {
    actorUserId: actor.id,
    action: 'association.two_factor_requirement_changed',
    subjectType: 'association',
    subjectId: existing.id,
    details: { from: Number(existing.two_factor_required) === 1, to: required },
  });
}

function logoMediaType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length > png.length && png.every((byte, index) => bytes[index] === byte)) return 'image/png';
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

/**
 * Stores the logo printed on the association's documents. The bytes decide, not the type the browser
 * claimed: a PNG or a JPEG, at most `maxLogoBytes`.
 */
export async function saveLogo(
  context: ServiceContext,
  { actor, bytes }: { actor: SessionUser | null; bytes: Uint8Array },
): Promise<AssociationView> {
  if (bytes.length === 0) throw invalidField('body', 'logo_not_an_image');
  if (bytes.length > maxLogoBytes)
    throw invalidField('body', 'logo_too_large', { maxKilobytes: maxLogoBytes / 1024 });
  const mediaType = logoMediaType(bytes);
  if (!mediaType) throw invalidField('body', 'logo_not_an_image');
  await writeLogo(context, actor, { mediaType, base64: Buffer.from(bytes).toString('base64') });
  return getAssociation(context);
}

export async function removeLogo(
  context: ServiceContext,
  { actor }: { actor: SessionUser | null },
): Promise<AssociationView> {
  await writeLogo(context, actor, null);
  return getAssociation(context);
}

async function writeLogo(
  context: ServiceContext,
  actor: SessionUser | null,
  logo: { mediaType: string; base64: string } | null,
): Promise<void> {
  await context.database.db.transaction().execute(async (transaction) => {
    const existing = await savedAssociation(context, transaction);
    const now = nowIso();
    await updateAssociationAside(transaction, existing.id, {
      logo_media_type: logo?.mediaType ?? null,
      logo_base64: logo?.base64 ?? null,
      updated_at: now,
    });
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: logo ? 'association.logo_changed' : 'association.logo_removed',
      subjectType: 'association',
      subjectId: existing.id,
      details: logo ? { mediaType: logo.mediaType, bytes: Buffer.from(logo.base64, 'base64').length } : {},
    });
  });
}

/** The logo's bytes and type, for the page and the documents' header; null without one. */
export async function associationLogo(
  context: ServiceContext,
): Promise<{ mediaType: 'image/png' | 'image/jpeg'; bytes: Buffer } | null> {
  const row = await findAssociation(context.database.db);
  if (!row?.logo_base64 || !row.logo_media_type) return null;
  return {
    mediaType: row.logo_media_type === 'image/png' ? 'image/png' : 'image/jpeg',
    bytes: Buffer.from(row.logo_base64, 'base64'),
  };
}
