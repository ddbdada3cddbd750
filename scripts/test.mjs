// Runs every *.test.ts with Node's test runner. Node 20 neither expands globs nor finds .ts files
// itself, so the files are listed here. Browser tests (e2e/) need the built web app and Chromium.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const folders = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['common', 'server', 'e2e'];

function findTests(directory) {
  if (!fs.existsSync(directory)) return [];
  if (fs.statSync(directory).isFile()) return [directory];
  return fs
    .readdirSync(directory, { recursive: true })
    .filter((file) => String(file).endsWith('.test.ts') && !String(file).includes('node_modules'))
    .map((file) => path.join(directory, String(file)))
    .sort();
}

const files = folders.flatMap((folder) => findTests(path.resolve(root, folder)));
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}

const hasChromium = fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
if (files.some((file) => file.includes(`${path.sep}e2e${path.sep}`)) && hasChromium) {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts/build-web.mjs')], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!hasChromium)
  console.log('# Chromium not found at /usr/bin/chromium: browser tests will be reported as skipped');
console.log(
  `# ${files.length} test files; databases: sqlite${process.env.TEST_DATABASE_URL ? ' and postgres (TEST_DATABASE_URL)' : ' only (set TEST_DATABASE_URL for postgres)'}`,
);

const result = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=2',
    '--test-timeout=120000',
    '--test-reporter=spec',
    ...files,
  ],
  { stdio: 'inherit', cwd: root, env: { ...process.env, TZ: process.env.TZ ?? 'America/New_York' } },
);
process.exit(result.status ?? 1);
