import { csvLine } from './csv.js';

describe('csvLine', () => {
  it('quotes only fields that need it, doubling quotes, and writes null as empty', () => {
    expect(csvLine(['plain', 'a,b', 'say "hi"', null, 3, new Date('2026-01-02T03:04:05Z')])).toBe('plain,"a,b","say ""hi""",,3,2026-01-02T03:04:05.000Z\r\n');
  });
});
