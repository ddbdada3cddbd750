// Runs the test files given, in the order given (`node --test` would sort them by name), two
// processes at a time, with a ten-minute timeout per test. Started by scripts/test.mjs.
import { run } from 'node:test';
import { spec } from 'node:test/reporters';

const stream = run({ files: process.argv.slice(2), concurrency: 2, timeout: 600_000 });
stream.on('test:fail', (data) => {
  if (data.todo === undefined || data.todo === false) process.exitCode = 1;
});
stream.compose(spec).pipe(process.stdout);
