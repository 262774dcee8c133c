import { upcast } from '#crm/domain';
import type { JsonObject, ReadStreamOptions, EventStore, RecordedEvent } from '#crm/event-store';
import type { EventCodec } from '../envelope/event-codec.js';

/** A recorded event decoded and brought to its type's current schema: what deciders and readers see. */
export type CurrentEvent = RecordedEvent & { schemaVersion: number };

// Events written before metadata carried a version are the first version of their type.
const storedVersionOf = (metadata: JsonObject): number =>
  metadata.schemaVersion === undefined ? 1 : (metadata.schemaVersion as number);

export async function upcastRecordedEvent(recorded: RecordedEvent, codec: EventCodec): Promise<CurrentEvent> {
  const decoded = await codec.decode({ streamName: recorded.streamName, type: recorded.type, data: recorded.data });
  const { schemaVersion, data } = upcast({ type: recorded.type, schemaVersion: storedVersionOf(recorded.metadata), data: decoded });
  return { ...recorded, schemaVersion, data };
}

/** What projections read, as deciders do: the projection runner's `decode` over the app's codec. */
export const currentEventDecoder =
  (codec: EventCodec) =>
  (recorded: RecordedEvent): Promise<CurrentEvent> =>
    upcastRecordedEvent(recorded, codec);

export async function* readCurrentEvents(
  store: EventStore,
  codec: EventCodec,
  streamName: string,
  options?: ReadStreamOptions,
): AsyncIterable<CurrentEvent> {
  for await (const recorded of store.readStream(streamName, options)) yield upcastRecordedEvent(recorded, codec);
}
