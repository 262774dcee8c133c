import { MAX_LONG_TEXT, oneOfProblem, referenceProblem, textProblem } from '../../shared/field-checks.js';
import type { CustomerState } from '../customer.state.js';
import { acceptTouch } from './touch.checks.js';
import type { FileComplaint, ResolveComplaint } from './touch.commands.js';
import { complaintAlreadyFiled, complaintAlreadyResolved, complaintNotFiled } from './touch.errors.js';
import { complaintSeverities, type ComplaintFiled, type ComplaintResolved } from './touch.events.js';

export function fileComplaint({ data, metadata }: FileComplaint, state: CustomerState): ComplaintFiled[] {
  const { base, customer } = acceptTouch(data, metadata.now, state, [
    ['complaintId', referenceProblem(data.complaintId)],
    ['category', textProblem(data.category, 50)],
    ['severity', oneOfProblem(data.severity, complaintSeverities)],
    ['description', textProblem(data.description, MAX_LONG_TEXT)],
  ]);
  if (customer.complaints[data.complaintId]) throw complaintAlreadyFiled(data.complaintId);
  const { complaintId, severity } = data;
  return [
    {
      type: 'ComplaintFiled',
      data: { ...base, complaintId, category: data.category.trim(), severity, personal: { description: data.description.trim() } },
    },
  ];
}

export function resolveComplaint({ data, metadata }: ResolveComplaint, state: CustomerState): ComplaintResolved[] {
  const { base, customer } = acceptTouch(data, metadata.now, state, [
    ['complaintId', referenceProblem(data.complaintId)],
    ['resolution', textProblem(data.resolution, MAX_LONG_TEXT)],
  ]);
  const complaint = customer.complaints[data.complaintId];
  if (!complaint) throw complaintNotFiled(data.complaintId);
  if (complaint.status === 'resolved') throw complaintAlreadyResolved(data.complaintId);
  return [{ type: 'ComplaintResolved', data: { ...base, complaintId: data.complaintId, personal: { resolution: data.resolution.trim() } } }];
}
