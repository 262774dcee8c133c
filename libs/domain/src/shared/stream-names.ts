import { ValidationError } from './errors.js';
import { uuidProblem } from './field-checks.js';

/**
 * One helper names every stream `<category>-<uuid>`: KurrentDB's `$ce-<category>` projections split
 * at the first dash, and a UUID keeps ids from smuggling in another category.
 */
export const streamCategories = ['customer', 'staff', 'opportunity', 'segment', 'pipeline', 'routing', 'contact', 'automation'] as const;
export type StreamCategory = (typeof streamCategories)[number];

function streamName(category: StreamCategory, id: string): string {
  const problem = uuidProblem(id);
  if (problem) throw new ValidationError([{ field: `${category}Id`, reason: problem }]);
  return `${category}-${id.toLowerCase()}`;
}

export const customerStreamName = (customerId: string): string => streamName('customer', customerId);
export const staffStreamName = (staffId: string): string => streamName('staff', staffId);
export const opportunityStreamName = (opportunityId: string): string => streamName('opportunity', opportunityId);
export const segmentStreamName = (segmentId: string): string => streamName('segment', segmentId);
export const pipelineStreamName = (pipelineId: string): string => streamName('pipeline', pipelineId);
export const routingStreamName = (routingId: string): string => streamName('routing', routingId);
export const automationStreamName = (automationId: string): string => streamName('automation', automationId);
/** The uniqueness stream of one normalised email or phone number (contact-claim). */
export const contactClaimStreamName = (claimId: string): string => streamName('contact', claimId);

export type ParsedStreamName = { category: StreamCategory; id: string };

/** The category and id of one of our streams, or null for any other stream (system streams, other apps). */
export function parseStreamName(name: string): ParsedStreamName | null {
  const dash = name.indexOf('-');
  const category = name.slice(0, dash) as StreamCategory;
  const id = name.slice(dash + 1);
  if (dash < 0 || !streamCategories.includes(category) || uuidProblem(id)) return null;
  return { category, id };
}
