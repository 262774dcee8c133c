import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '#crm/auth';
import { CrmConfig } from '#crm/config';
import { followUpsByOwner, type FollowUpItem } from '#crm/projections';
import { QUERY_DB, type ReadDatabase } from '#crm/read-store';
import type { Kysely } from 'kysely';
import { RecordAccess, visibleOwners } from '../access/record-access.service.js';
import type { FollowUpsQueryDto } from './followups-query.dto.js';

type FollowUpView = Omit<FollowUpItem, 'recordedAt'> & { dueAt: Date };
export type FollowUpsView = { deadlineMinutes: number; owners: { ownerId: string | null; open: FollowUpView[]; overdue: FollowUpView[] }[] };

@Injectable()
export class FollowUpsService {
  constructor(
    @Inject(QUERY_DB) private readonly db: Kysely<ReadDatabase>,
    private readonly config: CrmConfig,
    private readonly access: RecordAccess,
  ) {}

  /** The deadline runs from when the CRM learnt of the lead (FOLLOWUP_DEADLINE_MINUTES), as the due job's does. */
  async list(query: FollowUpsQueryDto, actor: Actor): Promise<FollowUpsView> {
    const deadlineMs = this.config.followUpDeadlineMinutes * 60_000;
    const withDue = ({ recordedAt, ...item }: FollowUpItem): FollowUpView => ({ ...item, dueAt: new Date(recordedAt.getTime() + deadlineMs) });
    const owners = await followUpsByOwner(this.db, {
      ownerId: query.ownerId?.toLowerCase(),
      visibleOwners: visibleOwners(await this.access.scopeFor(actor)),
    });
    return {
      deadlineMinutes: this.config.followUpDeadlineMinutes,
      owners: owners.map((owner) => ({ ownerId: owner.ownerId, open: owner.open.map(withDue), overdue: owner.overdue.map(withDue) })),
    };
  }
}
