import { normalizeName } from '../../../../common/names.ts';
import type { OrganisationKind } from '../../../../common/organisations.ts';
import type {
  OrganisationDetail,
  OrganisationInput,
  OrganisationView,
} from '../../../../common/register.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { checkVersion, refusingStale, StaleVersionError } from '../../http/record-version.ts';
import { AppError } from '../../http/app-error.ts';
import { newId, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import {
  deleteAliases,
  findOrganisation,
  findOrganisationIdByName,
  insertAlias,
  insertOrganisation,
  listAffiliatedPersonIds,
  listAliasKeys,
  listOrganisationRows,
  listPeopleOfOrganisation,
  searchOrganisationIds,
  updateOrganisationRow,
} from './organisations.repository.ts';
import { refreshPersonIndex } from './persons.repository.ts';
import {
  customFieldsColumn,
  listRegisterFields,
  mergeCustomFields,
  parseCustomFields,
} from './register-fields.service.ts';

/** What an organisation is searched by: its name and the values of its own fields. */
function organisationSearchText(name: string, customFields: Record<string, string>): string {
  return normalizeName([name, ...Object.values(customFields)].join(' '));
}

export { findOrganisationIdByName };

async function present(db: DbOrTransaction, ids?: string[]): Promise<OrganisationView[]> {
  const { rows, aliases } = await listOrganisationRows(db, ids);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind as OrganisationKind,
    aliases: aliases
      .filter((alias) => alias.organisation_id === row.id && alias.alias !== row.name)
      .map((alias) => alias.alias),
    email: row.email,
    notes: row.notes,
    customFields: parseCustomFields(row.custom_fields),
    version: row.version,
  }));
}

export async function listOrganisations(context: ServiceContext, q?: string): Promise<OrganisationView[]> {
  const { db } = context.database;
  const tokens = normalizeName(q ?? '')
    .split(' ')
    .filter(Boolean);
  if (tokens.length === 0) return present(db);
  return present(db, await searchOrganisationIds(db, tokens));
}

export async function getOrganisation(context: ServiceContext, id: string): Promise<OrganisationDetail> {
  const { db } = context.database;
  const [organisation] = await present(db, [id]);
  if (!organisation) throw new AppError('organisation_not_found');
  const people = await listPeopleOfOrganisation(db, id);
  return {
    ...organisation,
    people: people.map((row) => ({
      personId: row.id,
      displayName: `${row.first_name} ${row.last_name}`,
      title: row.title,
      isStaff: row.is_staff === 1,
    })),
  };
}

async function saveAliases(db: DbOrTransaction, organisationId: string, names: string[]): Promise<void> {
  for (const alias of names) {
    const key = normalizeName(alias);
    const owner = await findOrganisationIdByName(db, alias);
    if (owner === organisationId) continue;
    if (owner) {
      throw new AppError(
        'organisation_alias_taken',
        { alias },
        {
          errors: [{ path: 'body.aliases', message: 'alias_taken' }],
        },
      );
    }
    await insertAlias(db, { id: newId(), organisation_id: organisationId, alias, normalized_alias: key });
  }
}

export async function createOrganisation(
  context: ServiceContext,
  { actor, organisation }: { actor: SessionUser | null; organisation: OrganisationInput },
): Promise<OrganisationView> {
  const id = newId();
  await context.database.db.transaction().execute(async (transaction) => {
    const now = nowIso();
    const fields = await listRegisterFields(transaction);
    const customFields = mergeCustomFields(
      fields,
      {},
      organisation.customFields,
      'body.customFields',
      'organisation',
    );
    await insertOrganisation(transaction, {
      id,
      name: organisation.name,
      kind: organisation.kind,
      email: organisation.email ?? null,
      notes: organisation.notes ?? null,
      custom_fields: customFieldsColumn(customFields),
      search_text: organisationSearchText(organisation.name, customFields),
      created_at: now,
      updated_at: now,
    });
    await saveAliases(transaction, id, [organisation.name, ...(organisation.aliases ?? [])]);
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'organisation.created',
      subjectType: 'organisation',
      subjectId: id,
      details: { name: organisation.name, kind: organisation.kind },
    });
  });
  return (await present(context.database.db, [id]))[0]!;
}

export async function updateOrganisation(
  context: ServiceContext,
  {
    actor,
    organisationId,
    organisation,
    expectedVersion,
  }: {
    actor: SessionUser | null;
    organisationId: string;
    organisation: OrganisationInput;
    /** The version the change was made on (If-Match); a stale one is refused with the current record. */
    expectedVersion?: number | undefined;
  },
): Promise<OrganisationView> {
  const write = () =>
    context.database.db.transaction().execute(async (transaction) => {
      const previous = await findOrganisation(transaction, organisationId);
      if (!previous) throw new AppError('organisation_not_found');
      checkVersion(previous, expectedVersion);
      const customFields = mergeCustomFields(
        await listRegisterFields(transaction),
        parseCustomFields(previous.custom_fields),
        organisation.customFields,
        'body.customFields',
        'organisation',
      );
      const isUpdated = await updateOrganisationRow(transaction, organisationId, expectedVersion, {
        name: organisation.name,
        kind: organisation.kind,
        email: organisation.email ?? null,
        notes: organisation.notes ?? null,
        custom_fields: customFieldsColumn(customFields),
        search_text: organisationSearchText(organisation.name, customFields),
        updated_at: nowIso(),
      });
      if (!isUpdated) throw new StaleVersionError();
      // The list sent replaces the aliases, but the old name stays one: earlier lists that used it still match.
      const kept = [organisation.name, previous.name, ...(organisation.aliases ?? [])];
      const keptKeys = new Set(kept.map(normalizeName));
      const current = await listAliasKeys(transaction, organisationId);
      await deleteAliases(
        transaction,
        current.filter((alias) => !keptKeys.has(alias.normalized_alias)).map((alias) => alias.id),
      );
      await saveAliases(transaction, organisationId, kept);
      for (const personId of await listAffiliatedPersonIds(transaction, organisationId))
        await refreshPersonIndex(transaction, personId);
      await recordAuditEvent(transaction, {
        actorUserId: actor?.id ?? null,
        action: 'organisation.updated',
        subjectType: 'organisation',
        subjectId: organisationId,
        details: {
          from: {
            name: previous.name,
            kind: previous.kind,
            customFields: parseCustomFields(previous.custom_fields),
          },
          to: { name: organisation.name, kind: organisation.kind, customFields },
        },
      });
    });
  await refusingStale(write, () => getOrganisation(context, organisationId));
  return (await present(context.database.db, [organisationId]))[0]!;
}
