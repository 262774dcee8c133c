import { AccessError } from '#crm/http';
import { ValidationError } from '#crm/domain';
import { commandMetadata, createdId, handleOptions, webFormActor, type WriteContext } from './write-context.js';
import { expectedRevisionOf, idempotencyKeyOf } from './write-headers.js';

const now = new Date('2026-03-02T12:00:00.000Z');
const actor = { id: 'staff-1', role: 'operator' as const, name: 'front desk', staffId: 'staff-1', keyId: 'key-1', credential: 'api-key' as const };

describe('write headers', () => {
  it('reads If-Match as a revision, bare, quoted or weak', () => {
    expect(expectedRevisionOf({})).toBeUndefined();
    expect(expectedRevisionOf({ 'if-match': '3' })).toBe(3n);
    expect(expectedRevisionOf({ 'if-match': '"12"' })).toBe(12n);
    expect(expectedRevisionOf({ 'if-match': 'W/"0"' })).toBe(0n);
    expect(() => expectedRevisionOf({ 'if-match': '*' })).toThrow(ValidationError);
    expect(() => expectedRevisionOf({ 'if-match': '-1' })).toThrow(ValidationError);
  });

  it('takes Idempotency-Keys of visible ASCII only', () => {
    expect(idempotencyKeyOf({ 'idempotency-key': '0b6e2a4e-5d8f-4c1a' })).toBe('0b6e2a4e-5d8f-4c1a');
    expect(() => idempotencyKeyOf({ 'idempotency-key': 'has space' })).toThrow(ValidationError);
    expect(() => idempotencyKeyOf({ 'idempotency-key': '' })).toThrow(ValidationError);
  });
});

describe('write context', () => {
  const write: WriteContext = { actor, idempotencyKey: 'k', expectedRevision: 2n, correlationId: 'corr', now };

  it('makes command metadata from the key’s actor', () => {
    expect(commandMetadata(write)).toEqual({ now, actor: { id: 'staff-1', role: 'operator' }, correlationId: 'corr' });
  });

  it('refuses a write without an actor unless the route names one for anonymous callers', () => {
    const anonymous = { ...write, actor: null };
    expect(() => commandMetadata(anonymous)).toThrow(AccessError);
    expect(commandMetadata(anonymous, webFormActor).actor).toEqual({ id: 'web-form', role: 'system' });
  });

  it('scopes the idempotency seed to the API key', () => {
    expect(handleOptions(write, { channel: 'web' })).toEqual({ channel: 'web', expectedRevision: 2n, idempotencyKey: 'key-1:k', actorName: 'front desk' });
    expect(handleOptions({ ...write, actor: null }).idempotencyKey).toBe('public:k');
  });

  it('names what a keyed create request makes after its key, so a repeat names the same record', () => {
    expect(createdId(write, 'customer')).toBe(createdId({ ...write, now: new Date() }, 'customer'));
    expect(createdId(write, 'customer')).not.toBe(createdId(write, 'staff'));
    expect(createdId(write, 'customer')).not.toBe(createdId({ ...write, actor: { ...actor, keyId: 'key-2' } }, 'customer'));
    const unkeyed = { ...write, idempotencyKey: undefined };
    expect(createdId(unkeyed, 'customer')).not.toBe(createdId(unkeyed, 'customer'));
  });
});
