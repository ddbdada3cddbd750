// Runs every *.test.ts with Node's test runner. Node 20 neither expands globs nor finds .ts files
// itself, so the files are listed here. Browser tests (e2e/) need the built web app and Chromium.
//
//   node scripts/test.mjs [--shuffle[=SEED]] [FOLDER|FILE…]
//
// --shuffle (or TEST_SHUFFLE=true) runs the files in an order drawn from a random seed, printed
// first; --shuffle=SEED (or TEST_SHUFFLE=SEED, a number above 1) replays that order.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const options = process.argv.slice(2).filter((argument) => argument.startsWith('--'));
const paths = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
const folders = paths.length > 0 ? paths : ['common', 'web/src', 'server', 'e2e'];
for (const option of options) {
  if (!/^--shuffle(=\d+)?$/.test(option)) {
    console.error(`unknown option ${option} (known: --shuffle, --shuffle=SEED)`);
    process.exit(2);
  }
}

/** The seed to shuffle with, or undefined to keep the files in name order. */
function shuffleSeed() {
  const option = options.find((argument) => argument.startsWith('--shuffle'));
  const setting = option ? (option.split('=')[1] ?? '') : (process.env.TEST_SHUFFLE ?? '');
  if (!option && ['', '0', 'false'].includes(setting)) return undefined;
  if (/^\d+$/.test(setting) && !(setting === '1' && !option)) return Number(setting) >>> 0;
  return Math.floor(Math.random() * 2 ** 32);
}

/** Fisher–Yates with a small seeded generator (mulberry32): one seed, one order, on every machine. */
function shuffle(items, seed) {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const shuffled = [...items];
  for (let index = shuffled.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [shuffled[index], shuffled[other]] = [shuffled[other], shuffled[index]];
  }
  return shuffled;
}

function findTests(directory) {
  if (!fs.existsSync(directory)) return [];
  if (fs.statSync(directory).isFile()) return [directory];
  return fs
    .readdirSync(directory, { recursive: true })
    .filter((file) => String(file).endsWith('.test.ts') && !String(file).includes('node_modules'))
    .map((file) => path.join(directory, String(file)))
    .sort();
}

const seed = shuffleSeed();
const found = folders.flatMap((folder) => findTests(path.resolve(root, folder)));
const files = seed === undefined ? found : shuffle(found, seed);
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
if (seed !== undefined) {
  console.log(
    `# shuffled with seed ${seed}: replay with node scripts/test.mjs --shuffle=${seed} ${paths.join(' ')}`,
  );
}
console.log(
  `# ${files.length} test files; databases: sqlite${process.env.TEST_DATABASE_URL ? ' and postgres (TEST_DATABASE_URL)' : ' only (set TEST_DATABASE_URL for postgres)'}`,
);

// Starting a process costs each test file about a second and a half, most of it TypeScript's loader
// resolving the server's modules. So the server and common files run in a few processes, each
// importing a share of them in turn (given as small generated entry files); browser files, long and
// few, keep a process each and start first. Files still run two processes at a time, and a file
// passes alone too (npm run test:each).
const isBrowserFile = (file) => file.includes(`${path.sep}e2e${path.sep}`);
const groupCount = Number(process.env.TEST_GROUPS ?? 6);
const others = files.filter((file) => !isBrowserFile(file));
const groups = Array.from({ length: Math.min(groupCount, others.length) }, () => []);
others.forEach((file, index) => groups[index % groups.length].push(file));
const groupDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-test-groups-'));
const groupFiles = groups.map((group, index) => {
  const entry = path.join(groupDirectory, `group-${index + 1}.test.mjs`);
  const imports = group.map((file) => `await import(${JSON.stringify(pathToFileURL(file).href)});`);
  fs.writeFileSync(
    entry,
    `// ${group.map((file) => path.relative(root, file)).join(', ')}\n${imports.join('\n')}\n`,
  );
  return entry;
});

// scripts/test-run.mjs runs them in the order given, two at a time, with a ten-minute timeout per
// test: that stops a hung test, where two minutes cut short the CLI's tests on a busy machine.
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', path.join(root, 'scripts/test-run.mjs'), ...files.filter(isBrowserFile), ...groupFiles],
  { stdio: 'inherit', cwd: root, env: { ...process.env, TZ: process.env.TZ ?? 'America/New_York' } },
);
fs.rmSync(groupDirectory, { recursive: true, force: true });
process.exit(result.status ?? 1);
