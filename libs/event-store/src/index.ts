export * from './event-store.port.js';
export * from './event-store.errors.js';
export * from './log-position.js';
