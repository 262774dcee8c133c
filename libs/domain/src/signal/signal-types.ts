/**
 * The opportunities the signals read model spots (docs/marketing.md): named here, in the domain,
 * because an automation can be triggered by one and its decider checks the name.
 */
export const signalTypes = ['due-to-reorder', 'high-value-slipping', 'complaint-at-risk', 'cross-sell', 'stuck-deal'] as const;
export type SignalType = (typeof signalTypes)[number];
