// npm run bench:phone — the time a phone takes to encrypt and prove one ballot, measured in
// headless Chromium with its CPU throttled 4× (a mid-range phone), running the phone's own code
// (common/crypto, @noble/curves) bundled as the web app bundles it. Prints one line per question:
//   bench:phone question=resolution choices=3 cpu_throttle=4 ballot_ms_p50=N ballot_ms_max=N
import { build } from 'esbuild';
import { launchBrowser } from '../e2e/browser.ts';

const entry = `
import { createBallot } from './common/crypto/ballot.ts';
import { nobleGroup, secureRandom } from './common/crypto/group.ts';
import { simulateCeremony } from './common/crypto/simulate.ts';
window.benchBallots = (question, marked, count) => {
  const random = secureRandom();
  const { record } = simulateCeremony(nobleGroup, { ceremonyId: 'bench', names: ['A', 'B', 'Quorum'], threshold: 2, random });
  const parameters = { pollId: 'bench-poll', question, publicKey: record.publicKey };
  const times = [];
  for (let index = 0; index < count; index += 1) {
    const started = performance.now();
    createBallot(nobleGroup, { parameters, credentialSecret: random(), marked, random });
    times.push(performance.now() - started);
  }
  return times;
};
`;

const bundle = await build({
  stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  format: 'iife',
  minify: true,
  write: false,
  target: 'es2022',
});
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>bench</title>');
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const questions = [
    {
      name: 'resolution',
      question: { choices: ['for', 'against', 'abstain'], min: 1, max: 1 },
      marked: ['for'],
    },
    {
      name: 'election',
      question: { choices: ['a', 'b', 'c', 'd', 'e', 'f'], min: 0, max: 3 },
      marked: ['a', 'd'],
    },
  ];
  for (const { name, question, marked } of questions) {
    const times = await page.evaluate(
      ([question, marked]) =>
        (
          window as unknown as { benchBallots: (q: unknown, m: string[], n: number) => number[] }
        ).benchBallots(question, marked, 12),
      [question, marked] as const,
    );
    // The first ballots warm the JIT; a phone pays that once per page.
    const steady = times.slice(2).sort((left, right) => left - right);
    console.log(
      `bench:phone question=${name} choices=${question.choices.length} cpu_throttle=4 ballot_ms_p50=${Math.round(steady[Math.floor(steady.length / 2)]!)} ballot_ms_max=${Math.round(Math.max(...times))}`,
    );
  }
} finally {
  await browser.close();
}
