import assert from 'node:assert/strict';
import type { Db } from '../src/db/database.ts';
import { refreshPersonIndex } from '../src/domains/register/persons.repository.ts';
import { countRows, rowsOf } from './inspect.ts';

/** How many persons, organisations, affiliations and memberships the register holds. */
export async function registerCounts(db: Db) {
  return {
    persons: await countRows(db, 'persons'),
    organisations: await countRows(db, 'organisations'),
    affiliations: await countRows(db, 'affiliations'),
    memberships: await countRows(db, 'memberships'),
  };
}

/** What refreshPersonIndex computes, compared with what the import wrote, for every person. */
export async function assertIndexesAsRefreshWouldWrite(db: Db) {
  const snapshot = async () => {
    const persons = await rowsOf(db, 'persons', {}, { orderBy: ['id'] });
    const keys = await rowsOf(db, 'person_match_keys');
    return persons.map((person) => ({
      id: person.id,
      // Organisation names come in no set order: compare the words.
      words: person.search_text.split(' ').sort().join(' '),
      keys: keys
        .filter((key) => key.person_id === person.id)
        .map((key) => key.match_key)
        .sort(),
    }));
  };
  const written = await snapshot();
  for (const person of written) await refreshPersonIndex(db, person.id);
  assert.deepEqual(written, await snapshot());
}
