import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Starts the real server in a child process on a prepared database; resolves with its address. Its
 * mail folder is a temporary one of its own, removed when the process exits.
 */
export function startServerProcess(options: {
  url: string;
  schema?: string | undefined;
  profileDirectory?: string | undefined;
  /** Serves the built web app (web/dist) besides the API. */
  serveWeb?: boolean;
}): Promise<{ child: ChildProcess; address: string }> {
  const mailDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-child-mail-'));
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        ...(options.profileDirectory ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDirectory}`] : []),
        '--import',
        'tsx',
        path.join(root, 'server/test/child-server.ts'),
      ],
      {
        cwd: root,
        env: {
          ...process.env,
          CHILD_DATABASE_URL: options.url,
          CHILD_MAIL_DIRECTORY: mailDirectory,
          ...(options.schema ? { CHILD_SCHEMA: options.schema } : {}),
          ...(options.serveWeb ? { CHILD_SERVE_WEB: '1' } : {}),
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    child.on('exit', () => fs.rmSync(mailDirectory, { recursive: true, force: true }));
    let output = '';
    const onExit = (code: number | null) => reject(new Error(`server process exited with ${code}`));
    child.on('exit', onExit);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const newline = output.indexOf('\n');
      if (newline > 0) {
        child.off('exit', onExit);
        resolve({ child, address: output.slice(0, newline).trim() });
      }
    });
  });
}
