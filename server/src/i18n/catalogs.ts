import type { Messages } from '../../../common/i18n/messages.ts';
import { cliMessages } from '../cli/cli.messages.ts';
import { accountsMessages } from '../domains/accounts/accounts.messages.ts';
import { assembliesMessages } from '../domains/assemblies/assemblies.messages.ts';
import { associationMessages } from '../domains/association/association.messages.ts';
import { budgetMessages } from '../domains/budget/budget.messages.ts';
import { membershipsMessages } from '../domains/memberships/memberships.messages.ts';
import { minutesMessages } from '../domains/minutes/minutes.messages.ts';
import { registerImportMessages } from '../domains/register-import/register-import.messages.ts';
import { registerMessages } from '../domains/register/register.messages.ts';
import { votesMessages } from '../domains/votes/votes.messages.ts';

/** The server's catalogs by namespace, beside `errors` (common/errors.ts) which the web shares. */
export const serverCatalogs: Readonly<Record<string, Messages>> = {
  accounts: accountsMessages,
  assemblies: assembliesMessages,
  association: associationMessages,
  budget: budgetMessages,
  cli: cliMessages,
  memberships: membershipsMessages,
  minutes: minutesMessages,
  register: registerMessages,
  'register-import': registerImportMessages,
  votes: votesMessages,
};
