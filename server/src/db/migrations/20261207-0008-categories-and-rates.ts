import type { Kysely } from 'kysely';

/**
 * Membership categories become the association's own list: a stable code, French and English labels
 * (singular and plural) and how the minutes count its members, its kind (person or organisation),
 * whether its members vote and with what weight, whether a membership of it names a partner
 * organisation, and its order; a category in use is archived rather than removed. Each year's rates
 * beside the fee grid's full rate (reduced with who qualifies, free or honorary, "from X €"), and the
 * rate and amount a membership records. A person's usual name, and the register's own fields (text,
 * date or choice) with each person's values.
 *
 * Categories that memberships or fee grids already use are kept under their code, worded as the
 * fixed list of earlier versions worded them (an unknown code is labelled by itself until someone
 * words it), and vote with one vote as before.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('membership_categories')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('code', 'text', (column) => column.notNull().unique())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('label_fr', 'text', (column) => column.notNull())
    .addColumn('plural_fr', 'text', (column) => column.notNull())
    .addColumn('label_en', 'text', (column) => column.notNull())
    .addColumn('plural_en', 'text', (column) => column.notNull())
    .addColumn('counted_as_fr', 'text')
    .addColumn('counted_as_en', 'text')
    .addColumn('is_voting', 'integer', (column) => column.notNull())
    .addColumn('vote_weight', 'integer', (column) => column.notNull())
    .addColumn('has_partner', 'integer', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('membership_rates')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('year', 'integer', (column) => column.notNull())
    .addColumn('category', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('amount_cents', 'integer', (column) => column.notNull())
    .addColumn('conditions_fr', 'text')
    .addColumn('conditions_en', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('membership_rates_year')
    .on('membership_rates')
    .columns(['year', 'category'])
    .execute();

  await db.schema.alterTable('memberships').addColumn('rate_kind', 'text').execute();
  await db.schema.alterTable('memberships').addColumn('rate_id', 'text').execute();
  await db.schema.alterTable('memberships').addColumn('amount_cents', 'integer').execute();

  await db.schema.alterTable('persons').addColumn('usual_name', 'text').execute();
  await db.schema.alterTable('persons').addColumn('custom_fields', 'text').execute();
  await db.schema
    .createTable('register_fields')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('code', 'text', (column) => column.notNull().unique())
    .addColumn('label_fr', 'text', (column) => column.notNull())
    .addColumn('label_en', 'text', (column) => column.notNull())
    .addColumn('type', 'text', (column) => column.notNull())
    .addColumn('options', 'text', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();

  const used = new Map<string, 'person' | 'organisation'>();
  const memberships: { category: string; person_id: string | null }[] = await db
    .selectFrom('memberships')
    .select(['category', 'person_id'])
    .distinct()
    .execute();
  for (const row of memberships) used.set(row.category, row.person_id ? 'person' : 'organisation');
  const grid: { category: string }[] = await db
    .selectFrom('fee_grid_entries')
    .select('category')
    .distinct()
    .execute();
  for (const row of grid) if (!used.has(row.category)) used.set(row.category, 'person');
  const now = new Date().toISOString();
  const order = [...earlierWords.keys()];
  const codes = [...used.keys()].sort(
    (a, b) => rank(order, a) - rank(order, b) || (a < b ? -1 : a > b ? 1 : 0),
  );
  for (const [index, code] of codes.entries()) {
    const words = earlierWords.get(code);
    await db
      .insertInto('membership_categories')
      .values({
        id: `membership-category-${code}`,
        code,
        kind: words?.kind ?? used.get(code),
        label_fr: words?.fr[0] ?? code,
        plural_fr: words?.fr[1] ?? code,
        label_en: words?.en[0] ?? code,
        plural_en: words?.en[1] ?? code,
        counted_as_fr: words?.fr[2] ?? null,
        counted_as_en: words?.en[2] ?? null,
        is_voting: 1,
        vote_weight: 1,
        has_partner: code === 'cross_membership' ? 1 : 0,
        position: index + 1,
        archived_at: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
}

const rank = (order: string[], code: string) => (order.includes(code) ? order.indexOf(code) : order.length);

/** How the fixed list of earlier versions worded its codes: label, plural, how the minutes counted them. */
const earlierWords = new Map<
  string,
  { kind: 'person' | 'organisation'; fr: [string, string, string]; en: [string, string, string] }
>([
  [
    'legal_entity',
    {
      kind: 'organisation',
      fr: ['Personne morale', 'Personnes morales', 'collectivités et institutions'],
      en: ['Legal entity', 'Legal entities', 'local authorities and institutions'],
    },
  ],
  [
    'individual',
    {
      kind: 'person',
      fr: ['Personne physique', 'Personnes physiques', 'adhésions individuelles'],
      en: ['Individual', 'Individuals', 'individual memberships'],
    },
  ],
  [
    'qualified_person',
    {
      kind: 'person',
      fr: ['Personnalité qualifiée', 'Personnalités qualifiées', 'adhésions de personnalités qualifiées'],
      en: ['Qualified person', 'Qualified persons', 'qualified persons’ memberships'],
    },
  ],
  [
    'cross_membership',
    {
      kind: 'organisation',
      fr: ['Adhésion croisée', 'Adhésions croisées', 'adhésions croisées'],
      en: ['Cross-membership', 'Cross-memberships', 'cross-memberships'],
    },
  ],
]);
