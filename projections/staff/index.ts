export { staffProjection } from './staff.projection.js';
export { staffList, teamOf, type StaffItem } from './staff.queries.js';
