import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommandPipeline, commandMetadata, handleOptions, writeAnswer, type AppendedEventAnswer, type WriteContext } from '#crm/commands';
import { customerDecider, type TouchCommand } from '#crm/domain';
import type { ValidatedTouch } from './touch-body.pipe.js';
import { touchKindOf } from './touch-kinds.js';

export type TouchRecorded = Omit<AppendedEventAnswer, 'type'>;

@Injectable()
export class TouchesService {
  constructor(private readonly pipeline: CommandPipeline) {}

  /** Every touch decides exactly one event; its id is chosen here so it can name a complaint or task. */
  async record(customerId: string, touch: ValidatedTouch, write: WriteContext): Promise<TouchRecorded> {
    const kind = touchKindOf(touch.type)!;
    const eventId = randomUUID();
    const { type: _type, channel, ...fields } = touch;
    const named = kind.idField && fields[kind.idField] === undefined ? { [kind.idField]: eventId } : {};
    const command = {
      type: kind.command,
      data: { ...fields, ...named, customerId, channel: channel ?? kind.defaultChannel },
      metadata: commandMetadata(write),
    } as TouchCommand;
    const result = await this.pipeline.handle(customerDecider, command, { ...handleOptions(write), eventIds: [eventId] });
    const [{ type: _eventType, ...event }] = writeAnswer(result).events;
    return event;
  }
}
