import { describe, expect, it } from '@jest/globals';
import { presentedKey } from './presented-key.js';

describe('presentedKey', () => {
  it('reads a bearer token, whatever the case of the scheme', () => {
    expect(presentedKey({ authorization: 'Bearer crm_abc' })).toBe('crm_abc');
    expect(presentedKey({ authorization: 'bearer   crm_abc ' })).toBe('crm_abc');
  });

  it('prefers Authorization over X-Api-Key', () => {
    expect(presentedKey({ authorization: 'Bearer crm_a', 'x-api-key': 'crm_b' })).toBe('crm_a');
  });

  it('falls back to X-Api-Key when Authorization is another scheme', () => {
    expect(presentedKey({ authorization: 'Basic dXNlcjpwYXNz', 'x-api-key': 'crm_b' })).toBe('crm_b');
  });

  it('finds nothing in empty or missing headers', () => {
    expect(presentedKey({})).toBeNull();
    expect(presentedKey({ authorization: 'Bearer ', 'x-api-key': '  ' })).toBeNull();
  });
});
