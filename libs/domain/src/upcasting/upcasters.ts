import { callLoggedV1ToV2 } from './call-logged.v1.js';

export type Upcaster = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * Per event type, the steps from each old schema version to the next: entry i turns version i+1
 * into version i+2. The current version of a type is one more than its number of steps, so adding
 * an upcaster is the whole of a schema change on the reading side.
 */
export const upcasters: Readonly<Record<string, readonly Upcaster[]>> = {
  CallLogged: [callLoggedV1ToV2],
};
