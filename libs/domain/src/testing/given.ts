import { expect } from '@jest/globals';
import type { Command, Decider, DomainEvent } from '../shared/decider.js';

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * Given/when/then over a decider: fold the given events, decide the command, compare.
 *
 *   given([opened, lost]).when(winOpportunity).thenThrows(RuleViolation, { rule: 'opportunity-closed' });
 */
export function deciderSpec<C extends Command, E extends DomainEvent, S>(decider: Decider<C, E, S>) {
  return (events: readonly E[]) => ({
    when: (command: C) => {
      const decide = () => decider.decide(command, events.reduce(decider.evolve, decider.initialState));
      return {
        then: (expected: readonly E[]): void => {
          expect(decide()).toEqual(expected);
        },
        thenThrows: (errorClass: ErrorClass, expected: Record<string, unknown> = {}): void => {
          let thrown: unknown;
          try {
            decide();
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(errorClass);
          expect(thrown).toMatchObject(expected);
        },
      };
    },
  });
}
