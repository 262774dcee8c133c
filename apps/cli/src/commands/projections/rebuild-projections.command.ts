import { currentEventDecoder } from '#crm/commands';
import { ProjectionRebuilder, type RebuildProgress, type RebuildResult } from '#crm/projection-runner';
import { allProjections } from '#crm/projections';
import type { Projection } from '#crm/projection-runner';
import type { CliCommand } from '../../framework/cli-command.js';
import { openEventCodec } from '../../database/open-event-codec.js';
import { ProgressBar } from '../../progress/progress-bar.js';
import { withProjections } from './with-projections.js';

function resultText(results: RebuildResult[]): string {
  return results
    .map((result) => `Rebuilt ${result.projection}: ${result.eventsApplied} events in ${(result.durationMs / 1000).toFixed(1)} s, checkpoint ${result.position}.`)
    .join('\n');
}

/** One bar for several projections rebuilt in one pass: the events they have applied, summed. */
function summedProgress(bar: ProgressBar): (projection: string, progress: RebuildProgress) => void {
  const latest = new Map<string, RebuildProgress>();
  return (projection, progress) => {
    latest.set(projection, progress);
    const sum = (field: 'eventsDone' | 'eventsTotal') => [...latest.values()].reduce((total, each) => total + each[field], 0);
    bar.setTotal(sum('eventsTotal'));
    bar.update(sum('eventsDone'));
  };
}

/**
 * `crm projections rebuild` (every projection, in one pass over the log) and
 * `crm projections rebuild NAME`: one command per projection, as the import commands are per
 * kind, so help lists the names.
 */
export function rebuildProjectionsCommand(only?: Projection): CliCommand {
  return {
    path: only ? ['projections', 'rebuild', only.name] : ['projections', 'rebuild'],
    summary: only
      ? `Rebuild the ${only.name} projection from the whole log; its live tables keep answering until the swap.`
      : 'Rebuild every projection from the whole log in one pass, with progress.',
    usage: '',
    details: ['', '  Safe while the app runs: the rebuilt tables replace the live ones in one transaction.'],
    async run(_input, context) {
      const results = await withProjections(context.config, async ({ store, db }) => {
        const codec = await openEventCodec(context.config, db, (line) => context.stderr.write(`${line}\n`));
        const rebuilder = new ProjectionRebuilder({ store, db, projections: allProjections, decode: currentEventDecoder(codec) });
        const label = only ? `Rebuilding ${only.name}` : `Rebuilding ${allProjections.length} projections`;
        const bar = new ProgressBar({ label, unit: 'events', stream: context.stderr });
        const onProgress = summedProgress(bar);
        const done = only
          ? [await rebuilder.rebuild(only.name, { onProgress: (progress) => onProgress(only.name, progress) })]
          : await rebuilder.rebuildAll(undefined, { onProgress });
        bar.finish();
        return done;
      });
      context.result(resultText(results), results);
    },
  };
}

export const rebuildProjectionCommands: CliCommand[] = [rebuildProjectionsCommand(), ...allProjections.map(rebuildProjectionsCommand)];
