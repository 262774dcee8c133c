import type { ImportKind } from '../mapping/import-kind.js';
import { customersPlanner } from './customers.planner.js';
import { opportunitiesPlanner } from './opportunities.planner.js';
import type { PlannerContext, RowPlanner } from './row-planner.js';
import { staffPlanner } from './staff.planner.js';
import { touchesPlanner } from './touches.planner.js';

export function plannerFor(kind: ImportKind, context: PlannerContext): RowPlanner {
  const { sections } = context.mapping;
  switch (kind) {
    case 'customers':
      return customersPlanner(context, sections.customer!);
    case 'organizations':
      return customersPlanner(context, sections.organization!, 'organization');
    case 'touches':
      return touchesPlanner(context, sections.touch!, sections.customer);
    case 'staff':
      return staffPlanner(context, sections.staff!);
    case 'opportunities':
      return opportunitiesPlanner(context, sections.opportunity!);
  }
}
