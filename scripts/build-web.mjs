// Builds the web app into web/dist unless it is already newer than every source it is made from.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = path.join(root, 'web', 'dist', 'index.html');

function newestSource() {
  let newest = 0;
  for (const folder of ['web/src', 'common']) {
    for (const file of fs.readdirSync(path.join(root, folder), { recursive: true })) {
      newest = Math.max(newest, fs.statSync(path.join(root, folder, String(file))).mtimeMs);
    }
  }
  for (const file of ['web/index.html', 'web/vite.config.ts', 'package-lock.json']) {
    if (fs.existsSync(path.join(root, file)))
      newest = Math.max(newest, fs.statSync(path.join(root, file)).mtimeMs);
  }
  return newest;
}

const isFresh = fs.existsSync(builtIndex) && fs.statSync(builtIndex).mtimeMs >= newestSource();
if (isFresh && !process.argv.includes('--force')) process.exit(0);

console.error('Building the web app (web/dist)…');
const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const result = spawnSync(
  process.execPath,
  [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
  {
    cwd: root,
    stdio: ['ignore', 2, 2],
  },
);
process.exit(result.status ?? 1);
