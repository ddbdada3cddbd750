// Runs the test files given, in the order given: `node --test` sorts its files by name, while
// Node's run() takes them as they come. Started by scripts/test.mjs for a shuffled run, with the
// options `node --test --test-concurrency=2 --test-timeout=600000` gives run().
import { run } from 'node:test';
import { spec } from 'node:test/reporters';

const stream = run({ files: process.argv.slice(2), concurrency: 2, timeout: 600_000 });
stream.on('test:fail', (data) => {
  if (data.todo === undefined || data.todo === false) process.exitCode = 1;
});
stream.compose(spec).pipe(process.stdout);
