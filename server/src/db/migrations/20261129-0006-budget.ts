import type { Kysely } from 'kysely';

/**
 * Budgets with their columns, lines and amounts; annual accounts; staff; programmes and partners.
 * A budget line's parent has no foreign key on purpose: archives restore rows in id order, and a
 * child's id may sort before its parent's. The budget service checks parents instead.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('budgets')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('year', 'integer', (column) => column.notNull().unique())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('as_of', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('budget_columns')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('budget_id', 'text', (column) => column.notNull().references('budgets.id').onDelete('cascade'))
    .addColumn('key', 'text', (column) => column.notNull())
    .addColumn('label', 'text', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('year', 'integer', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('declared_charges_cents', 'bigint')
    .addColumn('declared_products_cents', 'bigint')
    .addUniqueConstraint('budget_columns_key', ['budget_id', 'key'])
    .execute();

  await db.schema
    .createTable('budget_lines')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('budget_id', 'text', (column) => column.notNull().references('budgets.id').onDelete('cascade'))
    .addColumn('parent_id', 'text')
    .addColumn('side', 'text', (column) => column.notNull())
    .addColumn('account_code', 'text', (column) => column.notNull())
    .addColumn('label', 'text', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('is_result', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('funder_organisation_id', 'text', (column) => column.references('organisations.id'))
    .addColumn('fee_category', 'text')
    .addColumn('fee_count', 'integer')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('budget_lines_budget')
    .on('budget_lines')
    .columns(['budget_id', 'parent_id'])
    .execute();

  await db.schema
    .createTable('budget_amounts')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('line_id', 'text', (column) =>
      column.notNull().references('budget_lines.id').onDelete('cascade'),
    )
    .addColumn('column_key', 'text', (column) => column.notNull())
    .addColumn('amount_cents', 'bigint', (column) => column.notNull())
    .addUniqueConstraint('budget_amounts_cell', ['line_id', 'column_key'])
    .execute();

  await db.schema
    .createTable('annual_accounts')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('year', 'integer', (column) => column.notNull().unique())
    .addColumn('result_cents', 'bigint', (column) => column.notNull())
    .addColumn('equity_cents', 'bigint', (column) => column.notNull())
    .addColumn('balance_sheet_total_cents', 'bigint', (column) => column.notNull())
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();

  // The shares of total products the accounts state ("subventions et mécénat : plus de 60 %"): a
  // label and the account codes (prefixes) whose lines it sums in the year's actual.
  await db.schema
    .createTable('annual_account_shares')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('annual_accounts_id', 'text', (column) =>
      column.notNull().references('annual_accounts.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('label', 'text', (column) => column.notNull())
    .addColumn('accounts', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('staff_members')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('person_id', 'text', (column) => column.references('persons.id'))
    .addColumn('display_name', 'text', (column) => column.notNull())
    .addColumn('job_title', 'text')
    .addColumn('function', 'text', (column) => column.notNull())
    .addColumn('contract', 'text', (column) => column.notNull())
    .addColumn('start_on', 'text', (column) => column.notNull())
    .addColumn('end_on', 'text')
    .addColumn('fte_hundredths', 'integer', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('staff_figures')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('on_day', 'text', (column) => column.notNull().unique())
    .addColumn('headcount', 'integer')
    .addColumn('fte_hundredths', 'integer', (column) => column.notNull())
    .addColumn('interns', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('precision', 'text', (column) => column.notNull().defaultTo('day'))
    .addColumn('source', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('programmes')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('code', 'text', (column) => column.notNull().unique())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('description', 'text')
    .addColumn('link', 'text')
    .addColumn('position', 'integer', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('projects')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('programme_id', 'text', (column) =>
      column.notNull().references('programmes.id').onDelete('cascade'),
    )
    .addColumn('year', 'integer', (column) => column.notNull())
    .addColumn('end_year', 'integer')
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('place', 'text')
    .addColumn('link', 'text')
    .addColumn('description', 'text')
    .execute();
  await db.schema.createIndex('projects_year').on('projects').columns(['year', 'programme_id']).execute();

  await db.schema
    .createTable('project_partners')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('project_id', 'text', (column) =>
      column.notNull().references('projects.id').onDelete('cascade'),
    )
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
    .addColumn('role', 'text')
    .addUniqueConstraint('project_partners_pair', ['project_id', 'organisation_id'])
    .execute();

  await db.schema
    .createTable('agreements')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('funder_organisation_id', 'text', (column) => column.references('organisations.id'))
    .addColumn('programme_id', 'text', (column) => column.references('programmes.id'))
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('amount_cents', 'bigint', (column) => column.notNull())
    .addColumn('start_year', 'integer', (column) => column.notNull())
    .addColumn('end_year', 'integer', (column) => column.notNull())
    .addColumn('beneficiary_count', 'integer')
    .addColumn('covers', 'text')
    .execute();

  await db.schema
    .createTable('programme_outputs')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('programme_id', 'text', (column) => column.references('programmes.id'))
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('year', 'integer', (column) => column.notNull())
    .addColumn('on_day', 'text')
    .addColumn('place', 'text')
    .addColumn('link', 'text')
    .execute();
}
