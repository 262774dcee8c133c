import {
  customerStreamName,
  importableTouchTypes,
  lineAmount,
  type AddNote,
  type CancelPurchase,
  type Command,
  type LogCall,
  type LogEmail,
  type PurchaseLine,
  type RecordPurchase,
  type RecordReturn,
  type TouchChannel,
} from '#crm/domain';
import type { CsvRow } from '../csv/csv-source.js';
import { RowProblem } from '../import.errors.js';
import type { CompiledSection } from '../mapping/compile-mapping.js';
import type { SourceRecord } from '../records/record-grouper.js';
import { cancelledOrderOf } from './cancelled-order.js';
import { importedCustomer, planCustomer } from './customer.plan.js';
import type { PlanReport, PlannedCommand } from './planned-command.js';
import { instant, integer, minorUnits, requiredText, rowProblemOf, text, unitPrice } from './read-cells.js';
import type { PlannerContext, RowPlanner } from './row-planner.js';

const touchSeed = (key: string) => `touch:${key}`;

function linesAmount(lines: readonly PurchaseLine[], currency: string): number {
  let sum = 0;
  for (const line of lines) {
    const amount = lineAmount(line.quantity, line.unitPrice, currency);
    if (amount === null) throw new RowProblem('the lines add up to more than can be counted exactly');
    sum += amount;
  }
  return sum;
}

type Common = { key: string; customerId: string; channel: TouchChannel; occurredAt: string | undefined; values: readonly string[] };

/**
 * A file of touches: one row per call, email or note; a purchase's lines on rows sharing its key
 * (an invoice). With a customer section, a touch registers its customer when first met.
 */
export function touchesPlanner({ mapping, metadata }: PlannerContext, touch: CompiledSection, customer?: CompiledSection): RowPlanner {
  const fields = touch.fields;
  const typeOf = (values: readonly string[]) => requiredText(fields.type!, values).toLowerCase();

  function purchaseLines(rows: readonly CsvRow[], cancelling: boolean, report: PlanReport): { lines: PurchaseLine[]; from: number[] } {
    const lines: PurchaseLine[] = [];
    const from: number[] = [];
    for (const { line, values } of rows) {
      try {
        const quantity = integer(fields.quantity!, values);
        if (quantity === 0) throw new RowProblem(`${fields.quantity!.label} must not be 0`);
        lines.push({
          sku: requiredText(fields.sku!, values),
          description: text(fields.description, values) ?? null,
          // A cancellation's file lines take items back (negative); the event counts what is cancelled.
          quantity: cancelling ? -quantity : quantity,
          unitPrice: unitPrice(fields.unitPrice!, values, mapping.currency),
        });
        from.push(line);
      } catch (error) {
        report.bad(line, rowProblemOf(error));
      }
    }
    return { lines, from };
  }

  function purchase(common: Common, rows: readonly CsvRow[], report: PlanReport): PlannedCommand | null {
    const cancelling = touch.cancellation !== undefined && (text(touch.cancellation.field, common.values) ?? '').startsWith(touch.cancellation.prefix);
    const itemised = fields.sku !== undefined;
    const { lines, from } = itemised ? purchaseLines(rows, cancelling, report) : { lines: [], from: rows.map((row) => row.line) };
    if (from.length === 0) return null;
    // Rows sharing the key without lines are parts of one purchase by their amounts (CDNOW's lines of one day).
    const amount = itemised ? linesAmount(lines, mapping.currency) : rows.reduce((sum, row) => sum + minorUnits(fields.amount!, row.values, mapping.currency), 0);
    const base = { customerId: common.customerId, channel: common.channel, occurredAt: common.occurredAt };
    const currency = mapping.currency;
    const planned = { aggregate: 'customer' as const, streamName: customerStreamName(common.customerId), seed: touchSeed(common.key), lines: from };
    if (cancelling) {
      return {
        ...planned,
        // A cancellation whose order the file does not hold (placed before it begins) is a return.
        build: (view): CancelPurchase | RecordReturn => {
          const orderId = cancelledOrderOf(view, { lines, amount, currency, occurredAt: common.occurredAt });
          if (orderId === null) return { type: 'RecordReturn', metadata, data: { ...base, returnId: common.key, orderId: null, lines, amount, currency } };
          return { type: 'CancelPurchase', metadata, data: { ...base, orderId, lines, amount, currency } };
        },
      };
    }
    const orderId = text(fields.orderId, common.values) ?? common.key;
    const command: RecordPurchase = { type: 'RecordPurchase', metadata, data: { ...base, orderId, lines, amount, currency } };
    return { ...planned, build: () => command };
  }

  function single(type: string, common: Common, line: number): PlannedCommand {
    const { values } = common;
    const base = { customerId: common.customerId, channel: common.channel, occurredAt: common.occurredAt };
    let command: Command;
    switch (type) {
      case 'call':
        command = {
          type: 'LogCall',
          metadata,
          data: {
            ...base,
            direction: text(fields.direction, values),
            durationSeconds: integer(fields.durationSeconds!, values),
            outcome: text(fields.outcome, values),
          },
        } as LogCall;
        break;
      case 'email':
        command = {
          type: 'LogEmail',
          metadata,
          data: { ...base, direction: text(fields.direction, values), subject: text(fields.subject, values) },
        } as LogEmail;
        break;
      case 'note':
        command = { type: 'AddNote', metadata, data: { ...base, text: text(fields.text, values) } } as AddNote;
        break;
      default:
        throw new RowProblem(`${fields.type!.label} must be one of ${importableTouchTypes.join(', ')}`);
    }
    return { aggregate: 'customer', streamName: customerStreamName(common.customerId), seed: touchSeed(common.key), lines: [line], build: () => command };
  }

  function plan({ rows }: SourceRecord, report: PlanReport): PlannedCommand[] {
    const { values } = rows[0]!;
    const lines = rows.map((row) => row.line);
    try {
      const key = requiredText(fields.key!, values);
      const customerKey = text(customer ? customer.fields.key : fields.customer, values);
      if (customerKey === undefined) {
        const reason = customer?.whenKeyMissing;
        if (reason) report.skip(reason, rows.length);
        else for (const line of lines) report.bad(line, `${(customer?.fields.key ?? fields.customer)!.label} is empty`);
        return [];
      }
      const type = typeOf(values);
      const common: Common = {
        key,
        customerId: mapping.ids.customer(customerKey),
        channel: (text(fields.channel, values) ?? 'other') as TouchChannel,
        occurredAt: instant(fields.occurredAt, values, mapping),
        values,
      };
      const registration = customer
        ? planCustomer(mapping, customer, values, lines, { key: customerKey, metadata, registeredAt: common.occurredAt, touchSeed: touchSeed(key) })
        : [];
      const touchCommand = type === 'purchase' ? purchase(common, rows, report) : single(type, common, rows[0]!.line);
      return touchCommand ? [...registration, touchCommand] : registration;
    } catch (error) {
      const reason = rowProblemOf(error);
      for (const line of lines) report.bad(line, reason);
      return [];
    }
  }

  return {
    keyOf(values) {
      try {
        return typeOf(values) === 'purchase' ? (text(fields.key, values) ?? null) : null;
      } catch {
        return null;
      }
    },
    plan,
    customersOf({ rows: [row] }) {
      return importedCustomer(customer, text(customer ? customer.fields.key : fields.customer, row!.values), row!.values);
    },
  };
}
