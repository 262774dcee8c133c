import { unreachableMessage } from './unreachable.js';

describe('unreachableMessage', () => {
  it('names a network failure by its system call and code, not its repeated address', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { syscall: 'connect', code: 'ECONNREFUSED' });
    expect(unreachableMessage('Redis', '127.0.0.1:6379', refused)).toBe('Redis unreachable at 127.0.0.1:6379: connect ECONNREFUSED');
  });

  it('takes the first of several attempts (IPv4 and IPv6) and falls back to the message', () => {
    const refused = Object.assign(new Error('refused'), { syscall: 'connect', code: 'ECONNREFUSED' });
    expect(unreachableMessage('PostgreSQL', 'db:5432/crm', new AggregateError([refused]))).toBe(
      'PostgreSQL unreachable at db:5432/crm: connect ECONNREFUSED',
    );
    expect(unreachableMessage('PostgreSQL', 'db:5432/crm', new Error('password authentication failed'))).toBe(
      'PostgreSQL unreachable at db:5432/crm: password authentication failed',
    );
  });
});
