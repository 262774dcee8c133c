export { auditProjection } from './audit.projection.js';
export { auditIndexPage, type AuditFilter, type AuditIndexEntry } from './audit.queries.js';
export { auditedEventTypes } from './audited-event-types.js';
