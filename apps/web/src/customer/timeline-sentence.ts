import type { TimelineItem } from '../api/types.js';
import type { MessageKey } from '../i18n/en.js';
import { numberFormatOf, type I18n } from '../i18n/i18n.js';

type Facts = TimelineItem['facts'];

/** Who a staff id names, when the reader may see the staff list. */
export type NameOf = (staffId: string) => string | undefined;

const text = (facts: Facts, key: string) => (typeof facts[key] === 'string' ? (facts[key] as string) : null);
const figure = (facts: Facts, key: string) => (typeof facts[key] === 'number' ? (facts[key] as number) : null);
const names = (facts: Facts, key: string) => (Array.isArray(facts[key]) ? (facts[key] as string[]) : null);

function duration({ locale }: I18n, seconds: number): string {
  const [value, unit] = seconds < 60 ? [seconds, 'second'] : [Math.round(seconds / 60), 'minute'];
  return numberFormatOf(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
}

/**
 * The entry's line in the reader's language, built from its type and facts as the signal
 * sentences are; the server's English summary stands in for a type or fact the console does not
 * know (a type added later, or an entry being saved, which has no facts yet).
 */
export function timelineSentence(i18n: I18n, item: TimelineItem, nameOf: NameOf = () => undefined): string {
  const { t, money, date, locale } = i18n;
  const facts = item.facts ?? {};
  const amount = item.amount ? money(item.amount.amount, item.amount.currency) : null;
  const channel = item.channel ? t(`channel.${item.channel}` as MessageKey) : null;
  const lower = (key: MessageKey) => t(key).toLocaleLowerCase(locale);
  const fieldList = (key: string) => {
    const fields = names(facts, key);
    return fields && new Intl.ListFormat(locale).format(fields.map((field) => t(`field.${field}` as MessageKey)));
  };
  const sentence = (key: string, vars: Record<string, string | number | null>) =>
    Object.values(vars).some((value) => value === null) ? null : t(`timeline.sentence.${key}` as MessageKey, vars as Record<string, string | number>);

  const built = ((): string | null => {
    switch (item.type) {
      case 'CallLogged': {
        const [direction, seconds, outcome] = [text(facts, 'direction'), figure(facts, 'durationSeconds'), text(facts, 'outcome')];
        if (direction === null || seconds === null || outcome === null) return null;
        return sentence(`CallLogged.${direction}`, { duration: duration(i18n, seconds), outcome: lower(`touch.outcome.${outcome}` as MessageKey) });
      }
      case 'VisitRecorded':
        return sentence('VisitRecorded', { channel });
      case 'EmailLogged':
        return text(facts, 'direction') && sentence(`EmailLogged.${text(facts, 'direction')}`, {});
      case 'PurchaseRecorded':
        return figure(facts, 'lines')
          ? sentence('PurchaseRecorded.lines', { amount, lines: figure(facts, 'lines') })
          : sentence('PurchaseRecorded', { amount });
      case 'PurchaseCancelled':
        return sentence('PurchaseCancelled', { order: text(facts, 'orderId'), amount });
      case 'ReturnRecorded': {
        const order = text(facts, 'orderId');
        return sentence(order ? 'ReturnRecorded.ofOrder' : 'ReturnRecorded', { return: text(facts, 'returnId'), amount, ...(order ? { order } : {}) });
      }
      case 'ComplaintFiled': {
        const severity = text(facts, 'severity');
        return sentence('ComplaintFiled', { category: text(facts, 'category'), severity: severity && lower(`touch.severity.${severity}` as MessageKey) });
      }
      case 'SurveyAnswered':
        return sentence('SurveyAnswered', { survey: text(facts, 'surveyId'), score: figure(facts, 'score') });
      case 'PromotionSent':
        return sentence('PromotionSent', { promotion: text(facts, 'promotionId'), channel });
      case 'PromotionAnswered': {
        const response = text(facts, 'response');
        return sentence('PromotionAnswered', { promotion: text(facts, 'promotionId'), response: response && t(`promotionResponse.${response}` as MessageKey) });
      }
      case 'ServiceUsed':
        return sentence('ServiceUsed', { service: text(facts, 'service'), quantity: figure(facts, 'quantity') });
      case 'TaskScheduled':
      case 'TaskRescheduled': {
        const due = text(facts, 'dueAt');
        return sentence(item.type, { date: due && date(due) });
      }
      case 'LeadCaptured': {
        const interest = text(facts, 'interest');
        return sentence(interest ? 'LeadCaptured.interest' : 'LeadCaptured', { form: text(facts, 'form'), ...(interest ? { interest } : {}) });
      }
      case 'CustomerRegistered': {
        const kind = text(facts, 'kind');
        return sentence('CustomerRegistered', { kind: kind && t(`newCustomer.kind.${kind}` as MessageKey), source: text(facts, 'source') });
      }
      case 'CustomerDetailsChanged':
      case 'CustomerAttributesChanged':
      case 'TouchCorrected':
      case 'OpportunityUpdated':
        return sentence(item.type, { fields: fieldList('fields') });
      case 'CustomerOwnerAssigned': {
        const owner = text(facts, 'ownerId');
        return sentence('CustomerOwnerAssigned', { owner: owner && (nameOf(owner) ?? null) });
      }
      case 'ConsentGiven': {
        const [consentChannel, basis] = [text(facts, 'channel'), text(facts, 'legalBasis')];
        return sentence('ConsentGiven', {
          channel: consentChannel && t(`channel.${consentChannel}` as MessageKey),
          basis: basis && t(`legalBasis.${basis}` as MessageKey),
        });
      }
      case 'ConsentWithdrawn': {
        const consentChannel = text(facts, 'channel');
        return sentence('ConsentWithdrawn', { channel: consentChannel && t(`channel.${consentChannel}` as MessageKey) });
      }
      case 'TouchVoided': {
        const touch = text(facts, 'touchType');
        return sentence('TouchVoided', { touch: touch && t(`event.${touch}` as MessageKey) });
      }
      case 'OpportunityOpened': {
        const [stage, expected, currency] = [text(facts, 'stage'), figure(facts, 'expectedAmount'), text(facts, 'currency')];
        return sentence('OpportunityOpened', {
          stage: stage && t(`dealStage.${stage}` as MessageKey),
          amount: expected !== null && currency ? money(expected, currency) : null,
        });
      }
      case 'OpportunityStageChanged': {
        const [from, to] = [text(facts, 'from'), text(facts, 'to')];
        return sentence('OpportunityStageChanged', { from: from && t(`dealStage.${from}` as MessageKey), to: to && t(`dealStage.${to}` as MessageKey) });
      }
      case 'OpportunityWon':
        return sentence('OpportunityWon', { amount });
      case 'ComplaintResolved':
      case 'NoteAdded':
      case 'TaskCompleted':
      case 'CustomerErased':
      case 'CustomerMerged':
      case 'CustomerAbsorbed':
      case 'CustomerUnmerged':
      case 'CustomerRestored':
      case 'OpportunityLost':
        return sentence(item.type, {});
    }
    return null;
  })();
  return built ?? item.summary;
}
