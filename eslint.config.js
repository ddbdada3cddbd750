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

export default config;
