// Runs every test file alone, one process each and one after the other, and lists those that fail:
// a file that passes only after another has run (or only beside it) shows up here.
//
//   node scripts/test-each.mjs [FOLDER|FILE…]      (default: common server e2e)
//
// Each file runs on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set, as in npm test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const folders = process.argv.length > 2 ? process.argv.slice(2) : ['common', 'server', 'e2e'];

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
console.log(
  `# ${files.length} test files, each alone; databases: sqlite${process.env.TEST_DATABASE_URL ? ' and postgres' : ' only'}`,
);

const failed = [];
const started = performance.now();
for (const [index, file] of files.entries()) {
  const name = path.relative(root, file);
  const fileStarted = performance.now();
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-timeout=600000', '--test-reporter=dot', file],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, TZ: process.env.TZ ?? 'America/New_York' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const seconds = ((performance.now() - fileStarted) / 1000).toFixed(1);
  const isPassing = result.status === 0;
  console.log(
    `${isPassing ? 'ok  ' : 'FAIL'} ${String(index + 1).padStart(3)}/${files.length} ${name} (${seconds} s)`,
  );
  if (!isPassing) {
    failed.push(name);
    process.stdout.write(`${`${result.stdout}${result.stderr}`.trimEnd().replace(/^/gm, '    ')}\n`);
  }
}
const minutes = ((performance.now() - started) / 60000).toFixed(1);
if (failed.length === 0) {
  console.log(`# every file passes alone (${files.length} files, ${minutes} min)`);
} else {
  console.log(`# ${failed.length} of ${files.length} files fail alone (${minutes} min):`);
  for (const name of failed) console.log(`#   ${name}`);
  process.exitCode = 1;
}
