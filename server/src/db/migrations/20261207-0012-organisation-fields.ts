import type { Kysely } from 'kysely';

/**
 * The register's own fields apply to persons or to organisations (a federation's member clubs have a
 * licence number, a person a medical certificate): each field says which, and organisations keep their
 * values as persons do (JSON by code).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('register_fields')
    .addColumn('applies_to', 'text', (column) => column.notNull().defaultTo('person'))
    .execute();
  await db.schema.alterTable('organisations').addColumn('custom_fields', 'text').execute();
}
