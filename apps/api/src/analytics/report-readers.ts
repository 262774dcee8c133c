import type { Actor } from '#crm/auth';

/** Who asks for a report: analysts read models, not people, so customer names are given only to other roles, and logged. */
export interface ReportReader {
  actor: Actor;
  reason: string | null;
  /** The route template, for the access log. */
  route: string;
}

export const readsPersonalData = (reader: ReportReader) => reader.actor.role !== 'analyst';
