import type { EventDecoder } from '../projection-dependencies.js';

/**
 * Marks what it decoded in the stream name, so the counts show which events went through it
 * before applyBatch; throws on events whose data has `undecodable: true`.
 */
export const markingDecoder: EventDecoder = async (event) => {
  if (event.data.undecodable === true) throw new Error(`cannot decode event ${event.id}`);
  return { ...event, streamName: `decoded:${event.streamName}` };
};
