import { Inject, Injectable } from '@nestjs/common';
import {
  CommandPipeline,
  EVENT_CODEC,
  commandMetadata,
  handleOptions,
  upcastRecordedEvent,
  writeAnswer,
  type EventCodec,
  type WriteAnswer,
  type WriteContext,
} from '#crm/commands';
import {
  customerDecider,
  customerStreamName,
  isTouchEvent,
  ValidationError,
  type TouchCorrected,
  type TouchCorrectionCommand,
  type TouchEvent,
  type TouchOnRecord,
} from '#crm/domain';
import { EVENT_STORE, type EventStore } from '#crm/event-store';
import type { TouchCorrectionFields, VoidTouchDto } from './touch-correction.dto.js';

@Injectable()
export class TouchCorrectionsService {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_CODEC) private readonly codec: EventCodec,
  ) {}

  async void(customerId: string, touchEventId: string, dto: VoidTouchDto, write: WriteContext): Promise<WriteAnswer & { id: string }> {
    const onRecord = await this.touchOnRecord(customerId, touchEventId);
    return this.handle({ type: 'VoidTouch', data: { customerId, touchEventId, reason: dto.reason, onRecord }, metadata: commandMetadata(write) }, write);
  }

  async correct(customerId: string, touchEventId: string, fields: TouchCorrectionFields, write: WriteContext): Promise<WriteAnswer & { id: string }> {
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
      throw new ValidationError([{ field: 'body', reason: 'must be an object of the fields to correct' }]);
    }
    const onRecord = await this.touchOnRecord(customerId, touchEventId);
    return this.handle({ type: 'CorrectTouch', data: { customerId, touchEventId, fields, onRecord }, metadata: commandMetadata(write) }, write);
  }

  private async handle(command: TouchCorrectionCommand, write: WriteContext): Promise<WriteAnswer & { id: string }> {
    return { id: command.data.customerId, ...writeAnswer(await this.pipeline.handle(customerDecider, command, handleOptions(write))) };
  }

  /**
   * The touch as the log holds it: its event with the corrections since folded in. Only those
   * events are decoded; the others are passed over by id and type. A stream that does not exist
   * leaves the 404 to the decider, which says "customer" before "touch".
   */
  private async touchOnRecord(customerId: string, touchEventId: string): Promise<TouchOnRecord> {
    const id = touchEventId.toLowerCase();
    let touch: TouchEvent | null = null;
    let corrections = 0;
    for await (const recorded of this.store.readStream(customerStreamName(customerId))) {
      if (touch === null) {
        if (recorded.id !== id) continue;
        const event = await upcastRecordedEvent(recorded, this.codec);
        if (!isTouchEvent(event)) return null;
        touch = event;
      } else if (recorded.type === 'TouchCorrected' && recorded.data.touchEventId === id) {
        const { data } = (await upcastRecordedEvent(recorded, this.codec)) as unknown as TouchCorrected;
        const personal = 'personal' in touch.data ? { personal: { ...touch.data.personal, ...data.personal } } : {};
        touch = { type: touch.type, data: { ...touch.data, ...data.corrected.data, ...personal } } as TouchEvent;
        corrections += 1;
      }
    }
    return touch && { touch, corrections };
  }
}
