import { currentEventDecoder } from '@crm/commands';
import { ProjectionRebuilder, type RebuildResult } from '@crm/projection-runner';
import { allProjections } from '@crm/projections';
import type { Projection } from '@crm/projection-runner';
import type { CliCommand } from '../../framework/cli-command.js';
import { openEventCodec } from '../../database/open-event-codec.js';
import { ProgressBar } from '../../progress/progress-bar.js';
import { withProjections } from './with-projections.js';

function resultText(results: RebuildResult[]): string {
  return results
    .map((result) => `Rebuilt ${result.projection}: ${result.eventsApplied} events in ${(result.durationMs / 1000).toFixed(1)} s, checkpoint ${result.position}.`)
    .join('\n');
}

/**
 * `crm projections rebuild` (every projection) and `crm projections rebuild NAME`: one command per
 * projection, as the import commands are per kind, so help lists the names.
 */
export function rebuildProjectionsCommand(only?: Projection): CliCommand {
  const projections = only ? [only] : allProjections;
  return {
    path: only ? ['projections', 'rebuild', only.name] : ['projections', 'rebuild'],
    summary: only
      ? `Rebuild the ${only.name} projection from the whole log; its live tables keep answering until the swap.`
      : 'Rebuild every projection from the whole log, one after another, with progress.',
    usage: '',
    details: ['', '  Safe while the app runs: the rebuilt tables replace the live ones in one transaction.'],
    async run(_input, context) {
      const results = await withProjections(context.config, async ({ store, db }) => {
        const codec = await openEventCodec(context.config, db, (line) => context.stderr.write(`${line}\n`));
        const rebuilder = new ProjectionRebuilder({ store, db, projections: allProjections, decode: currentEventDecoder(codec) });
        const done: RebuildResult[] = [];
        for (const projection of projections) {
          const progress = new ProgressBar({ label: `Rebuilding ${projection.name}`, unit: 'events', stream: context.stderr });
          done.push(
            await rebuilder.rebuild(projection.name, {
              onProgress: ({ eventsDone, eventsTotal }) => {
                progress.setTotal(eventsTotal);
                progress.update(eventsDone);
              },
            }),
          );
          progress.finish();
        }
        return done;
      });
      context.result(resultText(results), results);
    },
  };
}

export const rebuildProjectionCommands: CliCommand[] = [rebuildProjectionsCommand(), ...allProjections.map(rebuildProjectionsCommand)];
