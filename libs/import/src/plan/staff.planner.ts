import { staffStreamName, type CommandMetadata, type RegisterStaff, type StaffState } from '#crm/domain';
import type { CompiledMapping, CompiledSection } from '../mapping/compile-mapping.js';
import type { PlannedCommand } from './planned-command.js';
import { requiredText, rowProblemOf, text } from './read-cells.js';
import type { PlannerContext, RowPlanner } from './row-planner.js';

function registration(
  mapping: CompiledMapping,
  section: CompiledSection,
  values: readonly string[],
  line: number,
  metadata: CommandMetadata,
  managerId: string | null,
): PlannedCommand {
  const key = requiredText(section.fields.key!, values);
  const staffId = mapping.ids.staff(key);
  const command: RegisterStaff = {
    type: 'RegisterStaff',
    metadata,
    data: {
      staffId,
      name: requiredText(section.fields.name!, values),
      email: requiredText(section.fields.email!, values),
      title: requiredText(section.fields.title!, values),
      region: text(section.fields.region, values) ?? null,
      managerId,
    },
  };
  return {
    aggregate: 'staff',
    streamName: staffStreamName(staffId),
    seed: `staff:${key}`,
    restated: true,
    lines: [line],
    build: (view) => ((view.state as StaffState).status === 'unknown' ? command : null),
  };
}

/**
 * A file of staff: one row per person. When the manager section names more than the manager's key,
 * managers are registered from the rows too (Maven's sales_teams.csv lists them only as managers).
 */
export function staffPlanner({ mapping, metadata }: PlannerContext, section: CompiledSection): RowPlanner {
  const manager = section.manager;
  const registersManagers = manager !== undefined && manager.fields.name !== undefined;
  return {
    keyOf: () => null,
    plan({ rows: [row] }, report) {
      const { line, values } = row!;
      try {
        const managerKey = manager && text(manager.fields.key, values);
        const managerId = managerKey === undefined ? null : mapping.ids.staff(managerKey);
        const managerCommand = registersManagers && managerKey !== undefined ? [registration(mapping, manager, values, line, metadata, null)] : [];
        return [...managerCommand, registration(mapping, section, values, line, metadata, managerId)];
      } catch (error) {
        report.bad(line, rowProblemOf(error));
        return [];
      }
    },
  };
}
