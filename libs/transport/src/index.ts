export * from './message-transport.js';
export { TransportModule } from './transport.module.js';
export { OutboxTransport } from './outbox.transport.js';
export { SmtpTransport } from './smtp.transport.js';
