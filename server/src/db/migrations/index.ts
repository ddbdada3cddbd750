import type { Migration } from 'kysely';
import * as foundation from './20261129-0001-foundation.ts';
import * as register from './20261129-0002-register.ts';
import * as assemblies from './20261129-0003-assemblies.ts';
import * as convocations from './20261129-0004-convocations.ts';
import * as votes from './20261129-0005-votes.ts';
import * as budget from './20261129-0006-budget.ts';
import * as minutes from './20261129-0007-minutes.ts';
import * as personSearchWords from './20261129-0008-person-search-words.ts';
import * as statutesPerKind from './20261207-0002-statutes-per-kind.ts';
import * as minutesStructure from './20261207-0007-minutes-structure.ts';
import * as associationIdentity from './20261207-0006-association-identity.ts';
import * as showOfHandsAndBoard from './20261207-0004-show-of-hands-and-board.ts';
import * as categoriesAndRates from './20261207-0008-categories-and-rates.ts';
import * as budgetActualToDate from './20261207-0010-budget-actual-to-date.ts';
import * as organisationFields from './20261207-0012-organisation-fields.ts';
import * as assemblyEditingAndTimes from './20261207-0009-assembly-editing-and-times.ts';
import * as electionRolesAndVoters from './20261207-0011-election-roles-and-voters.ts';
import * as registerImports from './20261207-0013-register-imports.ts';
import * as rateLimits from './20261207-0014-rate-limits.ts';
import * as recordVersions from './20261207-0015-record-versions.ts';
import * as twoFactor from './20261207-0016-two-factor.ts';
import * as encryptedPolls from './20261207-0019-encrypted-polls.ts';
import * as convocationSending from './20261207-0020-convocation-sending.ts';
import * as speakerLists from './20261207-0021-speaker-lists.ts';
import * as minutesNotes from './20261207-0025-minutes-notes.ts';

/** Every migration, in order. Forward only: a shipped migration is never edited, a new one is added. */
export const migrations: Record<string, Migration> = {
  '20261129-0001-foundation': foundation,
  '20261129-0002-register': register,
  '20261129-0003-assemblies': assemblies,
  '20261129-0004-convocations': convocations,
  '20261129-0005-votes': votes,
  '20261129-0006-budget': budget,
  '20261129-0007-minutes': minutes,
  '20261129-0008-person-search-words': personSearchWords,
  '20261207-0002-statutes-per-kind': statutesPerKind,
  '20261207-0004-show-of-hands-and-board': showOfHandsAndBoard,
  '20261207-0006-association-identity': associationIdentity,
  '20261207-0007-minutes-structure': minutesStructure,
  '20261207-0008-categories-and-rates': categoriesAndRates,
  '20261207-0009-assembly-editing-and-times': assemblyEditingAndTimes,
  '20261207-0010-budget-actual-to-date': budgetActualToDate,
  '20261207-0011-election-roles-and-voters': electionRolesAndVoters,
  '20261207-0012-organisation-fields': organisationFields,
  '20261207-0013-register-imports': registerImports,
  '20261207-0014-rate-limits': rateLimits,
  '20261207-0015-record-versions': recordVersions,
  '20261207-0016-two-factor': twoFactor,
  '20261207-0019-encrypted-polls': encryptedPolls,
  '20261207-0020-convocation-sending': convocationSending,
  '20261207-0021-speaker-lists': speakerLists,
  '20261207-0025-minutes-notes': minutesNotes,
};
