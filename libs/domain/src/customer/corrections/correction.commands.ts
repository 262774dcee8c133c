import type { Command } from '../../shared/decider.js';
import type { TouchEvent } from '../touches/touch.events.js';

/**
 * The touch a correction names, as the log holds it now: its first event with the corrections
 * recorded since folded in, and how many there were. The caller reads it from the customer's
 * stream (commands never read read models); null when the stream holds no touch with that id.
 */
export type TouchOnRecord = { touch: TouchEvent; corrections: number } | null;

export type VoidTouch = Command<'VoidTouch', { customerId: string; touchEventId: string; reason: string; onRecord: TouchOnRecord }>;

/** `fields`: the touch's fields to change, by the names its command takes (`durationSeconds`, `text`...). */
export type CorrectTouch = Command<'CorrectTouch', { customerId: string; touchEventId: string; fields: Record<string, unknown>; onRecord: TouchOnRecord }>;

export type TouchCorrectionCommand = VoidTouch | CorrectTouch;
