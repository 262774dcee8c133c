import type { Projection } from '@crm/projection-runner';

/** Every projection the projector runs and the api reports on: add one line per projection. */
export const projections: Projection[] = [];
