import { parseStreamName } from '#crm/domain';

/**
 * Whose personal data an event carries, and so which key encrypts it. Customers are the subjects
 * of erasure; staff members get keys of their own too, so their names can be shredded the same
 * way when they leave. Deals carry no personal data, so their streams have no subject.
 */
export type DataSubject = { kind: 'customer' | 'staff'; id: string };

export function subjectOfStream(streamName: string): DataSubject | null {
  const parsed = parseStreamName(streamName);
  if (parsed?.category === 'customer' || parsed?.category === 'staff') return { kind: parsed.category, id: parsed.id };
  return null;
}

export const describeSubject = (subject: DataSubject): string => `${subject.kind} ${subject.id}`;
