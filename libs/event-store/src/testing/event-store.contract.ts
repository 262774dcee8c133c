import { appendContract } from './appends.contract.js';
import { concurrencyContract } from './concurrency.contract.js';
import type { ContractBackend, OpenContractBackend } from './contract-backend.js';
import { lateCommitContract } from './late-commit.contract.js';
import { multiStreamAppendContract } from './multi-stream-appends.contract.js';
import { readContract } from './reads.contract.js';
import { subscriptionContract } from './subscriptions.contract.js';

export type { ContractBackend, OpenContractBackend } from './contract-backend.js';

/**
 * The behaviour every EventStore backend must show, through the port alone. The backend is
 * opened once for the whole suite; every test works in stream names and event types of its own.
 */
export function describeEventStoreContract(backendName: string, open: OpenContractBackend): void {
  describe(`EventStore contract: ${backendName}`, () => {
    let backend: ContractBackend | undefined;
    beforeAll(async () => {
      backend = await open();
    });
    afterAll(async () => {
      await backend?.dispose();
    });
    const access = () => {
      if (!backend) throw new Error(`the ${backendName} backend did not open`);
      return backend;
    };

    appendContract(access);
    multiStreamAppendContract(access);
    readContract(access);
    subscriptionContract(access);
    lateCommitContract(access);
    concurrencyContract(access);
  });
}
