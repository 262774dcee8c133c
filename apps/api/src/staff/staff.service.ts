import { Inject, Injectable } from '@nestjs/common';
import { CommandPipeline, commandMetadata, createdId, handleOptions, writeAnswer, type WriteAnswer, type WriteContext } from '#crm/commands';
import { staffDecider } from '#crm/domain';
import { staffList, type StaffItem } from '#crm/projections';
import { READ_DB } from '#crm/read-store';
import type { Kysely } from 'kysely';
import type { RegisterStaffDto } from './dto/register-staff.dto.js';
import type { SetTimeZoneDto } from './dto/set-time-zone.dto.js';

/** A title is what reports group salespeople by; a form that asks only name and email gets this one. */
const DEFAULT_TITLE = 'Staff';

@Injectable()
export class StaffService {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(READ_DB) private readonly read: Kysely<unknown>,
  ) {}

  list(): Promise<StaffItem[]> {
    return staffList(this.read);
  }

  async register(dto: RegisterStaffDto, write: WriteContext): Promise<{ id: string }> {
    const staffId = createdId(write, 'staff');
    await this.pipeline.handle(
      staffDecider,
      { type: 'RegisterStaff', data: { ...dto, staffId, title: dto.title ?? DEFAULT_TITLE }, metadata: commandMetadata(write) },
      handleOptions(write),
    );
    return { id: staffId };
  }

  async setTimeZone(staffId: string, dto: SetTimeZoneDto, write: WriteContext): Promise<WriteAnswer & { id: string }> {
    const command = { type: 'SetStaffTimeZone' as const, data: { staffId, timeZone: dto.timeZone }, metadata: commandMetadata(write) };
    return { id: staffId, ...writeAnswer(await this.pipeline.handle(staffDecider, command, handleOptions(write))) };
  }
}
