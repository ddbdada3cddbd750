import { Migrator, type MigrationResult } from 'kysely';
import type { Database } from './database.ts';
import { migrations } from './migrations/index.ts';

export function migrator(database: Database): Migrator {
  return new Migrator({
    db: database.db,
    provider: { getMigrations: async () => migrations },
    ...(database.schema ? { migrationTableSchema: database.schema } : {}),
  });
}

/** Brings the database to the latest schema; throws with the failing migration's name. */
export async function migrateToLatest(database: Database): Promise<MigrationResult[]> {
  const { error, results = [] } = await migrator(database).migrateToLatest();
  if (error) {
    const failed = results.find((result) => result.status === 'Error');
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${String(error)}`, {
      cause: error,
    });
  }
  return results;
}

export function latestMigrationName(): string {
  const names = Object.keys(migrations).sort();
  return names[names.length - 1] ?? '';
}
