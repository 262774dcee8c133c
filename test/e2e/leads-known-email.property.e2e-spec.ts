import fc from 'fast-check';
import { sql } from 'kysely';
import { customerStreamName } from '#crm/domain';
import { startTestApp, type TestApp } from '#test/support/app';

/**
 * One customer per person, over random histories sent through the real app: registrations over the
 * API, web leads and merges, interleaved, the addresses written in any case (and the leads' with
 * spaces around). A lead goes to whoever first held its address (the survivor, once that one is
 * merged away), and registers a customer only for an address nobody held.
 */
type Step =
  | { kind: 'register'; address: number; upper: boolean }
  | { kind: 'lead'; address: number; upper: boolean; padded: boolean }
  | { kind: 'merge'; survivor: number; absorbed: number };

const ADDRESSES = 2;
const address = fc.nat(ADDRESSES - 1);
const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('register' as const), address, upper: fc.boolean() }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('lead' as const), address, upper: fc.boolean(), padded: fc.boolean() }), weight: 3 },
  // Indices into the customers registered so far, taken modulo their number.
  { arbitrary: fc.record({ kind: fc.constant('merge' as const), survivor: fc.nat(20), absorbed: fc.nat(20) }), weight: 2 },
);

/** What the CRM should hold after each step: who holds each address, and which record each absorbed one went into. */
class Model {
  readonly holders = new Map<number, string>();
  readonly survivors = new Map<string, string>();
  readonly registered: string[] = [];
  leadRegistrations = 0;

  target(addressIndex: number): string | undefined {
    const holder = this.holders.get(addressIndex);
    return holder && (this.survivors.get(holder) ?? holder);
  }
}

describe('a web lead whose email a customer holds goes to that customer (property)', () => {
  let api: TestApp;
  let run = 0;

  beforeAll(async () => {
    api = await startTestApp('e2e_leads_property');
  });

  afterAll(() => api.close());

  // Each run's web form submissions from an address of their own, under the per-address lead limit.
  const post = (url: string, payload: object, role: 'operator' | null = 'operator') =>
    api.request({ method: 'POST', url, payload, role, remoteAddress: `10.0.${Math.floor(run / 250)}.${run % 250}` });
  const registrations = async () => Number((await sql<{ count: string }>`select count(*) from events where event_type = 'CustomerRegistered'`.execute(api.databases.readDb)).rows[0]!.count);

  it('never registers a second customer for an address a customer holds, and sends every lead to its holder', async () => {
    // What the histories went through, so the property is known to have met each case.
    const seen = { leadToRegistered: 0, leadToSurvivor: 0, leadRegistering: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
        run += 1;
        const email = (index: number, upper: boolean) => {
          const text = `person${index}.run${run}@example.org`;
          return upper ? text.toUpperCase() : text;
        };
        const model = new Model();
        const before = await registrations();
        for (const [position, current] of steps.entries()) {
          if (current.kind === 'register') {
            const response = await post('/customers', { kind: 'person', name: `Person ${current.address}`, email: email(current.address, current.upper) });
            expect(response.statusCode).toBe(201);
            const id: string = response.json().id;
            model.registered.push(id);
            if (!model.holders.has(current.address)) model.holders.set(current.address, id);
          } else if (current.kind === 'lead') {
            const sent = email(current.address, current.upper);
            const form = `form-${position}`;
            const response = await post('/leads', { name: `Person ${current.address}`, email: current.padded ? `  ${sent} ` : sent, form }, null);
            expect(response.statusCode).toBe(202);
            let expected = model.target(current.address);
            if (expected !== undefined) {
              seen.leadToRegistered += model.registered.includes(expected) ? 1 : 0;
              seen.leadToSurvivor += expected !== model.holders.get(current.address) ? 1 : 0;
            } else {
              seen.leadRegistering += 1;
              expected = response.json().customerId as string;
              model.holders.set(current.address, expected);
              model.leadRegistrations += 1;
            }
            const leads = (await api.streamOf(customerStreamName(expected))).filter((event) => event.type === 'LeadCaptured');
            expect(leads.at(-1)?.data).toMatchObject({ form });
          } else if (model.registered.length > 0) {
            const survivor = model.registered[current.survivor % model.registered.length]!;
            const absorbed = model.registered[current.absorbed % model.registered.length]!;
            const response = await post(`/customers/${survivor}/merge`, { from: absorbed });
            // Refused merges (itself, chains) change nothing; the model follows the ones made.
            if (response.statusCode === 201) model.survivors.set(absorbed, survivor);
            else expect([400, 409]).toContain(response.statusCode);
          }
        }
        expect((await registrations()) - before).toBe(model.registered.length + model.leadRegistrations);
      }),
      { numRuns: 60, seed: 20261204 },
    );
    expect(Math.min(...Object.values(seen))).toBeGreaterThan(0);
  }, 240_000);
});
