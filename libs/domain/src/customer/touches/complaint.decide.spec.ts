import { RuleViolation, ValidationError } from '../../shared/errors.js';
import { customerId, customerRegistered, metadata, nowIso } from '../../testing/fixtures.js';
import { deciderSpec } from '../../testing/given.js';
import { customerDecider } from '../customer.decide.js';
import type { ResolveComplaint } from './touch.commands.js';
import type { ComplaintFiled, ComplaintResolved } from './touch.events.js';

const given = deciderSpec(customerDecider);

const complaintFiled: ComplaintFiled = {
  type: 'ComplaintFiled',
  data: {
    customerId,
    occurredAt: '2025-02-20T08:00:00.000Z',
    channel: 'phone',
    complaintId: 'CMP-7',
    category: 'delivery',
    severity: 'high',
    personal: { description: 'Parcel arrived damaged.' },
  },
};

const resolve: ResolveComplaint = {
  type: 'ResolveComplaint',
  data: { customerId, channel: 'email', complaintId: 'CMP-7', resolution: 'Replacement sent.' },
  metadata,
};

const complaintResolved: ComplaintResolved = {
  type: 'ComplaintResolved',
  data: { customerId, occurredAt: nowIso, channel: 'email', complaintId: 'CMP-7', personal: { resolution: 'Replacement sent.' } },
};

describe('FileComplaint', () => {
  it('records the complaint, its description as personal data', () => {
    given([customerRegistered])
      .when({
        type: 'FileComplaint',
        data: { customerId, channel: 'phone', occurredAt: '2025-02-20T08:00:00Z', complaintId: 'CMP-7', category: 'delivery', severity: 'high', description: 'Parcel arrived damaged.' },
        metadata,
      })
      .then([complaintFiled]);
  });

  it('refuses an unknown severity', () => {
    given([customerRegistered])
      .when({ type: 'FileComplaint', data: { customerId, channel: 'phone', complaintId: 'CMP-8', category: 'x', severity: 'apocalyptic' as never, description: 'x' }, metadata })
      .thenThrows(ValidationError, { errors: [{ field: 'severity', reason: 'must be one of: low, medium, high, critical' }] });
  });

  it('refuses a complaint id filed twice', () => {
    given([customerRegistered, complaintFiled])
      .when({ type: 'FileComplaint', data: { customerId, channel: 'phone', complaintId: 'CMP-7', category: 'x', severity: 'low', description: 'x' }, metadata })
      .thenThrows(RuleViolation, { rule: 'complaint-already-filed' });
  });
});

describe('ResolveComplaint', () => {
  it('resolves a filed complaint', () => {
    given([customerRegistered, complaintFiled]).when(resolve).then([complaintResolved]);
  });

  it('refuses a complaint never filed', () => {
    given([customerRegistered]).when(resolve).thenThrows(RuleViolation, { rule: 'complaint-not-filed', code: 'RULE_VIOLATED' });
  });

  it('refuses a complaint already resolved', () => {
    given([customerRegistered, complaintFiled, complaintResolved]).when(resolve).thenThrows(RuleViolation, { rule: 'complaint-already-resolved' });
  });
});
