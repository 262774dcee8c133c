import { RuleViolation, ValidationError } from '../../shared/errors.js';
import { customerId, customerRegistered, metadata, nowIso } from '../../testing/fixtures.js';
import { deciderSpec } from '../../testing/given.js';
import { customerDecider } from '../customer.decide.js';
import type { ConsentGiven, ConsentWithdrawn } from '../customer.events.js';
import type { SendPromotion } from './touch.commands.js';

const given = deciderSpec(customerDecider);

const emailConsent: ConsentGiven = {
  type: 'ConsentGiven',
  data: { customerId, channel: 'email', legalBasis: 'consent', source: 'web-form', textVersion: 'v1', occurredAt: '2025-01-01T00:00:00.000Z' },
};
const emailWithdrawn: ConsentWithdrawn = {
  type: 'ConsentWithdrawn',
  data: { customerId, channel: 'email', source: 'unsubscribe-link', occurredAt: '2025-02-01T00:00:00.000Z' },
};

const sendPromotion = (channel: SendPromotion['data']['channel']): SendPromotion => ({
  type: 'SendPromotion',
  data: { customerId, channel, campaignId: 'SPRING-25', promotionId: 'P-10' },
  metadata,
});

describe('SendPromotion', () => {
  it('records a promotion sent over a channel the person consented to', () => {
    given([customerRegistered, emailConsent])
      .when(sendPromotion('email'))
      .then([{ type: 'PromotionSent', data: { customerId, occurredAt: nowIso, channel: 'email', campaignId: 'SPRING-25', promotionId: 'P-10' } }]);
  });

  it('refuses a channel the person never consented to', () => {
    given([customerRegistered, emailConsent]).when(sendPromotion('sms')).thenThrows(RuleViolation, { rule: 'consent-required' });
  });

  it('refuses a channel whose consent was withdrawn', () => {
    given([customerRegistered, emailConsent, emailWithdrawn]).when(sendPromotion('email')).thenThrows(RuleViolation, { rule: 'consent-required' });
  });

  it('keeps the latest answer by business time when an older consent is back-filled', () => {
    given([customerRegistered, emailWithdrawn, emailConsent]).when(sendPromotion('email')).thenThrows(RuleViolation, { rule: 'consent-required' });
  });

  it('needs no consent to show a promotion to someone in the store', () => {
    given([customerRegistered]).when(sendPromotion('store')).then([expect.objectContaining({ type: 'PromotionSent' })]);
  });
});

describe('RecordPromotionAnswer', () => {
  it('records the response', () => {
    given([customerRegistered])
      .when({ type: 'RecordPromotionAnswer', data: { customerId, channel: 'web', campaignId: 'SPRING-25', promotionId: 'P-10', response: 'accepted' }, metadata })
      .then([
        { type: 'PromotionAnswered', data: { customerId, occurredAt: nowIso, channel: 'web', campaignId: 'SPRING-25', promotionId: 'P-10', response: 'accepted' } },
      ]);
  });

  it('refuses a response outside the list', () => {
    given([customerRegistered])
      .when({ type: 'RecordPromotionAnswer', data: { customerId, channel: 'web', campaignId: 'C', promotionId: 'P', response: 'maybe' as never }, metadata })
      .thenThrows(ValidationError, { errors: [{ field: 'response', reason: 'must be one of: opened, clicked, accepted, declined' }] });
  });
});

describe('RecordSurveyAnswer', () => {
  it('records the score, the comment as personal data', () => {
    given([customerRegistered])
      .when({ type: 'RecordSurveyAnswer', data: { customerId, channel: 'web', surveyId: 'NPS-Q1', score: 9, comment: 'Great service' }, metadata })
      .then([{ type: 'SurveyAnswered', data: { customerId, occurredAt: nowIso, channel: 'web', surveyId: 'NPS-Q1', score: 9, personal: { comment: 'Great service' } } }]);
  });

  it('refuses a score above 10', () => {
    given([customerRegistered])
      .when({ type: 'RecordSurveyAnswer', data: { customerId, channel: 'web', surveyId: 'NPS-Q1', score: 11 }, metadata })
      .thenThrows(ValidationError, { errors: [{ field: 'score', reason: 'must be at most 10' }] });
  });
});

describe('CaptureLead', () => {
  it('records the form, source, interest and every UTM parameter', () => {
    given([customerRegistered])
      .when({
        type: 'CaptureLead',
        data: { customerId, channel: 'web', form: 'contact-us', source: 'google', interest: 'solar panels', utm: { source: 'google', medium: 'cpc', campaign: 'spring' } },
        metadata,
      })
      .then([
        {
          type: 'LeadCaptured',
          data: {
            customerId,
            occurredAt: nowIso,
            channel: 'web',
            form: 'contact-us',
            source: 'google',
            interest: 'solar panels',
            utm: { source: 'google', medium: 'cpc', campaign: 'spring', term: null, content: null },
          },
        },
      ]);
  });

  it('refuses a UTM parameter that is not text', () => {
    given([customerRegistered])
      .when({ type: 'CaptureLead', data: { customerId, channel: 'web', form: 'f', source: 's', utm: { medium: 42 as never } }, metadata })
      .thenThrows(ValidationError, { errors: [{ field: 'utm.medium' }] });
  });
});
