import type { OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { MessageTransport, UnsupportedChannelError, type OutgoingMessage } from './message-transport.js';

/**
 * SMTP_URL set: email goes out through that server (`smtp://user:pass@host:587?from=crm@example.com`).
 * Not idempotent: once a server accepted a message nothing takes it back, so callers must not
 * send a key twice (campaigns count an interrupted send as failed rather than risk a duplicate).
 * The Message-ID is derived from the key, so a receiving system can still spot a duplicate.
 */
export class SmtpTransport extends MessageTransport implements OnApplicationShutdown {
  readonly name = 'smtp';
  readonly idempotent = false;
  private readonly transporter: Transporter;
  private readonly from: string;

  constructor(smtpUrl: string) {
    super();
    const url = new URL(smtpUrl);
    this.from = url.searchParams.get('from') ?? `crm@${url.hostname}`;
    url.searchParams.delete('from');
    this.transporter = nodemailer.createTransport(url.toString());
  }

  async send(message: OutgoingMessage): Promise<void> {
    if (message.channel !== 'email') throw new UnsupportedChannelError(this.name, message.channel);
    await this.transporter.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.body, messageId: `<${message.key}@crm>` });
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
