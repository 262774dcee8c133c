import { MAX_LONG_TEXT, integerProblem, oneOfProblem, optional, referenceProblem, textProblem } from '../../shared/field-checks.js';
import { nested, type Check } from '../../shared/validation.js';
import { consentChannels, type ConsentChannel } from '../customer.events.js';
import type { CustomerState } from '../customer.state.js';
import { acceptTouch, trimmedOrNull } from './touch.checks.js';
import type { CaptureLead, RecordPromotionAnswer, RecordSurveyAnswer, SendPromotion } from './touch.commands.js';
import { consentRequired } from './touch.errors.js';
import {
  promotionResponses,
  type LeadCaptured,
  type PromotionAnswered,
  type PromotionSent,
  type SurveyAnswered,
  type TouchChannel,
  type Utm,
} from './touch.events.js';

const isConsentChannel = (channel: TouchChannel): channel is ConsentChannel => (consentChannels as readonly string[]).includes(channel);

/**
 * Direct marketing by email, phone, SMS or post needs the person's standing consent on that
 * channel. Other channels (a promotion shown in the store or on the web) reach people who came
 * to us, so they need none.
 */
export function sendPromotion({ data, metadata }: SendPromotion, state: CustomerState): PromotionSent[] {
  const { base, customer } = acceptTouch(data, metadata.now, state, [
    ['campaignId', referenceProblem(data.campaignId)],
    ['promotionId', referenceProblem(data.promotionId)],
  ]);
  if (isConsentChannel(data.channel) && customer.consents[data.channel]?.status !== 'given') throw consentRequired(data.channel);
  return [{ type: 'PromotionSent', data: { ...base, campaignId: data.campaignId, promotionId: data.promotionId } }];
}

export function recordPromotionAnswer({ data, metadata }: RecordPromotionAnswer, state: CustomerState): PromotionAnswered[] {
  const { base } = acceptTouch(data, metadata.now, state, [
    ['campaignId', referenceProblem(data.campaignId)],
    ['promotionId', referenceProblem(data.promotionId)],
    ['response', oneOfProblem(data.response, promotionResponses)],
  ]);
  const { campaignId, promotionId, response } = data;
  return [{ type: 'PromotionAnswered', data: { ...base, campaignId, promotionId, response } }];
}

export function recordSurveyAnswer({ data, metadata }: RecordSurveyAnswer, state: CustomerState): SurveyAnswered[] {
  const { base } = acceptTouch(data, metadata.now, state, [
    ['surveyId', referenceProblem(data.surveyId)],
    ['score', integerProblem(data.score, { min: 0, max: 10 })],
    ['comment', optional(data.comment, (comment) => textProblem(comment, MAX_LONG_TEXT))],
  ]);
  return [
    { type: 'SurveyAnswered', data: { ...base, surveyId: data.surveyId, score: data.score, personal: { comment: trimmedOrNull(data.comment) } } },
  ];
}

const utmKeys = ['source', 'medium', 'campaign', 'term', 'content'] as const;

function utmChecks(utm: unknown): Check[] {
  if (utm === undefined) return [];
  if (typeof utm !== 'object' || utm === null) return [['utm', 'must be an object of UTM parameters']];
  const parameters = utm as Record<string, unknown>;
  return nested('utm', utmKeys.map((key): Check => [key, optional(parameters[key], textProblem)]));
}

export function captureLead({ data, metadata }: CaptureLead, state: CustomerState): LeadCaptured[] {
  const { base } = acceptTouch(data, metadata.now, state, [
    ['form', textProblem(data.form, 100)],
    ['source', textProblem(data.source, 100)],
    ['interest', optional(data.interest, textProblem)],
    ...utmChecks(data.utm),
  ]);
  const utm = Object.fromEntries(utmKeys.map((key) => [key, trimmedOrNull(data.utm?.[key])])) as Utm;
  return [
    { type: 'LeadCaptured', data: { ...base, form: data.form.trim(), source: data.source.trim(), interest: trimmedOrNull(data.interest), utm } },
  ];
}
