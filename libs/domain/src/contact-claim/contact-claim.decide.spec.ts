import { ValidationError } from '../shared/errors.js';
import { deciderSpec } from '../testing/given.js';
import { customerId, metadata } from '../testing/fixtures.js';
import { contactClaimDecider, type ClaimContact } from './contact-claim.decide.js';
import type { ContactClaimed } from './contact-claim.events.js';

const given = deciderSpec(contactClaimDecider);
const claimId = '0b7c6d7e-8f90-4a1b-8c2d-3e4f5a6b7c8d';
const otherCustomerId = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

const claim = (data: Partial<ClaimContact['data']> = {}): ClaimContact => ({ type: 'ClaimContact', data: { claimId, customerId, ...data }, metadata });
const claimed = (holder: string): ContactClaimed => ({ type: 'ContactClaimed', data: { claimId, customerId: holder } });

describe('ClaimContact', () => {
  it('gives a free address to the customer who claims it', () => {
    given([])
      .when(claim())
      .then([claimed(customerId)]);
  });

  it('leaves a held address with its holder, whoever asks', () => {
    given([claimed(otherCustomerId)])
      .when(claim())
      .then([]);
    given([claimed(customerId)])
      .when(claim())
      .then([]);
  });

  it('refuses ids that are not UUIDs', () => {
    given([])
      .when(claim({ customerId: 'ada' }))
      .thenThrows(ValidationError, { errors: [{ field: 'customerId', reason: expect.any(String) }] });
  });
});
