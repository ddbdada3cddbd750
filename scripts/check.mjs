// `npm run check`: formatting, lint, types, the routes' response contracts and dead code, two
// at a time (each is one process that keeps a core busy). Each step's output is printed whole when
// it ends, with its time; the command fails if any step does.
import { spawn } from 'node:child_process';

const steps = ['typecheck', 'lint', 'format:check', 'check:routes', 'knip'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function runStep(step) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', step], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const mark = code === 0 ? '✔' : '✖';
      process.stdout.write(`${mark} ${step} (${seconds} s)\n${output.trim() ? `${output.trimEnd()}\n` : ''}`);
      resolve(code === 0);
    });
  });
}

const queue = [...steps];
let failed = false;
await Promise.all(
  [1, 2].map(async () => {
    while (queue.length > 0) if (!(await runStep(queue.shift()))) failed = true;
  }),
);
process.exitCode = failed ? 1 : 0;
