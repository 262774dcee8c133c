import type { CustomerKind } from '#crm/domain';
import type { CompiledSection } from '../mapping/compile-mapping.js';
import { importedCustomer, planCustomer } from './customer.plan.js';
import { rowProblemOf, text } from './read-cells.js';
import type { PlannerContext, RowPlanner } from './row-planner.js';

/** A file of customers (or organizations): one row, one customer. */
export function customersPlanner({ mapping, metadata }: PlannerContext, section: CompiledSection, kind?: CustomerKind): RowPlanner {
  return {
    keyOf: () => null,
    customersOf: ({ rows: [row] }) => importedCustomer(section, text(section.fields.key, row!.values), row!.values),
    plan({ rows: [row] }, report) {
      const { line, values } = row!;
      try {
        const key = text(section.fields.key, values);
        if (key === undefined) {
          if (section.whenKeyMissing) report.skip(section.whenKeyMissing, 1);
          else report.bad(line, `${section.fields.key!.label} is empty`);
          return [];
        }
        return planCustomer(mapping, section, values, [line], { key, metadata, kind });
      } catch (error) {
        report.bad(line, rowProblemOf(error));
        return [];
      }
    },
  };
}
