import { ProjectionStatusService } from '#crm/projection-runner';
import { allProjections } from '#crm/projections';
import type { CliCommand } from '../../framework/cli-command.js';
import { projectionsStatusText } from './projections-status.text.js';
import { withProjections } from './with-projections.js';

export const projectionsStatusCommand: CliCommand = {
  path: ['projections', 'status'],
  summary: 'Each projection: state, version, checkpoint, lag in events and time, events applied, last error.',
  usage: '',
  async run(_input, context) {
    const statuses = await withProjections(context.config, ({ store, db }) => new ProjectionStatusService({ store, db, projections: allProjections }).list());
    context.result(projectionsStatusText(statuses), statuses);
  },
};
