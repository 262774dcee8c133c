import { Inject, Injectable } from '@nestjs/common';
import { CrmConfig } from '#crm/config';
import { followUpsByOwner, type FollowUpItem } from '#crm/projections';
import { READ_DB } from '#crm/read-store';
import type { Kysely } from 'kysely';
import type { FollowUpsQueryDto } from './followups-query.dto.js';

type FollowUpView = Omit<FollowUpItem, 'recordedAt'> & { dueAt: Date };
export type FollowUpsView = { deadlineMinutes: number; owners: { ownerId: string | null; open: FollowUpView[]; overdue: FollowUpView[] }[] };

@Injectable()
export class FollowUpsService {
  constructor(
    @Inject(READ_DB) private readonly db: Kysely<any>,
    private readonly config: CrmConfig,
  ) {}

  /** The deadline runs from when the CRM learnt of the lead (FOLLOWUP_DEADLINE_MINUTES), as the due job's does. */
  async list(query: FollowUpsQueryDto): Promise<FollowUpsView> {
    const deadlineMs = this.config.followUpDeadlineMinutes * 60_000;
    const withDue = ({ recordedAt, ...item }: FollowUpItem): FollowUpView => ({ ...item, dueAt: new Date(recordedAt.getTime() + deadlineMs) });
    const owners = await followUpsByOwner(this.db, { ownerId: query.ownerId?.toLowerCase() });
    return {
      deadlineMinutes: this.config.followUpDeadlineMinutes,
      owners: owners.map((owner) => ({ ownerId: owner.ownerId, open: owner.open.map(withDue), overdue: owner.overdue.map(withDue) })),
    };
  }
}
