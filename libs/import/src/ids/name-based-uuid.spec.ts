import { describe, expect, it } from '@jest/globals';
import { ImportIds } from './import-ids.js';
import { nameBasedUuid } from './name-based-uuid.js';

describe('nameBasedUuid', () => {
  it('matches the RFC 9562 version 5 example (DNS namespace, www.example.com)', () => {
    expect(nameBasedUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
});

describe('ImportIds', () => {
  it('gives the same key the same id, and other sources or kinds other ids', () => {
    const retail = new ImportIds('online-retail');
    expect(retail.customer('17850')).toBe(new ImportIds('online-retail').customer('17850'));
    expect(retail.customer('17850')).not.toBe(new ImportIds('other-crm').customer('17850'));
    expect(retail.customer('17850')).not.toBe(retail.staff('17850'));
    expect(retail.event('purchase:536365', 0)).not.toBe(retail.event('purchase:536365', 1));
  });
});
