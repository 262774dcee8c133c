import { batchDecider, batchOf } from '../shared/batch-decider.js';
import type { Command, Decider } from '../shared/decider.js';
import { customerStreamName } from '../shared/stream-names.js';
import type { CustomerCommand, RegisterCustomer } from './customer.commands.js';
import { customerDecider } from './customer.decide.js';
import type { CustomerEvent } from './customer.events.js';
import type { CustomerState } from './customer.state.js';
import type { CaptureLead } from './touches/touch.commands.js';

export type CaptureWebLead = Command<'CaptureWebLead', { customer: RegisterCustomer['data']; lead: CaptureLead['data'] }>;

const customerBatches = batchDecider(customerDecider);

/**
 * A lead from the public form: the customer is registered first when the stream says it is new,
 * and both events land together. A known customer's details are left alone: a public form must
 * not be a way to rename someone else.
 */
export const webLeadDecider: Decider<CaptureWebLead, CustomerEvent, CustomerState> = {
  streamName: (command) => customerStreamName(command.data.customer.customerId),
  decide: ({ data, metadata }, state) => {
    const capture: CustomerCommand = { type: 'CaptureLead', data: data.lead, metadata };
    const register: CustomerCommand = { type: 'RegisterCustomer', data: data.customer, metadata };
    return customerBatches.decide(batchOf<CustomerCommand>(state.status === 'unknown' ? [register, capture] : [capture]), state);
  },
  evolve: customerDecider.evolve,
  initialState: customerDecider.initialState,
};
