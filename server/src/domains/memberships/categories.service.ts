import type {
  CategoryInput,
  CategoryEditInput,
  MembershipCategoryView,
} from '../../../../common/membership-categories.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { AppError, invalidField } from '../../http/app-error.ts';
import { checkVersion, refusingStale, StaleVersionError } from '../../http/record-version.ts';
import type { Language } from '../../i18n/translate.ts';
import { newId, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import {
  countMembershipsPerCategory,
  deleteCategoryRow,
  findCategoryRow,
  insertCategoryRow,
  isCategoryInGrids,
  listCategoryRows,
  renameCategoryCode,
  setCategoryPositions,
  updateCategoryRow,
} from './categories.repository.ts';

type Actor = SessionUser | null;
type CategoryRow = Awaited<ReturnType<typeof listCategoryRows>>[number];

function presentCategory(
  row: CategoryRow,
  language: Language,
  membershipCount: number,
): MembershipCategoryView {
  return {
    code: row.code,
    version: row.version,
    kind: row.kind as MembershipCategoryView['kind'],
    labelFr: row.label_fr,
    pluralFr: row.plural_fr,
    labelEn: row.label_en,
    pluralEn: row.plural_en,
    countedAsFr: row.counted_as_fr,
    countedAsEn: row.counted_as_en,
    label: language === 'en' ? row.label_en : row.label_fr,
    plural: language === 'en' ? row.plural_en : row.plural_fr,
    isVoting: Boolean(Number(row.is_voting)),
    voteWeight: Number(row.vote_weight),
    hasPartner: Boolean(Number(row.has_partner)),
    position: Number(row.position),
    isArchived: row.archived_at !== null,
    membershipCount,
  };
}

/**
 * The association's categories in their order, each worded in the language asked, archived ones
 * included (they still name the memberships of past years).
 */
export async function listCategories(
  db: DbOrTransaction,
  language: Language = 'fr',
): Promise<MembershipCategoryView[]> {
  const [rows, counts] = await Promise.all([listCategoryRows(db), countMembershipsPerCategory(db)]);
  return rows.map((row) => presentCategory(row, language, counts.get(row.code) ?? 0));
}

/** The category a membership names, refused by field when unknown, archived or of the other kind. */
export async function requireCategoryFor(
  db: DbOrTransaction,
  {
    code,
    holder,
    path = 'body.category',
  }: { code: string; holder: 'person' | 'organisation'; path?: string },
) {
  const row = await findCategoryRow(db, code);
  if (!row) throw invalidField(path, 'unknown_category', { code });
  if (row.archived_at) throw invalidField(path, 'category_archived', { code });
  if (row.kind !== holder)
    throw invalidField(path, holder === 'person' ? 'category_for_organisations' : 'category_for_persons');
  return presentCategory(row, 'fr', 0);
}

/** A new category at the end of the list; its code names it in the data and cannot be taken twice. */
export async function addCategory(
  context: ServiceContext,
  { actor, input, language = 'fr' }: { actor: Actor; input: CategoryInput; language?: Language },
): Promise<MembershipCategoryView[]> {
  await context.database.db.transaction().execute(async (transaction) => {
    if (await findCategoryRow(transaction, input.code)) {
      const params = { code: input.code };
      throw new AppError('category_code_taken', params, {
        errors: [{ path: 'body.code', message: 'category_code_taken', params }],
      });
    }
    const id = newId();
    const now = nowIso();
    await insertCategoryRow(transaction, {
      id,
      code: input.code,
      kind: input.kind,
      ...wordsRow(input),
      archived_at: null,
      created_at: now,
      updated_at: now,
    });
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'membership_category.added',
      subjectType: 'membership_category',
      subjectId: id,
      details: { ...input },
    });
  });
  return listCategories(context.database.db, language);
}

function wordsRow(input: Omit<CategoryEditInput, 'code' | 'kind'>) {
  return {
    label_fr: input.labelFr,
    plural_fr: input.pluralFr,
    label_en: input.labelEn,
    plural_en: input.pluralEn,
    counted_as_fr: input.countedAsFr ?? null,
    counted_as_en: input.countedAsEn ?? null,
    is_voting: input.isVoting ? 1 : 0,
    vote_weight: input.voteWeight,
    has_partner: input.hasPartner ? 1 : 0,
  };
}

/**
 * New words, vote or partner setting for a category; and a new code or kind while no membership uses
 * it (refused 409 otherwise: the memberships were recorded under them). A new code is carried to the
 * fee grids, rates and budget fee lines that name the category.
 */
export async function editCategory(
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
    input: CategoryEditInput;
    language?: Language;
    /** The version the change was made on (If-Match); a stale one is refused with the category as it now is. */
    expectedVersion?: number | undefined;
  },
): Promise<MembershipCategoryView[]> {
  const write = () =>
    context.database.db.transaction().execute(async (transaction) => {
      const existing = await findCategoryRow(transaction, code);
      if (!existing) throw new AppError('category_not_found');
      checkVersion(existing, expectedVersion);
      const { code: newCode = code, kind = existing.kind, ...words } = input;
      if (newCode !== code || kind !== existing.kind) {
        const count = (await countMembershipsPerCategory(transaction)).get(code) ?? 0;
        if (count > 0) {
          const params = { label: existing.label_fr, count };
          const field = newCode !== code ? 'body.code' : 'body.kind';
          throw new AppError('category_identity_in_use', params, {
            errors: [{ path: field, message: 'category_identity_in_use', params }],
          });
        }
        if (newCode !== code && (await findCategoryRow(transaction, newCode))) {
          const params = { code: newCode };
          throw new AppError('category_code_taken', params, {
            errors: [{ path: 'body.code', message: 'category_code_taken', params }],
          });
        }
      }
      const changes = { ...wordsRow(words), kind, updated_at: nowIso() };
      if (!(await updateCategoryRow(transaction, code, changes, expectedVersion)))
        throw new StaleVersionError();
      if (newCode !== code) await renameCategoryCode(transaction, code, newCode);
      await recordAuditEvent(transaction, {
        actorUserId: actor?.id ?? null,
        action: 'membership_category.edited',
        subjectType: 'membership_category',
        subjectId: existing.id,
        details: { code, from: { code, kind: existing.kind }, to: { ...words, code: newCode, kind } },
      });
    });
  await refusingStale(write, async () =>
    (await listCategories(context.database.db, language)).find((category) => category.code === code)!,
  );
  return listCategories(context.database.db, language);
}

/** Archives a category (it keeps naming its memberships but takes no new one), or brings it back. */
export async function archiveCategory(
  context: ServiceContext,
  {
    actor,
    code,
    isArchived,
    language = 'fr',
  }: { actor: Actor; code: string; isArchived: boolean; language?: Language },
): Promise<MembershipCategoryView[]> {
  await context.database.db.transaction().execute(async (transaction) => {
    const existing = await findCategoryRow(transaction, code);
    if (!existing) throw new AppError('category_not_found');
    const now = nowIso();
    await updateCategoryRow(transaction, code, { archived_at: isArchived ? now : null, updated_at: now });
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: isArchived ? 'membership_category.archived' : 'membership_category.restored',
      subjectType: 'membership_category',
      subjectId: existing.id,
      details: { code },
    });
  });
  return listCategories(context.database.db, language);
}

/** Deletes a category nothing uses; one in use is refused (409) and is archived instead. */
export async function removeCategory(
  context: ServiceContext,
  { actor, code, language = 'fr' }: { actor: Actor; code: string; language?: Language },
): Promise<MembershipCategoryView[]> {
  await context.database.db.transaction().execute(async (transaction) => {
    const existing = await findCategoryRow(transaction, code);
    if (!existing) throw new AppError('category_not_found');
    const count = (await countMembershipsPerCategory(transaction)).get(code) ?? 0;
    if (count > 0 || (await isCategoryInGrids(transaction, code)))
      throw new AppError('category_in_use', { count });
    await deleteCategoryRow(transaction, code);
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'membership_category.removed',
      subjectType: 'membership_category',
      subjectId: existing.id,
      details: { code, labelFr: existing.label_fr, labelEn: existing.label_en },
    });
  });
  return listCategories(context.database.db, language);
}

/** Puts the categories in the order given: every category once, no other. */
export async function reorderCategories(
  context: ServiceContext,
  { actor, codes, language = 'fr' }: { actor: Actor; codes: readonly string[]; language?: Language },
): Promise<MembershipCategoryView[]> {
  await context.database.db.transaction().execute(async (transaction) => {
    const existing = (await listCategoryRows(transaction)).map((row) => row.code);
    const isSameSet =
      codes.length === existing.length &&
      new Set(codes).size === codes.length &&
      codes.every((code) => existing.includes(code));
    if (!isSameSet) throw invalidField('body.codes', 'category_order_incomplete');
    await setCategoryPositions(transaction, codes, nowIso());
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'membership_categories.reordered',
      subjectType: 'membership_category',
      subjectId: null,
      details: { from: existing, to: codes },
    });
  });
  return listCategories(context.database.db, language);
}
