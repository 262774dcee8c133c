import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '#crm/auth';
import { ValidationFailedError } from '#crm/http';
import { JobName, JobQueue } from '#crm/jobs';
import { orNothingYet, READ_DB, type ReadDatabase } from '#crm/read-store';
import type { Kysely } from 'kysely';
import { exposureOutcomes, findSegment, segmentsProjection } from '#crm/projections';
import { CampaignStore, type Campaign, type CampaignProgress } from '#crm/campaigns';
import type { CreateCampaignDto } from './create-campaign.dto.js';
import { newestFirstAfter, newestFirstPage } from '../paging/newest-first-cursor.js';
import type { PageQueryDto } from '../paging/page-query.dto.js';
import { DEFAULT_PAGE_SIZE } from '../directory/page-limit.js';
import { compareGroups, meanUplift, NotFoundError, UPLIFT_METHOD, type ExperimentGroup, type ExposureOutcome } from '#crm/domain';
import { reportMoney } from '../analytics/money-totals.js';
import type { CampaignResultsDto, RevenueComparisonDto } from './campaign-view.dto.js';

const DAY_MS = 86_400_000;

export type CampaignView = { id: string; name: string; segmentId: string; channel: string; createdAt: Date; controlShare: number } & CampaignProgress;

/**
 * Net revenue per customer compared in each currency the window holds (currencies are not
 * converted; a customer with nothing in a currency counts as 0 in it), rounded to its minor unit.
 */
function revenuePerCurrency(outcomes: readonly (ExposureOutcome & { revenueByCurrency: Record<string, number> })[]): RevenueComparisonDto[] {
  const currencies = [...new Set(outcomes.flatMap((outcome) => Object.keys(outcome.revenueByCurrency)))].sort();
  return currencies.map((currency) => {
    const of = (group: ExperimentGroup) => outcomes.filter((outcome) => outcome.group === group).map((outcome) => outcome.revenueByCurrency[currency] ?? 0);
    const { treated, control, uplift, ci95, degreesOfFreedom } = meanUplift(of('treated'), of('control'));
    const money = (minor: number) => reportMoney(currency, Math.round(minor));
    return {
      currency,
      treated: money(treated),
      control: money(control),
      uplift: uplift === null ? null : money(uplift),
      ci95: ci95 === null ? null : { low: money(ci95.low), high: money(ci95.high) },
      degreesOfFreedom,
    };
  });
}

@Injectable()
export class CampaignsService {
  constructor(
    private readonly store: CampaignStore,
    private readonly queue: JobQueue,
    @Inject(READ_DB) private readonly db: Kysely<ReadDatabase>,
  ) {}

  async create(dto: CreateCampaignDto, actor: Actor): Promise<CampaignView> {
    if (!(await this.segmentExists(dto.segmentId))) throw new ValidationFailedError([{ field: 'segmentId', reason: 'no such segment' }]);
    const id = randomUUID();
    await this.store.create({
      id,
      name: dto.name,
      segmentId: dto.segmentId.toLowerCase(),
      channel: dto.channel,
      subject: dto.subject,
      body: dto.body,
      controlShare: dto.controlShare ?? 0,
      createdBy: actor.id,
    });
    await this.queue.add(JobName.CampaignTarget, { campaignId: id }, { jobId: `campaign-target.${id}` });
    return this.get(id);
  }

  async get(id: string): Promise<CampaignView> {
    const campaign = await this.store.find(id);
    if (!campaign) throw new NotFoundError('campaign', id);
    return this.view(campaign);
  }

  /** Newest first, each with its progress as GET /campaigns/:id gives it. */
  async list(query: PageQueryDto): Promise<{ items: CampaignView[]; nextCursor: string | null }> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const page = newestFirstPage(await this.store.page(newestFirstAfter(query.cursor), limit), limit);
    return { items: await Promise.all(page.items.map((campaign) => this.view(campaign))), nextCursor: page.nextCursor };
  }

  private async view(campaign: Campaign): Promise<CampaignView> {
    const { id, name, segmentId, channel, createdAt, controlShare } = campaign;
    return { id, name, segmentId, channel, createdAt, controlShare, ...(await this.store.progress(campaign)) };
  }

  /**
   * Treated against control over every targeted customer, each window opening at the campaign's
   * start (intention to treat: a treated customer the message did not reach still counts, as the
   * control group holds such customers too).
   */
  async results(id: string, windowDays: number, now = new Date()): Promise<CampaignResultsDto> {
    const campaign = await this.store.find(id);
    if (!campaign) throw new NotFoundError('campaign', id);
    const windowMs = windowDays * DAY_MS;
    const exposures = (await this.store.deliveries(id)).map(({ customerId, status }) => ({
      customerId,
      group: status === 'held-back' ? ('control' as const) : ('treated' as const),
      at: campaign.createdAt,
    }));
    const outcomes = await exposureOutcomes(this.db, exposures, windowMs);
    const { sizes, response, purchases } = compareGroups(outcomes);
    const to = new Date(campaign.createdAt.getTime() + windowMs);
    return {
      campaignId: id,
      windowDays,
      from: campaign.createdAt.toISOString(),
      to: to.toISOString(),
      complete: to <= now,
      customers: sizes,
      response,
      purchases,
      revenue: revenuePerCurrency(outcomes),
      method: UPLIFT_METHOD,
    };
  }

  private async segmentExists(segmentId: string): Promise<boolean> {
    // No segments projection yet: no segment can exist.
    return (await orNothingYet(findSegment(segmentsProjection.read(this.db), segmentId.toLowerCase()), undefined)) !== undefined;
  }
}
