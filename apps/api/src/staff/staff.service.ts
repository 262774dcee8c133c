import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommandPipeline, commandMetadata, handleOptions, type WriteContext } from '#crm/commands';
import { staffDecider } from '#crm/domain';
import type { RegisterStaffDto } from './dto/register-staff.dto.js';

/** A title is what reports group salespeople by; a form that asks only name and email gets this one. */
const DEFAULT_TITLE = 'Staff';

@Injectable()
export class StaffService {
  constructor(private readonly pipeline: CommandPipeline) {}

  async register(dto: RegisterStaffDto, write: WriteContext): Promise<{ id: string }> {
    const staffId = randomUUID();
    await this.pipeline.handle(
      staffDecider,
      { type: 'RegisterStaff', data: { ...dto, staffId, title: dto.title ?? DEFAULT_TITLE }, metadata: commandMetadata(write) },
      handleOptions(write),
    );
    return { id: staffId };
  }
}
