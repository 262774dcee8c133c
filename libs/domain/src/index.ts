// Shared building blocks
export * from './shared/decider.js';
export * from './shared/errors.js';
export * from './shared/stream-names.js';
export * from './shared/personal-data.js';
export * from './shared/fold.js';
export { batchDecider, batchOf, type Batch } from './shared/batch-decider.js';
export * from './shared/occurred-at.js';
export { type Money, decimalAmount, formatMoney, lineAmount, UNIT_PRICE_DECIMALS } from './shared/money.js';
export { currencyCodes, isCurrencyCode, minorUnitDigits } from './shared/currencies.js';
export { countryCodes, countryProblem } from './shared/countries.js';
export { CLOCK_SKEW_MS } from './shared/time.js';

// Customers (persons and organizations) and their touches
export * from './customer/customer.events.js';
export * from './customer/customer.commands.js';
export * from './customer/customer.state.js';
export * from './customer/order-book.js';
export { customerDecider, decideCustomer } from './customer/customer.decide.js';
export { CustomerMergedViolation } from './customer/customer.errors.js';
export { recordsMergedInto } from './customer/customer-merge.decide.js';
export { webLeadDecider, type CaptureWebLead } from './customer/web-lead.decide.js';
export { customerHistoryState } from './customer/customer-history.js';
export * from './customer/touches/touch.events.js';
export * from './customer/touches/touch.commands.js';
export { touchSummary } from './customer/touches/touch-summary.js';
export * from './customer/touches/touch-kinds.js';
export { eventAmount } from './customer/touches/event-amount.js';
export * from './customer/corrections/correction.events.js';
export * from './customer/corrections/correction.commands.js';
export { correctableFields } from './customer/corrections/correctable-fields.js';

// One customer per address: the uniqueness streams of normalised emails and phones
export * from './contact-claim/contact-claim.events.js';
export { contactClaimDecider, type ClaimContact, type ContactClaimState } from './contact-claim/contact-claim.decide.js';
export { contactKeys } from './shared/contact.js';

// Staff
export * from './staff/staff.events.js';
export * from './staff/staff.commands.js';
export * from './staff/staff.state.js';
export { staffDecider, decideStaff } from './staff/staff.decide.js';

// Opportunities (deals)
export * from './opportunity/opportunity.events.js';
export * from './opportunity/opportunity.commands.js';
export * from './opportunity/opportunity.state.js';
export { opportunityDecider, decideOpportunity } from './opportunity/opportunity.decide.js';

// The pipeline: the board's stages and their default probabilities, defined in their own stream
export * from './pipeline/pipeline.events.js';
export * from './pipeline/pipeline.commands.js';
export { pipelineDecider, decidePipeline, type PipelineState } from './pipeline/pipeline.decide.js';

// Event schema versions
export { upcast, currentSchemaVersion, type VersionedEvent } from './upcasting/upcast.js';
export { UpcastError } from './upcasting/upcast.errors.js';
export type { CallLoggedV1Data } from './upcasting/call-logged.v1.js';

// Lifecycle stages (lead, prospect, customer, lost) and the rules deciding them
export * from './lifecycle/lifecycle.rules.js';
export * from './lifecycle/lifecycle.stage.js';
export * from './lifecycle/lifecycle.facts.js';
export { classifyLifecycle } from './lifecycle/lifecycle.classify.js';
export { nextLifecycleChange } from './lifecycle/lifecycle.next-change.js';
export * from './lifecycle/lifecycle.evolve.js';

// Segments: a rule over customers' facts, defined once in its own stream
export * from './segment/segment.events.js';
export * from './segment/segment-rule.js';
export { ruleProblems, type RuleProblem } from './segment/segment-rule.validation.js';
export { segmentDecider, type DefineSegment } from './segment/segment.decide.js';

// Lead follow-ups (deadline, overdue, escalation)
export * from './followup/followup.events.js';
export * from './followup/followup.commands.js';
export * from './followup/followup.state.js';
export { followUpDecider, decideFollowUpOverdue, decideOverdueReassignment } from './followup/followup.decide.js';

// Lead routing: ordered assignment rules, defined in their own stream; round-robin takes the rest
export * from './routing/assignment-rules.events.js';
export * from './routing/assignment-rules.commands.js';
export { assignmentRulesDecider, decideAssignmentRules, type AssignmentRulesState } from './routing/assignment-rules.decide.js';
export { matchingRules, ruleMatches, type RoutedLead } from './routing/lead-routing.js';

// Purchase forecasts: BG/NBD and Gamma-Gamma, fitted by maximum likelihood
export { logGamma, logBeta, logAddExp, hyp2f1 } from './forecast/special-functions.js';
export { nelderMead, type Minimum } from './forecast/nelder-mead.js';
export * from './forecast/purchase-history.js';
export * from './forecast/bg-nbd.js';
export * from './forecast/gamma-gamma.js';
export * from './forecast/customer-forecast.js';
// Automations: event-driven marketing, defined in their own streams; each trigger fires once
export * from './signal/signal-types.js';
export * from './automation/automation.events.js';
export * from './automation/automation.commands.js';
export { automationDecider, decideAutomation, MAX_CONTROL_SHARE, type AutomationState } from './automation/automation.decide.js';
export { controlBucket, inControlGroup } from './experiment/control-group.js';
export { conditionsHold } from './automation/automation-conditions.js';
export * from './experiment/uplift.js';
