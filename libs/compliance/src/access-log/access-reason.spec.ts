import { ValidationError } from '#crm/domain';
import { accessReasonOf, accessReasonProblem } from './access-reason.js';

describe('accessReasonOf', () => {
  it('takes the X-Access-Reason header, else the reason query, trimmed', () => {
    expect(accessReasonOf({ headers: { 'x-access-reason': ' ticket 42 ' }, query: { reason: 'other' } }, true)).toBe('ticket 42');
    expect(accessReasonOf({ headers: {}, query: { reason: 'subject access request 7' } }, true)).toBe('subject access request 7');
  });

  it('records no reason when none is required and none is given', () => {
    expect(accessReasonOf({ headers: { 'x-access-reason': '  ' }, query: {} }, false)).toBeNull();
  });

  it('refuses a read without a reason where one is required, naming the header', () => {
    expect(() => accessReasonOf({ headers: {}, query: {} }, true)).toThrow(ValidationError);
    expect(() => accessReasonOf({ headers: {}, query: {} }, true)).toThrow(/X-Access-Reason is required/);
  });

  it('refuses an overlong reason or control characters', () => {
    expect(() => accessReasonOf({ headers: { 'x-access-reason': 'x'.repeat(501) } }, false)).toThrow(/at most 500 printable/);
    expect(() => accessReasonOf({ headers: {}, query: { reason: 'a\nb' } }, false)).toThrow(ValidationError);
  });

  it('holds a reason given in a body to the same rule, saying what is wrong', () => {
    expect(accessReasonProblem('subject access request 7')).toBeNull();
    expect(accessReasonProblem('')).toBe("must say why this person's data is read");
    expect(accessReasonProblem('x'.repeat(501))).toBe('must be at most 500 printable characters');
    expect(accessReasonProblem('a\tb')).toBe('must be at most 500 printable characters');
  });
});
