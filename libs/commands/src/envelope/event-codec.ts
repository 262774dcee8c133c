import type { JsonObject } from '#crm/event-store';

export type CodecInput = { streamName: string; type: string; data: JsonObject };

/**
 * The one place event data is transformed on its way into and out of the log: the crypto layer
 * will encrypt `data.personal` in `encode` and decrypt it in `decode`. Hashes are computed over
 * encoded data, so the chain verifies without any key.
 */
export interface EventCodec {
  encode(event: CodecInput): Promise<JsonObject>;
  decode(event: CodecInput): Promise<JsonObject>;
}

export const EVENT_CODEC = Symbol('EventCodec');

/** Stores data as it is: the default until the crypto layer provides its own codec. */
export const passThroughCodec: EventCodec = {
  encode: async ({ data }) => data,
  decode: async ({ data }) => data,
};
