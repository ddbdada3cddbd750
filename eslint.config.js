import fs from 'node:fs';
import js from '@eslint/js';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The layers of ARCHITECTURE.md as rules. Each is ESLint's own no-restricted-syntax or
 * no-restricted-imports under a name of its own, so that one layer's settings never replace
 * another's on the same file and each can be switched off alone.
 */
const layers = {
  meta: { name: 'quorum-layers' },
  rules: {
    'sql-in-repositories': builtinRules.get('no-restricted-syntax'),
    'no-other-domain-repository': builtinRules.get('no-restricted-imports'),
    'server-web-apart': builtinRules.get('no-restricted-imports'),
  },
};

const sqlMessage =
  'SQL belongs in a repository (server/src/domains/<name>/*.repository.ts), a migration, the seed or server/src/db/: call a repository function from here.';
const queryBuilderMethods = [
  'selectFrom',
  'insertInto',
  'updateTable',
  'deleteFrom',
  'replaceInto',
  'mergeInto',
];

/** Where query-builder calls and kysely's `sql` template are allowed. */
const sqlPlaces = [
  'server/src/**/*.repository.ts',
  'server/src/db/migrations/**',
  'server/src/db/seed/**',
  'server/src/db/*.ts',
  'server/test/**',
  'scripts/**',
];

const domains = fs
  .readdirSync(new URL('./server/src/domains/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** One block per domain: its files may import no other domain's repository. */
const domainBlocks = domains.map((domain) => {
  const others = domains.filter((other) => other !== domain);
  return {
    files: [`server/src/domains/${domain}/**/*.{ts,tsx}`],
    rules: {
      'layers/no-other-domain-repository': [
        'error',
        {
          patterns: [
            {
              regex: `(^|/)(${others.join('|')})/([^/]+/)*[^/]+\\.repository(\\.ts)?$`,
              message: `The ${domain} domain may not import another domain's repository: call that domain's service, or move the function into a ${domain} repository.`,
            },
          ],
        },
      ],
    },
  };
});

const importsServer = {
  regex: '^(\\.\\./)+server(/|$)',
  message: 'Import nothing from server/ here: what server and web share belongs in common/.',
};
const importsWeb = {
  regex: '^(\\.\\./)+web(/|$)',
  message: 'Import nothing from web/ here: what server and web share belongs in common/.',
};

const config = tseslint.config(
  { ignores: ['node_modules', 'web/dist', 'data'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { layers },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    ignores: sqlPlaces,
    rules: {
      'layers/sql-in-repositories': [
        'error',
        {
          selector: `CallExpression[callee.type='MemberExpression'][callee.property.name=/^(${queryBuilderMethods.join('|')})$/]`,
          message: `Query-builder call outside a repository. ${sqlMessage}`,
        },
        {
          selector: "ImportDeclaration[source.value='kysely'] ImportSpecifier[imported.name='sql']",
          message: `kysely's sql template outside a repository. ${sqlMessage}`,
        },
      ],
    },
  },
  ...domainBlocks,
  { files: ['web/**'], rules: { 'layers/server-web-apart': ['error', { patterns: [importsServer] }] } },
  { files: ['server/**'], rules: { 'layers/server-web-apart': ['error', { patterns: [importsWeb] }] } },
  {
    files: ['common/**'],
    rules: { 'layers/server-web-apart': ['error', { patterns: [importsServer, importsWeb] }] },
  },
);

// ---- TEMPORARY allowlist: start ----
/**
 * TEMPORARY (issue #11): the files that break a layer rule today, computed with `npx eslint .`, while
 * their queries and imports move. Remove a file from its list once it is fixed, and this block once
 * every list is empty. Never add a file to it.
 */
const temporarilyAllowed = {
  'layers/sql-in-repositories': [
    'server/src/app.ts',
    'server/src/backup/archive.test.ts',
    'server/src/backup/archive.ts',
    'server/src/cli/commands.ts',
    'server/src/domains/accounts/accounts.routes.test.ts',
    'server/src/domains/accounts/accounts.service.ts',
    'server/src/domains/assemblies/assemblies.service.ts',
    'server/src/domains/assemblies/assembly-state.ts',
    'server/src/domains/assemblies/attendance-paste.service.ts',
    'server/src/domains/assemblies/attendance.service.ts',
    'server/src/domains/assemblies/check-in.service.ts',
    'server/src/domains/assemblies/convocations.routes.test.ts',
    'server/src/domains/assemblies/convocations.routes.ts',
    'server/src/domains/assemblies/convocations.service.ts',
    'server/src/domains/assemblies/participants.service.ts',
    'server/src/domains/assemblies/quorum-figures.ts',
    'server/src/domains/assemblies/statutes.service.ts',
    'server/src/domains/assemblies/voting-members.ts',
    'server/src/domains/assemblies/workshops.routes.test.ts',
    'server/src/domains/budget/budget-structure.routes.test.ts',
    'server/src/domains/budget/programmes.routes.test.ts',
    'server/src/domains/budget/programmes.service.ts',
    'server/src/domains/minutes/minutes.reference.test.ts',
    'server/src/domains/minutes/minutes.routes.test.ts',
    'server/src/domains/register-import/register-import.routes.test.ts',
    'server/src/domains/votes/board.routes.test.ts',
    'server/src/domains/votes/board.service.ts',
    'server/src/domains/votes/casts-crash.test.ts',
    'server/src/domains/votes/casts.service.ts',
    'server/src/domains/votes/durable-transaction.ts',
    'server/src/domains/votes/polls.service.ts',
    'server/src/domains/votes/resolutions.service.ts',
    'server/src/domains/votes/votes.routes.test.ts',
    'server/src/domains/votes/votes.routes.ts',
  ],
  'layers/no-other-domain-repository': [
    'server/src/domains/accounts/accounts.service.ts',
    'server/src/domains/assemblies/assemblies.service.ts',
    'server/src/domains/assemblies/attendance-paste.service.ts',
    'server/src/domains/assemblies/attendance.service.ts',
    'server/src/domains/assemblies/convocations.service.ts',
    'server/src/domains/assemblies/participants.service.ts',
    'server/src/domains/assemblies/questions.service.ts',
    'server/src/domains/assemblies/statutes.service.ts',
    'server/src/domains/assemblies/workshops.service.ts',
    'server/src/domains/association/association.service.ts',
    'server/src/domains/budget/annual-accounts.service.ts',
    'server/src/domains/budget/budget-structure.service.ts',
    'server/src/domains/budget/budget.service.ts',
    'server/src/domains/budget/programmes.service.ts',
    'server/src/domains/budget/staff.service.ts',
    'server/src/domains/minutes/minutes-data.ts',
    'server/src/domains/minutes/minutes.document.ts',
    'server/src/domains/minutes/minutes.service.ts',
    'server/src/domains/minutes/section-kinds.ts',
    'server/src/domains/minutes/sections/agenda.section.ts',
    'server/src/domains/minutes/sections/attendance.section.ts',
    'server/src/domains/minutes/sections/memberships.section.ts',
    'server/src/domains/register-import/register-import.routes.test.ts',
    'server/src/domains/votes/board.service.ts',
    'server/src/domains/votes/polls.service.ts',
    'server/src/domains/votes/resolutions.service.ts',
    'server/src/domains/votes/votes.routes.ts',
  ],
  'layers/server-web-apart': ['web/src/features/register-import/register-import.api.ts'],
};
config.push(
  ...Object.entries(temporarilyAllowed).map(([rule, files]) => ({ files, rules: { [rule]: 'off' } })),
);
// ---- TEMPORARY allowlist: end ----

export default config;
