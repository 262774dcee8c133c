import type { CommandMetadata } from '#crm/domain';
import type { ImportedCustomer } from '../ids/customer-attachments.js';
import type { CompiledMapping } from '../mapping/compile-mapping.js';
import type { SourceRecord } from '../records/record-grouper.js';
import type { PlanReport, PlannedCommand } from './planned-command.js';

/** Turns records of one kind of file into planned commands. */
export interface RowPlanner {
  /** Rows with the same key form one record (an invoice's lines); null for a row that stands alone. */
  keyOf(values: readonly string[]): string | null;
  plan(record: SourceRecord, report: PlanReport): PlannedCommand[];
  /** The customers a record names, resolved (see CustomerAttachments) before it is planned. */
  customersOf?(record: SourceRecord): ImportedCustomer[];
}

export type PlannerContext = { mapping: CompiledMapping; metadata: CommandMetadata };
