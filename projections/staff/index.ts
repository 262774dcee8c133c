export { staffProjection } from './staff.projection.js';
export { staffContact, staffList, teamOf, type StaffItem } from './staff.queries.js';
