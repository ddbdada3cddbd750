import type {
  RegisterFieldEdit,
  RegisterFieldInput,
  RegisterFieldOwner,
  RegisterFieldType,
  RegisterFieldView,
} from '../../../../common/register-fields.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { AppError, invalidField } from '../../http/app-error.ts';
import { checkVersion, refusingStale, StaleVersionError } from '../../http/record-version.ts';
import type { Language } from '../../i18n/translate.ts';
import { newId, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import {
  deleteRegisterFieldRow,
  findRegisterFieldRow,
  insertRegisterFieldRow,
  listCustomFieldValues,
  listOrganisationFieldValues,
  listRegisterFieldRows,
  updateRegisterFieldRow,
} from './register-fields.repository.ts';

type Actor = SessionUser | null;

/** A person's values of the register's own fields, by code (none: an empty record). */
export function parseCustomFields(text: string | null): Record<string, string> {
  if (!text) return {};
  const parsed = JSON.parse(text) as Record<string, string>;
  return typeof parsed === 'object' && parsed !== null ? parsed : {};
}

/** The register's own fields in their order, archived ones included, with how many persons fill each. */
export async function listRegisterFields(
  db: DbOrTransaction,
  language: Language = 'fr',
): Promise<RegisterFieldView[]> {
  const [rows, persons, organisations] = await Promise.all([
    listRegisterFieldRows(db),
    listCustomFieldValues(db),
    listOrganisationFieldValues(db),
  ]);
  const counts = new Map<string, number>();
  for (const holder of [...persons, ...organisations])
    for (const code of Object.keys(parseCustomFields(holder.custom_fields)))
      counts.set(code, (counts.get(code) ?? 0) + 1);
  return rows.map((row) => ({
    code: row.code,
    version: row.version,
    labelFr: row.label_fr,
    labelEn: row.label_en,
    label: language === 'en' ? row.label_en : row.label_fr,
    type: row.type as RegisterFieldType,
    appliesTo: row.applies_to as RegisterFieldOwner,
    options: JSON.parse(row.options) as string[],
    position: Number(row.position),
    isArchived: row.archived_at !== null,
    valueCount: counts.get(row.code) ?? 0,
  }));
}

const isDay = (text: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) &&
  !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) &&
  new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;

/**
 * A person's values checked against the fields (each refusal names `<path>.<code>`) and merged into
 * what they had: an empty text clears a value, a field left out keeps its value. `fields` is the
 * list of the register's fields; an archived field keeps its values and takes no new one.
 */
export function mergeCustomFields(
  fields: readonly RegisterFieldView[],
  previous: Record<string, string>,
  typed: Record<string, string> | undefined,
  path = 'body.customFields',
  owner: RegisterFieldOwner = 'person',
): Record<string, string> {
  const result = { ...previous };
  for (const [code, raw] of Object.entries(typed ?? {})) {
    const value = raw.trim();
    // A person takes only persons' fields, an organisation only organisations'.
    const field = fields.find((entry) => entry.code === code && entry.appliesTo === owner);
    if (!field) throw invalidField(`${path}.${code}`, 'unknown_register_field', { code });
    if (value === '') {
      delete result[code];
      continue;
    }
    if (value === previous[code]) continue;
    if (field.isArchived)
      throw invalidField(`${path}.${code}`, 'register_field_archived', { label: field.label });
    if (field.type === 'date' && !isDay(value)) throw invalidField(`${path}.${code}`, 'invalid_date');
    if (field.type === 'choice' && !field.options.includes(value))
      throw invalidField(`${path}.${code}`, 'not_an_option', { options: field.options.join(', ') });
    result[code] = value;
  }
  return result;
}

/** The JSON the persons table keeps: null when the person has no value. */
export function customFieldsColumn(values: Record<string, string>): string | null {
  const codes = Object.keys(values).sort();
  if (codes.length === 0) return null;
  return JSON.stringify(Object.fromEntries(codes.map((code) => [code, values[code]])));
}

export async function addRegisterField(
  context: ServiceContext,
  { actor, input, language = 'fr' }: { actor: Actor; input: RegisterFieldInput; language?: Language },
): Promise<RegisterFieldView[]> {
  await context.database.db.transaction().execute(async (transaction) => {
    if (await findRegisterFieldRow(transaction, input.code)) {
      const params = { code: input.code };
      throw new AppError('register_field_code_taken', params, {
        errors: [{ path: 'body.code', message: 'register_field_code_taken', params }],
      });
    }
    const id = newId();
    const now = nowIso();
    await insertRegisterFieldRow(transaction, {
      id,
      code: input.code,
      label_fr: input.labelFr,
      label_en: input.labelEn,
      type: input.type,
      applies_to: input.appliesTo,
      options: JSON.stringify(input.type === 'choice' ? input.options : []),
      archived_at: null,
      created_at: now,
      updated_at: now,
    });
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'register_field.added',
      subjectType: 'register_field',
      subjectId: id,
      details: { ...input },
    });
  });
  return listRegisterFields(context.database.db, language);
}

export async function editRegisterField(
  context: ServiceContext,
  {
    actor,
    code,
    input,
    language = 'fr',
    expectedVersion,
  }: {
    actor: Actor;
    code: string;
    input: RegisterFieldEdit;
    language?: Language;
    /** The version the change was made on (If-Match); a stale one is refused with the field as it now is. */
    expectedVersion?: number | undefined;
  },
): Promise<RegisterFieldView[]> {
  const write = () =>
    context.database.db.transaction().execute(async (transaction) => {
      const existing = await findRegisterFieldRow(transaction, code);
      if (!existing) throw new AppError('register_field_not_found');
      if (existing.type === 'choice' && input.options.length === 0)
        throw invalidField('body.options', 'choice_options_required');
      checkVersion(existing, expectedVersion);
      const changes = {
        label_fr: input.labelFr,
        label_en: input.labelEn,
        options: JSON.stringify(existing.type === 'choice' ? input.options : []),
        updated_at: nowIso(),
      };
      if (!(await updateRegisterFieldRow(transaction, code, changes, expectedVersion)))
        throw new StaleVersionError();
      await recordAuditEvent(transaction, {
        actorUserId: actor?.id ?? null,
        action: 'register_field.edited',
        subjectType: 'register_field',
        subjectId: existing.id,
        details: { code, to: input },
      });
    });
  await refusingStale(write, async () =>
    (await listRegisterFields(context.database.db, language)).find((field) => field.code === code)!,
  );
  return listRegisterFields(context.database.db, language);
}

/** Archives a field (it keeps its values and takes no new one) or brings it back. */
export async function archiveRegisterField(
  context: ServiceContext,
  {
    actor,
    code,
    isArchived,
    language = 'fr',
  }: { actor: Actor; code: string; isArchived: boolean; language?: Language },
): Promise<RegisterFieldView[]> {
  await context.database.db.transaction().execute(async (transaction) => {
    const existing = await findRegisterFieldRow(transaction, code);
    if (!existing) throw new AppError('register_field_not_found');
    const now = nowIso();
    await updateRegisterFieldRow(transaction, code, {
      archived_at: isArchived ? now : null,
      updated_at: now,
    });
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: isArchived ? 'register_field.archived' : 'register_field.restored',
      subjectType: 'register_field',
      subjectId: existing.id,
      details: { code },
    });
  });
  return listRegisterFields(context.database.db, language);
}

/** Deletes a field no person or organisation has a value in (409 otherwise: archive it). */
export async function removeRegisterField(
  context: ServiceContext,
  { actor, code, language = 'fr' }: { actor: Actor; code: string; language?: Language },
): Promise<RegisterFieldView[]> {
  await context.database.db.transaction().execute(async (transaction) => {
    const existing = await findRegisterFieldRow(transaction, code);
    if (!existing) throw new AppError('register_field_not_found');
    const field = (await listRegisterFields(transaction)).find((entry) => entry.code === code)!;
    if (field.valueCount > 0) throw new AppError('register_field_in_use', { count: field.valueCount });
    await deleteRegisterFieldRow(transaction, code);
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'register_field.removed',
      subjectType: 'register_field',
      subjectId: existing.id,
      details: { code, labelFr: existing.label_fr },
    });
  });
  return listRegisterFields(context.database.db, language);
}
