import fs from 'node:fs';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';

export interface MailAttachment {
  filename: string;
  content: string | Buffer;
  contentType: string;
}

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
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
      const info = await transport.sendMail({ from: config.mailFrom, ...mail });
      if (config.smtp) {
        logger.info({ to: mail.to, subject: mail.subject, messageId: info.messageId }, 'mail sent');
        return;
      }
      fs.mkdirSync(config.mailDirectory, { recursive: true });
      const safeRecipient = mail.to.replace(/[^a-z0-9@._-]/gi, '_');
      const file = path.join(
        config.mailDirectory,
        `${new Date().toISOString().replace(/[:.]/g, '-')}-${safeRecipient}.eml`,
      );
      fs.writeFileSync(file, (info as unknown as { message: Buffer }).message);
      logger.info({ to: mail.to, subject: mail.subject, file }, 'no SMTP_HOST set: mail written to a file');
    },
    close() {
      transport.close();
    },
  };
}
