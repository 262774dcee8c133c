import { stateAsOf, type RecordedDomainEvent } from '../shared/fold.js';
import { evolveCustomer, initialCustomerState, type CustomerState } from './customer.state.js';

/**
 * The customer's full state for `GET /customers/:id/state?asOf=`: the stream's events (upcast,
 * decrypted, in log order) recorded up to `asOf`, or all of them without it.
 */
export function customerHistoryState(events: Iterable<RecordedDomainEvent>, asOf?: Date): CustomerState {
  return stateAsOf({ initialState: initialCustomerState, evolve: evolveCustomer }, events, asOf);
}
