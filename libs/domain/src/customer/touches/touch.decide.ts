import { unknownCommand } from '../../shared/unknown-command.js';
import type { CustomerState } from '../customer.state.js';
import { cancelPurchase, recordPurchase, recordReturn } from './purchase.decide.js';
import { fileComplaint, resolveComplaint } from './complaint.decide.js';
import { addNote, logCall, logEmail, recordServiceUse, recordVisit } from './interaction.decide.js';
import { captureLead, recordPromotionAnswer, recordSurveyAnswer, sendPromotion } from './marketing.decide.js';
import { completeTask, rescheduleTask, scheduleTask } from './task.decide.js';
import type { TouchCommand } from './touch.commands.js';
import type { TouchEvent } from './touch.events.js';

export function decideTouch(command: TouchCommand, state: CustomerState): TouchEvent[] {
  switch (command.type) {
    case 'LogCall':
      return logCall(command, state);
    case 'RecordVisit':
      return recordVisit(command, state);
    case 'LogEmail':
      return logEmail(command, state);
    case 'RecordPurchase':
      return recordPurchase(command, state);
    case 'CancelPurchase':
      return cancelPurchase(command, state);
    case 'RecordReturn':
      return recordReturn(command, state);
    case 'FileComplaint':
      return fileComplaint(command, state);
    case 'ResolveComplaint':
      return resolveComplaint(command, state);
    case 'RecordSurveyAnswer':
      return recordSurveyAnswer(command, state);
    case 'SendPromotion':
      return sendPromotion(command, state);
    case 'RecordPromotionAnswer':
      return recordPromotionAnswer(command, state);
    case 'RecordServiceUse':
      return recordServiceUse(command, state);
    case 'AddNote':
      return addNote(command, state);
    case 'ScheduleTask':
      return scheduleTask(command, state);
    case 'CompleteTask':
      return completeTask(command, state);
    case 'RescheduleTask':
      return rescheduleTask(command, state);
    case 'CaptureLead':
      return captureLead(command, state);
    default:
      throw unknownCommand(command);
  }
}
