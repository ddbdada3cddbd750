import { normalizeName } from '../../../../common/names.ts';
import type { OrganisationKind } from '../../../../common/organisations.ts';
import type { OrganisationInput, OrganisationView } from '../../../../common/register.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { AppError, notFound } from '../../http/app-error.ts';
import { newId, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.repository.ts';
import { refreshPersonIndex } from './persons.repository.ts';

/** Finds an organisation by any of its names: "CU Dunkerque" and "Communauté urbaine de Dunkerque" alike. */
export async function findOrganisationIdByName(
  db: DbOrTransaction,
  name: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('organisation_aliases')
    .select('organisation_id')
    .where('normalized_alias', '=', normalizeName(name))
    .executeTakeFirst();
  return row?.organisation_id;
}

async function present(db: DbOrTransaction, ids?: string[]): Promise<OrganisationView[]> {
  let query = db.selectFrom('organisations').selectAll().orderBy('name');
  if (ids) query = query.where('id', 'in', ids.length ? ids : ['']);
  const rows = await query.execute();
  let aliasQuery = db
    .selectFrom('organisation_aliases')
    .select(['organisation_id', 'alias'])
    .orderBy('alias');
  if (ids) aliasQuery = aliasQuery.where('organisation_id', 'in', ids.length ? ids : ['']);
  const aliases = await aliasQuery.execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind as OrganisationKind,
    aliases: aliases
      .filter((alias) => alias.organisation_id === row.id && alias.alias !== row.name)
      .map((alias) => alias.alias),
    email: row.email,
    notes: row.notes,
  }));
}

export async function listOrganisations(context: ServiceContext, q?: string): Promise<OrganisationView[]> {
  const { db } = context.database;
  const tokens = normalizeName(q ?? '')
    .split(' ')
    .filter(Boolean);
  if (tokens.length === 0) return present(db);
  let query = db.selectFrom('organisation_aliases').select('organisation_id').distinct();
  for (const token of tokens) query = query.where('normalized_alias', 'like', `%${token}%`);
  const ids = (await query.limit(200).execute()).map((row) => row.organisation_id);
  return present(db, ids);
}

export async function getOrganisation(context: ServiceContext, id: string) {
  const { db } = context.database;
  const [organisation] = await present(db, [id]);
  if (!organisation) throw notFound('Organisation');
  const people = await db
    .selectFrom('affiliations')
    .innerJoin('persons', 'persons.id', 'affiliations.person_id')
    .select([
      'persons.id',
      'persons.first_name',
      'persons.last_name',
      'affiliations.title',
      'affiliations.is_staff',
    ])
    .where('affiliations.organisation_id', '=', id)
    .orderBy('persons.last_name')
    .execute();
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
      throw new AppError('conflict', `Le nom « ${alias} » désigne déjà une autre organisation.`, {
        errors: [{ path: 'body.aliases', message: 'alias_taken' }],
      });
    }
    await db
      .insertInto('organisation_aliases')
      .values({ id: newId(), organisation_id: organisationId, alias, normalized_alias: key })
      .execute();
  }
}

export async function createOrganisation(
  context: ServiceContext,
  { actor, organisation }: { actor: SessionUser | null; organisation: OrganisationInput },
): Promise<OrganisationView> {
  const id = newId();
  await context.database.db.transaction().execute(async (transaction) => {
    const now = nowIso();
    await transaction
      .insertInto('organisations')
      .values({
        id,
        name: organisation.name,
        kind: organisation.kind,
        email: organisation.email ?? null,
        notes: organisation.notes ?? null,
        search_text: normalizeName(organisation.name),
        created_at: now,
        updated_at: now,
      })
      .execute();
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
  }: { actor: SessionUser | null; organisationId: string; organisation: OrganisationInput },
): Promise<OrganisationView> {
  await context.database.db.transaction().execute(async (transaction) => {
    const previous = await transaction
      .selectFrom('organisations')
      .selectAll()
      .where('id', '=', organisationId)
      .executeTakeFirst();
    if (!previous) throw notFound('Organisation');
    await transaction
      .updateTable('organisations')
      .set({
        name: organisation.name,
        kind: organisation.kind,
        email: organisation.email ?? null,
        notes: organisation.notes ?? null,
        search_text: normalizeName(organisation.name),
        updated_at: nowIso(),
      })
      .where('id', '=', organisationId)
      .execute();
    // The list sent replaces the aliases, but the old name stays one: earlier lists that used it still match.
    const kept = [organisation.name, previous.name, ...(organisation.aliases ?? [])];
    const keptKeys = new Set(kept.map(normalizeName));
    const current = await transaction
      .selectFrom('organisation_aliases')
      .select(['id', 'normalized_alias'])
      .where('organisation_id', '=', organisationId)
      .execute();
    const dropped = current.filter((alias) => !keptKeys.has(alias.normalized_alias)).map((alias) => alias.id);
    if (dropped.length > 0)
      await transaction.deleteFrom('organisation_aliases').where('id', 'in', dropped).execute();
    await saveAliases(transaction, organisationId, kept);
    const members = await transaction
      .selectFrom('affiliations')
      .select('person_id')
      .where('organisation_id', '=', organisationId)
      .execute();
    for (const member of members) await refreshPersonIndex(transaction, member.person_id);
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'organisation.updated',
      subjectType: 'organisation',
      subjectId: organisationId,
      details: {
        from: { name: previous.name, kind: previous.kind },
        to: { name: organisation.name, kind: organisation.kind },
      },
    });
  });
  return (await present(context.database.db, [organisationId]))[0]!;
}
