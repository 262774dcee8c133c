import { NotFoundError, RuleViolation, ValidationError } from '../shared/errors.js';
import { customerId, metadata, minutesFromNow, nowIso, opportunityId, staffId } from '../testing/fixtures.js';
import { deciderSpec } from '../testing/given.js';
import type { ChangeOpportunityStage, LoseOpportunity, OpenOpportunity, UpdateOpportunity, WinOpportunity } from './opportunity.commands.js';
import { opportunityDecider } from './opportunity.decide.js';
import type { OpportunityLost, OpportunityOpened, OpportunityUpdated, OpportunityWon } from './opportunity.events.js';
import type { OpportunityState } from './opportunity.state.js';

const given = deciderSpec(opportunityDecider);

const open = (data: Partial<OpenOpportunity['data']> = {}): OpenOpportunity => ({
  type: 'OpenOpportunity',
  data: { opportunityId, customerId, interest: 'Solar panels', expectedAmount: { amount: 1_200_000, currency: 'EUR' }, ownerId: staffId, ...data },
  metadata,
});
const opened: OpportunityOpened = {
  type: 'OpportunityOpened',
  data: {
    opportunityId,
    customerId,
    occurredAt: nowIso,
    interest: 'Solar panels',
    expectedAmount: { amount: 1_200_000, currency: 'EUR' },
    ownerId: staffId,
    stage: 'qualification',
  },
};
const win: WinOpportunity = { type: 'WinOpportunity', data: { opportunityId, amount: 1_150_000, currency: 'EUR' }, metadata };
const won: OpportunityWon = { type: 'OpportunityWon', data: { opportunityId, customerId, occurredAt: nowIso, amount: 1_150_000, currency: 'EUR' } };
const lose: LoseOpportunity = { type: 'LoseOpportunity', data: { opportunityId, reason: 'Chose a competitor' }, metadata };
const lost: OpportunityLost = { type: 'OpportunityLost', data: { opportunityId, customerId, occurredAt: nowIso, reason: 'Chose a competitor' } };
const moveTo = (stage: ChangeOpportunityStage['data']['stage']): ChangeOpportunityStage => ({
  type: 'ChangeOpportunityStage',
  data: { opportunityId, stage },
  metadata,
});

describe('OpenOpportunity', () => {
  it('opens a deal in the first stage of the default pipeline', () => {
    given([]).when(open()).then([opened]);
  });

  it('keeps a back-filled opening time and stage', () => {
    given([])
      .when(open({ occurredAt: '2023-06-01T10:00:00Z', stage: 'proposal' }))
      .then([{ ...opened, data: { ...opened.data, occurredAt: '2023-06-01T10:00:00.000Z', stage: 'proposal' } }]);
  });

  it('refuses an unknown currency, a decimal amount and an unknown stage', () => {
    given([])
      .when(open({ expectedAmount: { amount: 10.5, currency: 'XYZ' }, stage: 'dreaming' as never }))
      .thenThrows(ValidationError, {
        errors: [
          { field: 'expectedAmount.amount', reason: expect.stringContaining('whole number') },
          { field: 'expectedAmount.currency', reason: expect.stringContaining('ISO 4217') },
          { field: 'stage', reason: 'must be one of: prospecting, engaging, qualification, needs-analysis, proposal, negotiation' },
        ],
      });
  });

  it('carries the expected close date, its own probability and the product when given', () => {
    given([])
      .when(open({ expectedCloseDate: '2026-03-31', probability: 40, product: ' Roof kit ' }))
      .then([{ ...opened, data: { ...opened.data, expectedCloseDate: '2026-03-31', probability: 40, product: 'Roof kit' } }]);
  });

  it('refuses a date that does not exist and a probability outside 0–100', () => {
    given([])
      .when(open({ expectedCloseDate: '2026-02-30', probability: 101 }))
      .thenThrows(ValidationError, {
        errors: [
          { field: 'expectedCloseDate', reason: 'must be a date that exists' },
          { field: 'probability', reason: 'must be at most 100' },
        ],
      });
    given([])
      .when(open({ expectedCloseDate: '31/03/2026' }))
      .thenThrows(ValidationError, { errors: [{ field: 'expectedCloseDate', reason: 'must be a date, YYYY-MM-DD' }] });
  });

  it('refuses a deal opened twice', () => {
    given([opened]).when(open()).thenThrows(RuleViolation, { rule: 'opportunity-already-opened' });
  });
});

describe('ChangeOpportunityStage', () => {
  it('records where the deal came from and went to', () => {
    given([opened])
      .when(moveTo('needs-analysis'))
      .then([{ type: 'OpportunityStageChanged', data: { opportunityId, customerId, occurredAt: nowIso, from: 'qualification', to: 'needs-analysis' } }]);
  });

  it('changes nothing when the deal is already in that stage', () => {
    given([opened]).when(moveTo('qualification')).then([]);
  });

  it('sets the deal’s own probability with a move, and a plain move returns it to the stage’s', () => {
    const withOwn = { ...moveTo('proposal'), data: { opportunityId, stage: 'proposal' as const, probability: 65 } };
    given([opened])
      .when(withOwn)
      .then([
        { type: 'OpportunityStageChanged', data: { opportunityId, customerId, occurredAt: nowIso, from: 'qualification', to: 'proposal', probability: 65 } },
      ]);
    const state = [
      opened,
      {
        type: 'OpportunityStageChanged' as const,
        data: { opportunityId, customerId, occurredAt: nowIso, from: 'qualification' as const, to: 'proposal' as const, probability: 65 },
      },
    ];
    given(state).when(withOwn).then([]);
    given(state)
      .when({ ...withOwn, data: { ...withOwn.data, probability: 70 } })
      .then([{ type: 'OpportunityStageChanged', data: { opportunityId, customerId, occurredAt: nowIso, from: 'proposal', to: 'proposal', probability: 70 } }]);
    expect(state.reduce(opportunityDecider.evolve, opportunityDecider.initialState)).toMatchObject({ probability: 65 });
    const movedOn = [
      ...state,
      {
        type: 'OpportunityStageChanged' as const,
        data: { opportunityId, customerId, occurredAt: nowIso, from: 'proposal' as const, to: 'negotiation' as const },
      },
    ];
    expect(movedOn.reduce(opportunityDecider.evolve, opportunityDecider.initialState)).toMatchObject({ probability: null, stage: 'negotiation' });
  });

  it('refuses to move a closed deal', () => {
    given([opened, won]).when(moveTo('negotiation')).thenThrows(RuleViolation, { rule: 'opportunity-closed' });
  });

  it('refuses a deal that does not exist', () => {
    given([]).when(moveTo('proposal')).thenThrows(NotFoundError, { code: 'NOT_FOUND', entity: 'opportunity' });
  });
});

describe('WinOpportunity', () => {
  it('wins an open deal', () => {
    given([opened]).when(win).then([won]);
  });

  it('keeps a back-filled time but refuses one beyond the clock skew', () => {
    given([opened])
      .when({ ...win, data: { ...win.data, occurredAt: '2024-01-01T00:00:00Z' } })
      .then([{ ...won, data: { ...won.data, occurredAt: '2024-01-01T00:00:00.000Z' } }]);
    given([opened])
      .when({ ...win, data: { ...win.data, occurredAt: minutesFromNow(60) } })
      .thenThrows(ValidationError, { errors: [{ field: 'occurredAt' }] });
  });

  it('keeps the day the source gave as a day, and refuses one that does not exist', () => {
    given([opened])
      .when({ ...win, data: { ...win.data, occurredAt: '2017-03-01T00:00:00Z', closedOn: '2017-03-01' } })
      .then([{ ...won, data: { ...won.data, occurredAt: '2017-03-01T00:00:00.000Z', closedOn: '2017-03-01' } }]);
    given([opened])
      .when({ ...win, data: { ...win.data, closedOn: '2017-02-29' } })
      .thenThrows(ValidationError, { errors: [{ field: 'closedOn', reason: 'must be a date that exists' }] });
  });

  it('refuses to win a lost deal', () => {
    given([opened, lost])
      .when(win)
      .thenThrows(RuleViolation, { rule: 'opportunity-closed', message: expect.stringContaining('was lost') });
  });

  it('refuses to win a deal twice', () => {
    given([opened, won]).when(win).thenThrows(RuleViolation, { rule: 'opportunity-closed' });
  });
});

describe('LoseOpportunity', () => {
  it('loses an open deal with its reason', () => {
    given([opened]).when(lose).then([lost]);
  });

  it('keeps the day the source gave as a day, closing at its start when no time is given, and refuses a day still to come', () => {
    given([opened])
      .when({ ...lose, data: { ...lose.data, closedOn: '2017-03-01' } })
      .then([{ ...lost, data: { ...lost.data, occurredAt: '2017-03-01T00:00:00.000Z', closedOn: '2017-03-01' } }]);
    given([opened])
      .when({ ...lose, data: { ...lose.data, closedOn: minutesFromNow(2 * 24 * 60).slice(0, 10) } })
      .thenThrows(ValidationError, { errors: [{ field: 'closedOn', reason: 'must not be a day still to come' }] });
    given([opened])
      .when({ ...lose, data: { ...lose.data, closedOn: '1 March 2017' } })
      .thenThrows(ValidationError, { errors: [{ field: 'closedOn', reason: 'must be a date, YYYY-MM-DD' }] });
  });

  it('refuses to lose a won deal', () => {
    given([opened, won])
      .when(lose)
      .thenThrows(RuleViolation, { rule: 'opportunity-closed', message: expect.stringContaining('was won') });
  });

  it('refuses an empty reason', () => {
    given([opened])
      .when({ ...lose, data: { ...lose.data, reason: '' } })
      .thenThrows(ValidationError, { errors: [{ field: 'reason' }] });
  });
});

describe('UpdateOpportunity', () => {
  const update = (data: Omit<UpdateOpportunity['data'], 'opportunityId'>): UpdateOpportunity => ({
    type: 'UpdateOpportunity',
    data: { opportunityId, ...data },
    metadata,
  });
  const updated = (changes: OpportunityUpdated['data']['changes']): OpportunityUpdated => ({
    type: 'OpportunityUpdated',
    data: { opportunityId, customerId, occurredAt: nowIso, changes },
  });
  const newOwner = '7d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a';

  it('records the amount, owner and close date that changed, and leaves out what is as it was', () => {
    given([opened])
      .when(update({ expectedAmount: { amount: 1_500_000, currency: 'EUR' }, ownerId: newOwner, expectedCloseDate: '2026-09-30', interest: 'Solar panels' }))
      .then([updated({ expectedAmount: { amount: 1_500_000, currency: 'EUR' }, ownerId: newOwner, expectedCloseDate: '2026-09-30' })]);
  });

  it('clears the close date and the product with null', () => {
    const withDate = { ...opened, data: { ...opened.data, expectedCloseDate: '2026-06-30', product: 'Roof kit' } };
    given([withDate])
      .when(update({ expectedCloseDate: null, product: null }))
      .then([updated({ expectedCloseDate: null, product: null })]);
  });

  it('records nothing when every value is the deal’s own', () => {
    given([opened])
      .when(update({ expectedAmount: { amount: 1_200_000, currency: 'EUR' }, ownerId: staffId }))
      .then([]);
  });

  it('folds the changes into the deal', () => {
    const state = [opened, updated({ ownerId: newOwner, expectedCloseDate: '2026-09-30' }), updated({ expectedCloseDate: null })].reduce(
      opportunityDecider.evolve,
      opportunityDecider.initialState,
    );
    expect(state).toMatchObject({ status: 'open', ownerId: newOwner, expectedCloseDate: null, expectedAmount: { amount: 1_200_000, currency: 'EUR' } });
  });

  it('refuses an empty edit, a bad date, a negative amount and a bad owner, naming each field', () => {
    given([opened])
      .when(update({}))
      .thenThrows(ValidationError, {
        errors: [{ field: 'interest, expectedAmount, ownerId, expectedCloseDate, product', reason: 'name at least one of these to change' }],
      });
    given([opened])
      .when(update({ expectedCloseDate: '2026-02-30', expectedAmount: { amount: -5, currency: 'EUR' }, ownerId: 'someone' }))
      .thenThrows(ValidationError, {
        errors: expect.arrayContaining([
          { field: 'expectedCloseDate', reason: 'must be a date that exists' },
          { field: 'expectedAmount.amount', reason: expect.any(String) },
          { field: 'ownerId', reason: expect.any(String) },
        ]),
      });
  });

  it('refuses to edit a closed deal or one that was never opened', () => {
    given([opened, won])
      .when(update({ ownerId: newOwner }))
      .thenThrows(RuleViolation, { rule: 'opportunity-closed' });
    given([])
      .when(update({ ownerId: newOwner }))
      .thenThrows(NotFoundError, { code: 'NOT_FOUND', entity: 'opportunity' });
  });
});

describe('opportunity evolve', () => {
  it('folds a deal to won, and ignores what it does not know', () => {
    const state = [opened, won].reduce(opportunityDecider.evolve, opportunityDecider.initialState);
    expect(state).toMatchObject({
      status: 'won',
      wonAmount: { amount: 1_150_000, currency: 'EUR' },
      stage: 'qualification',
      probability: null,
      expectedCloseDate: null,
      product: null,
    });
    const unknown = { type: 'OpportunityRenamed', data: {} } as never;
    expect(opportunityDecider.evolve(state, unknown)).toBe(state);
  });

  it('ignores a loss after a win: closed is final', () => {
    const state: OpportunityState = [opened, won, lost].reduce(opportunityDecider.evolve, opportunityDecider.initialState);
    expect(state.status).toBe('won');
  });
});
