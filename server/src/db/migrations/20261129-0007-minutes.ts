import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('minutes')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('assembly_id', 'text', (column) =>
      column.notNull().references('assemblies.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (column) => column.notNull())
    /** The signed version this one corrects. */
    .addColumn('previous_id', 'text', (column) => column.references('minutes.id'))
    /** draft → approved → signed */
    .addColumn('state', 'text', (column) => column.notNull())
    .addColumn('approved_at', 'text')
    .addColumn('approved_by', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('approved_by_name', 'text')
    .addColumn('signed_at', 'text')
    .addColumn('signed_by', 'text', (column) => column.references('users.id').onDelete('set null'))
    .addColumn('signed_by_name', 'text')
    /** At signing: the document model as JSON, and the PDF as base64 text (archives carry text only). */
    .addColumn('frozen_document', 'text')
    .addColumn('signed_pdf_base64', 'text')
    .addColumn('signed_pdf_sha256', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('minutes_assembly_version', ['assembly_id', 'version'])
    .execute();

  await db.schema
    .createTable('minutes_sections')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('minutes_id', 'text', (column) =>
      column.notNull().references('minutes.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (column) => column.notNull())
    /** A generated kind of the registry ('attendance', 'agenda'…), or 'written'. */
    .addColumn('kind', 'text', (column) => column.notNull())
    /** A written section's heading; generated sections take theirs from the data. */
    .addColumn('title', 'text')
    /** A written section's text, or the secretary's wording that overrides a generated one. */
    .addColumn('markdown', 'text')
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('minutes_sections_minutes')
    .on('minutes_sections')
    .columns(['minutes_id', 'position'])
    .execute();
}
