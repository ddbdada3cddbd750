import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { errorMessages } from '../common/errors.ts';
import { textsIn, typesetTexts } from '../common/i18n/messages.ts';
import { catalogPart } from './src/i18n/catalog-parts.ts';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const catalogPrefix = 'virtual:quorum-catalog/';

/**
 * `virtual:quorum-catalog/<language>/<part>`: one language's texts, cut in parts (i18n/catalog-parts.ts),
 * so a phone downloads neither the other language nor the register's and the budget's texts. The
 * error codes' sentences (`errors`) are written out for the one language at build time; the dev
 * server imports common/errors.ts instead, so that editing a sentence reloads it.
 */
function catalogParts(): Plugin {
  let isBuild = false;
  return {
    name: 'quorum-catalog-parts',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    resolveId(id) {
      return id.startsWith(catalogPrefix) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${catalogPrefix}`)) return null;
      const [language, part] = id.slice(catalogPrefix.length + 1).split('/');
      if (language !== 'fr' && language !== 'en') throw new Error(`no catalog for "${language}"`);
      if (part === 'errors') {
        if (isBuild) return `export default ${JSON.stringify(textsIn(errorMessages, language))};`;
        const common = path.join(webRoot, '..', 'common');
        return [
          `import { errorMessages } from ${JSON.stringify(path.join(common, 'errors.ts'))};`,
          `import { textsIn } from ${JSON.stringify(path.join(common, 'i18n', 'messages.ts'))};`,
          `export default textsIn(errorMessages, ${JSON.stringify(language)});`,
        ].join('\n');
      }
      if (part !== 'first' && part !== 'rest') throw new Error(`no catalog part "${part}"`);
      const file = path.join(webRoot, 'src', 'i18n', `${language}.json`);
      this.addWatchFile(file);
      const catalog = JSON.parse(fs.readFileSync(file, 'utf8'));
      return `export default ${JSON.stringify(catalogPart(typesetTexts(catalog, language), part))};`;
    },
  };
}

/**
 * The code every page runs (React, the router, TanStack Query, i18next, Mantine's core and the
 * components the phone and the projector show), in one chunk rather than some forty: each file is
 * gzipped alone, and small files compress badly. The ballot's fields (radios, boxes, selects) are
 * a chunk of their own, which the projector does not load.
 */
const mantine = (components: string[]) =>
  new RegExp(String.raw`/node_modules/@mantine/core/esm/components/(${components.join('|')})/`);
const frameworkModules = [
  /\/node_modules\/(react|react-dom|scheduler|react-router|@tanstack\/[^/]+|i18next|react-i18next)\//,
  /\/node_modules\/@mantine\/core\/esm\/core\//,
  mantine([
    'Alert',
    'Anchor',
    'Badge',
    'Button',
    'Center',
    'CloseButton',
    // The encrypted ballot's receipt on the phone.
    'Code',
    'Container',
    'Group',
    'List',
    'Loader',
    'Paper',
    'Stack',
    'Text',
    'Title',
    'Transition',
    'UnstyledButton',
    'VisuallyHidden',
  ]),
];
/**
 * In those libraries, what only the office's pages use: several queries at once (the programmes),
 * keyboard handlers of menus, tabs and dialogs.
 */
const officeOnlyModules = new RegExp(
  [
    String.raw`/node_modules/@tanstack/[^/]+/build/modern/(useQueries|queriesObserver)\.`,
    String.raw`/node_modules/@mantine/core/esm/core/utils/(create-scoped-keydown-handler|close-on-escape|find-element-in-shadow-dom)/`,
  ].join('|'),
);
const fieldModules = mantine(['Checkbox', 'Input', 'Radio']);
/** The app's own code behind the phone and the projector: the live assembly, its polls and results. */
const liveModules =
  /\/web\/src\/(api\/problem-text|features\/(votes\/(votes\.api|votes\.queries|poll-result)|assemblies\/(assemblies\.api|assemblies\.queries|attendance\.api|convocations\.api|workshops\.api|shared\/(status-badges|assembly-format|use-assembly-events\.hook)|overview\/agenda-list)|participant\/participant\.(api|queries)|speakers\/(speakers\.api|speakers\.queries|speaker-clock)|encryption\/(encryption\.api|receipts|record-links)))|\/common\/(format|time-zones)\.ts/;

export default defineConfig({
  root: webRoot,
  plugins: [react(), catalogParts()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Every page is its own chunk (components/lazy-page.tsx), and so is the signed-in shell; no chunk
    // may grow past 500 kB unnoticed.
    chunkSizeWarningLimit: 500,
    // No list of every lazy page's files in the entry (2 kB on the phone, for no measured gain): a
    // page's own imports are fetched when it is.
    modulePreload: { resolveDependencies: () => [] },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'framework',
              test: (id) => frameworkModules.some((test) => test.test(id)) && !officeOnlyModules.test(id),
              priority: 2,
            },
            { name: 'fields', test: fieldModules, priority: 1 },
            { name: 'live', test: liveModules, priority: 1 },
            // What the first page needs of the app itself, in one chunk with the entry's imports.
            { name: 'app', tags: ['$initial'] },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
