import type { DirectoryReader } from '#crm/compliance';

/** Who asks for a report: analysts read models, not people, so customer names are given only to other roles, and logged. */
export type ReportReader = DirectoryReader;

export const readsPersonalData = (reader: ReportReader) => reader.actor.role !== 'analyst';
