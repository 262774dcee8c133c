export * from './jobs.module.js';
export * from './redis-availability.service.js';
export * from './redis-connection.js';
export * from './requires-jobs.guard.js';
