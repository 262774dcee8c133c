import { createServer, type Server, type Socket } from 'node:net';

const REPLIES: Record<string, string> = { EHLO: '250 sink', HELO: '250 sink', DATA: '354 go on', QUIT: '221 bye' };

export type ReceivedMail = { messageId: string; to: string[] };

/**
 * A mail server that accepts everything and keeps what it received: stands for the outside world,
 * which, unlike our outbox, takes every message handed to it, a repeat included. Plain SMTP, no
 * TLS, no AUTH: just what nodemailer needs to hand a message over.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  private readonly sockets = new Set<Socket>();

  private constructor(private readonly server: Server) {}

  static async start(): Promise<SmtpSink> {
    const sink: SmtpSink = new SmtpSink(createServer((socket) => sink.converse(socket)));
    await new Promise<void>((resolve) => sink.server.listen(0, '127.0.0.1', resolve));
    return sink;
  }

  get url(): string {
    const address = this.server.address();
    if (!address || typeof address !== 'object') throw new Error('the SMTP sink is not listening');
    return `smtp://127.0.0.1:${address.port}?from=crm@example.com`;
  }

  /** The CRM's message key of every message received, repeats included (its Message-ID is `<key@crm>`). */
  messageKeys(): string[] {
    return this.received.map(({ messageId }) => messageId.replace(/^<(.*)@crm>$/, '$1'));
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private converse(socket: Socket): void {
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    let buffer = '';
    let data: string[] | null = null;
    let to: string[] = [];
    socket.write('220 sink ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (data) {
          if (line !== '.') {
            data.push(line);
            continue;
          }
          const messageId = /^message-id:\s*(.+)$/im.exec(data.join('\n'))?.[1].trim() ?? '';
          this.received.push({ messageId, to });
          [data, to] = [null, []];
          socket.write('250 queued\r\n');
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'RCPT') to.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
        if (verb === 'DATA') data = [];
        socket.write(`${REPLIES[verb] ?? '250 ok'}\r\n`);
        if (verb === 'QUIT') socket.end();
      }
    });
  }
}
