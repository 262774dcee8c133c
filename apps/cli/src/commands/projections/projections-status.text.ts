import type { ProjectionStatus } from '#crm/projection-runner';

const number = new Intl.NumberFormat('en-US');

function lag(status: ProjectionStatus): string {
  return status.lagEvents === 0 ? '0' : `${number.format(status.lagEvents)} (${Math.round(status.lagMs / 1000)} s)`;
}

function state(status: ProjectionStatus): string {
  if (status.rebuild) return `${status.state} ${number.format(status.rebuild.eventsDone)}/${number.format(status.rebuild.eventsTotal)}`;
  return status.state;
}

/** One line per projection, then the errors of failed ones. */
export function projectionsStatusText(statuses: ProjectionStatus[]): string {
  const rows = [
    ['NAME', 'STATE', 'VERSION', 'CHECKPOINT', 'LAG', 'APPLIED', 'UPDATED'],
    ...statuses.map((status) => [
      status.name,
      state(status),
      String(status.version ?? '-'),
      status.checkpoint ?? '-',
      lag(status),
      number.format(status.eventsApplied),
      status.updatedAt ?? '-',
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const table = rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
  const errors = statuses
    .filter((status) => status.lastError)
    .map((status) => `${status.name} failed at event ${status.failedEventId} (${status.failedEventType}): ${status.lastError}`);
  return [...table, ...(errors.length > 0 ? ['', ...errors] : [])].join('\n');
}
