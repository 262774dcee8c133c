import type { TouchChannel } from './touch.events.js';
import type { TouchCommand } from './touch.commands.js';

export type TouchKindRule = {
  command: TouchCommand['type'];
  /** The usual channel of this touch; none where the channel decides a rule (consent for promotions). */
  defaultChannel?: TouchChannel;
  /** The field naming a record later touches refer to; when not given, the touch's event id names it. */
  idField?: 'complaintId' | 'taskId';
};

/**
 * Every kind of touch, by the `type` the API and the import files name it with: the command it
 * becomes and its defaults. The one table — the API's request bodies and the import's rows are
 * checked against these names.
 */
export const touchKindRules = {
  call: { command: 'LogCall', defaultChannel: 'phone' },
  visit: { command: 'RecordVisit', defaultChannel: 'meeting' },
  email: { command: 'LogEmail', defaultChannel: 'email' },
  purchase: { command: 'RecordPurchase', defaultChannel: 'store' },
  'purchase-cancelled': { command: 'CancelPurchase', defaultChannel: 'store' },
  return: { command: 'RecordReturn', defaultChannel: 'store' },
  complaint: { command: 'FileComplaint', defaultChannel: 'other', idField: 'complaintId' },
  'complaint-resolved': { command: 'ResolveComplaint', defaultChannel: 'other' },
  survey: { command: 'RecordSurveyAnswer', defaultChannel: 'web' },
  'promotion-sent': { command: 'SendPromotion' },
  'promotion-answered': { command: 'RecordPromotionAnswer' },
  'service-usage': { command: 'RecordServiceUse', defaultChannel: 'other' },
  note: { command: 'AddNote', defaultChannel: 'internal' },
  'task-scheduled': { command: 'ScheduleTask', defaultChannel: 'internal', idField: 'taskId' },
  'task-completed': { command: 'CompleteTask', defaultChannel: 'internal' },
  'task-rescheduled': { command: 'RescheduleTask', defaultChannel: 'internal' },
  lead: { command: 'CaptureLead', defaultChannel: 'web' },
} as const satisfies Record<string, TouchKindRule>;

export type TouchType = keyof typeof touchKindRules;

export const touchTypes = Object.keys(touchKindRules) as TouchType[];

export const isTouchType = (type: unknown): type is TouchType => typeof type === 'string' && Object.hasOwn(touchKindRules, type);

/** The touch types an import file may carry (the rest need fields a flat row does not have). */
export const importableTouchTypes = ['purchase', 'call', 'email', 'note'] as const satisfies readonly TouchType[];
