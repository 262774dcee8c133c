import type { EventStore, EventToAppend } from '../event-store.port.js';

/** What a backend hands the contract suite. */
export interface ContractBackend {
  store: EventStore;
  dispose(): Promise<void>;
  /**
   * Starts an append whose transaction stays open until commit(), so its event takes a place in
   * the log before events that commit sooner. Only backends with client-side transactions
   * (PostgreSQL) can offer it.
   */
  holdOpenAppend?: (streamName: string, event: EventToAppend) => Promise<{ commit(): Promise<void> }>;
}

export type OpenContractBackend = () => Promise<ContractBackend>;

/** Sections of the suite read the backend lazily: it is opened in beforeAll. */
export type BackendAccess = () => ContractBackend;
