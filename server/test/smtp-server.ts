import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtpServer {
  port: number;
  messages: ParsedMail[];
  /** Resolves with the first message (already received or to come) that matches. */
  waitForMessage(predicate: (message: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>;
  /** Makes the server refuse every message from now on, as a broken relay would. */
  refuseMessages(isRefusing: boolean): void;
  close(): Promise<void>;
}

/** A real SMTP server in the test process: Quorum's mailer talks to it over TCP. */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const messages: ParsedMail[] = [];
  const waiters: { predicate: (message: ParsedMail) => boolean; resolve: (message: ParsedMail) => void }[] =
    [];
  let isRefusing = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      if (isRefusing) {
        stream.resume();
        stream.on('end', () =>
          callback(Object.assign(new Error('mailbox unavailable'), { responseCode: 550 })),
        );
        return;
      }
      simpleParser(stream)
        .then((message) => {
          messages.push(message);
          for (const waiter of [...waiters]) {
            if (waiter.predicate(message)) {
              waiters.splice(waiters.indexOf(waiter), 1);
              waiter.resolve(message);
            }
          }
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    messages,
    waitForMessage(predicate, timeoutMs = 5000) {
      const found = messages.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no matching e-mail received in time')), timeoutMs);
        waiters.push({
          predicate,
          resolve: (message) => {
            clearTimeout(timer);
            resolve(message);
          },
        });
      });
    },
    refuseMessages(value) {
      isRefusing = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a message's text that starts with the given prefix. */
export function linkIn(message: ParsedMail, prefix: string): string {
  const match = (message.text ?? '').match(
    new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s]+`),
  );
  if (!match) throw new Error(`no link starting with ${prefix} in: ${message.text}`);
  return match[0];
}
