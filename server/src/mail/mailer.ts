import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';

export interface MailAttachment {
  filename: string;
  content: string | Buffer;
  contentType: string;
  /** Set for an image the HTML shows inline (`<img src="cid:…">`), such as the association's logo. */
  cid?: string;
}

export interface Mail {
  /** The sender ("Name <address>"); MAIL_FROM when left out. */
  from?: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  /** Removes what Quorum keeps of the mails sent to an address (the .eml files without SMTP). */
  forget(address: string): Promise<void>;
  close(): void;
}

/**
 * Sends through SMTP when SMTP_HOST is set. Without it (development), each mail is written as an
 * .eml file in MAIL_DIRECTORY and the log says where, so links can be followed by hand.
 */
export function createMailer(config: Config, logger: Logger): Mailer {
  const transport: Transporter = config.smtp
    ? nodemailer.createTransport({
        host: config.smtp.host,
        port: config.smtp.port,
        secure: config.smtp.secure,
        ...(config.smtp.user ? { auth: { user: config.smtp.user, pass: config.smtp.password ?? '' } } : {}),
        // Local relays and the test server speak plain SMTP; STARTTLS is used whenever offered.
        tls: { rejectUnauthorized: config.isProduction },
      })
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  return {
    async send(mail) {
      const info = await transport.sendMail({ ...mail, from: mail.from ?? config.mailFrom });
      if (config.smtp) {
        // Neither the address nor the subject (which may name someone) goes to the log.
        logger.info({ messageId: info.messageId }, 'mail sent');
        return;
      }
      fs.mkdirSync(config.mailDirectory, { recursive: true });
      const file = path.join(
        config.mailDirectory,
        `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`,
      );
      fs.writeFileSync(file, (info as unknown as { message: Buffer }).message);
      logger.info({ file }, 'no SMTP_HOST set: mail written to a file');
    },
    async forget(address) {
      if (config.smtp || !fs.existsSync(config.mailDirectory)) return;
      const needle = address.toLowerCase();
      for (const name of await fs.promises.readdir(config.mailDirectory)) {
        if (!name.endsWith('.eml')) continue;
        const file = path.join(config.mailDirectory, name);
        const content = await fs.promises.readFile(file, 'utf8');
        if (content.toLowerCase().includes(needle)) await fs.promises.rm(file, { force: true });
      }
    },
    close() {
      transport.close();
    },
  };
}
