import readline from 'node:readline';
import { Writable } from 'node:stream';

/** Asks for a secret on the terminal without echoing it. */
export async function promptSecret(question: string): Promise<string> {
  let isMuted = false;
  const output = new Writable({
    write(chunk, encoding, callback) {
      if (!isMuted) process.stderr.write(chunk, encoding);
      callback();
    },
  });
  const reader = readline.createInterface({ input: process.stdin, output, terminal: true });
  try {
    return await new Promise<string>((resolve) => {
      reader.question(question, (answer) => resolve(answer));
      isMuted = true;
    });
  } finally {
    isMuted = false;
    process.stderr.write('\n');
    reader.close();
  }
}
