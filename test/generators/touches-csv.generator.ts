import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Prng } from '#crm/demo';

export const TOUCHES_CSV_HEADER = ['touch_id', 'customer_id', 'type', 'occurred_at', 'channel', 'sku', 'description', 'quantity', 'unit_price', 'direction', 'duration_seconds', 'outcome', 'subject', 'text'];

/** The mapping the generated file is imported with: customers registered when first met. */
export const TOUCHES_CSV_MAPPING = {
  about: 'Generated touches (test/generators/touches-csv.generator.ts)',
  source: 'bench',
  timeZone: 'UTC',
  currency: 'EUR',
  customer: { key: 'customer_id', name: { template: 'Bench customer {customer_id}' }, kind: { value: 'person' } },
  touch: {
    key: 'touch_id',
    type: 'type',
    occurredAt: 'occurred_at',
    channel: 'channel',
    sku: 'sku',
    description: 'description',
    quantity: 'quantity',
    unitPrice: 'unit_price',
    direction: 'direction',
    durationSeconds: 'duration_seconds',
    outcome: 'outcome',
    subject: 'subject',
    text: 'text',
  },
};

const MIX = { email: 35, call: 25, purchase: 30, note: 10 } as const;
const START = Date.parse('2024-01-01T00:00:00Z');
const SPAN_MS = 600 * 24 * 3600 * 1000;

const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/**
 * A CSV of `rows` touches in time order: the same file for the same seed. Customers' activity is
 * heavy-tailed (a cubed uniform draw: the first customers get most rows).
 */
export async function writeTouchesCsv(path: string, options: { rows: number; customers: number; seed: number }): Promise<void> {
  const prng = new Prng(options.seed);
  const out = createWriteStream(path);
  let chunk = `${TOUCHES_CSV_HEADER.join(',')}\n`;
  const step = SPAN_MS / options.rows;
  for (let row = 0; row < options.rows; row += 1) {
    const customer = `C${String(Math.floor(options.customers * Math.pow(prng.next(), 3))).padStart(7, '0')}`;
    const type = prng.weighted(MIX);
    const at = stamp(START + row * step);
    const id = `T${row}`;
    let cells: (string | number)[];
    switch (type) {
      case 'purchase':
        cells = [id, customer, type, at, prng.pick(['store', 'web']), `SKU-${prng.int(1, 500)}`, 'Garden chair', prng.int(1, 6), `${prng.int(1, 300)}.${String(prng.int(0, 99)).padStart(2, '0')}`, '', '', '', '', ''];
        break;
      case 'call':
        cells = [id, customer, type, at, 'phone', '', '', '', '', prng.pick(['inbound', 'outbound']), prng.int(20, 1800), prng.pick(['reached', 'voicemail', 'no-answer']), '', ''];
        break;
      case 'email':
        cells = [id, customer, type, at, 'email', '', '', '', '', prng.pick(['inbound', 'outbound']), '', '', `Order question ${prng.int(1, 9999)}`, ''];
        break;
      default:
        cells = [id, customer, type, at, 'internal', '', '', '', '', '', '', '', '', 'Prefers morning calls'];
    }
    chunk += `${cells.join(',')}\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}
