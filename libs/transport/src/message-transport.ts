export const messageChannels = ['email', 'sms'] as const;
export type MessageChannel = (typeof messageChannels)[number];

/** One message to one person. `key` names it for good: the same key is the same message. */
export type OutgoingMessage = { key: string; channel: MessageChannel; to: string; subject: string; body: string };

/**
 * The port: where messages leave the CRM. Two implementations, chosen by SMTP_URL.
 * `idempotent` says whether sending the same key twice delivers once: true for the local outbox
 * (a keyed table), false for SMTP (a mail server cannot take a message back).
 */
export abstract class MessageTransport {
  abstract readonly name: 'smtp' | 'outbox';
  abstract readonly idempotent: boolean;
  abstract send(message: OutgoingMessage): Promise<void>;
}

export class UnsupportedChannelError extends Error {
  constructor(transport: string, channel: string) {
    super(`the ${transport} transport cannot send by ${channel}`);
    this.name = 'UnsupportedChannelError';
  }
}
