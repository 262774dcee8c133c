export * from './crm-config.js';
export * from './config.module.js';
export * from './environment.dto.js';
export * from './invalid-config.error.js';
export * from './load-config.js';
export * from './log-levels.js';
export * from './unreachable.js';
export * from './project-folder.js';
