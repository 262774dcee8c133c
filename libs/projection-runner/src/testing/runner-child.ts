// A projector process for the crash test: runs the counting projection slowly enough that the
// test can SIGKILL it while a batch transaction is open. It reports each batch it starts on stdout.
import { setTimeout as delay } from 'node:timers/promises';
import { ProjectionRunner } from '../projection-runner.js';
import { countingProjection } from './test-projections.js';
import { openTestStores } from './test-stores.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('runner-child: DATABASE_URL is required');
const stores = await openTestStores(url);
const toStderr = (message: string) => void process.stderr.write(`${message}\n`);
const runner = new ProjectionRunner({
  store: stores.store,
  db: stores.db,
  maxBatchSize: 20,
  logger: { log: toStderr, warn: toStderr, error: toStderr },
  projections: [
    countingProjection({
      afterWrites: async (events) => {
        process.stdout.write(`applying ${events.length}\n`);
        await delay(100);
      },
    }),
  ],
});
await runner.start();
process.stdout.write('started\n');
