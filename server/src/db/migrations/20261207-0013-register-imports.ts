import type { Kysely } from 'kysely';

/**
 * The register's imports as every server process sees them: the uploaded file (kept in the upload
 * folder under the import's id), its columns, and how far its current run has gone. Not archived: an
 * upload lives a day at most.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('register_imports')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('owner_user_id', 'text')
    .addColumn('file_name', 'text')
    .addColumn('format', 'text', (column) => column.notNull())
    .addColumn('delimiter', 'text', (column) => column.notNull())
    .addColumn('bytes', 'integer', (column) => column.notNull())
    // Counted against the quota while the file is kept (until imported, discarded or expired).
    .addColumn('has_file', 'integer', (column) => column.notNull().defaultTo(1))
    .addColumn('columns', 'text', (column) => column.notNull())
    .addColumn('phase', 'text', (column) => column.notNull())
    .addColumn('processed', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('total', 'integer')
    .addColumn('is_running', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('register_imports_created_at')
    .on('register_imports')
    .column('created_at')
    .execute();
}
