import type { Kysely } from 'kysely';

/**
 * The association's identity, set up from the web: legal form, address, RNA and SIRET numbers, founding
 * year and a logo printed on its documents (PNG or JPEG, base64, so that both engines and the backup
 * archives carry it as text). Staff functions become the association's own list (code, French and
 * English labels, order) instead of a fixed list in code; the functions staff members already have
 * are kept, labelled by their code until someone words them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const column of [
    'legal_form',
    'address',
    'postcode',
    'city',
    'rna_number',
    'siret',
    'logo_media_type',
    'logo_base64',
  ]) {
    await db.schema.alterTable('association').addColumn(column, 'text').execute();
  }
  await db.schema.alterTable('association').addColumn('founding_year', 'integer').execute();

  await db.schema
    .createTable('staff_functions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('code', 'text', (column) => column.notNull().unique())
    .addColumn('label_fr', 'text', (column) => column.notNull())
    .addColumn('label_en', 'text', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();

  const used: { function: string }[] = await db
    .selectFrom('staff_members')
    .select('function')
    .distinct()
    .orderBy('function')
    .execute();
  const now = new Date().toISOString();
  for (const [index, row] of used.entries()) {
    await db
      .insertInto('staff_functions')
      .values({
        id: `staff-function-${row.function}`,
        code: row.function,
        label_fr: row.function,
        label_en: row.function,
        position: index + 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
}
