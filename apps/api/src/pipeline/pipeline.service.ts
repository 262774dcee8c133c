import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '#crm/auth';
import { CommandPipeline, commandMetadata, handleOptions, writeAnswer, type WriteAnswer, type WriteContext } from '#crm/commands';
import { defaultPipelineId, NotFoundError, pipelineDecider } from '#crm/domain';
import {
  dealById,
  dealPage,
  parseDealCursor,
  pipelineBoard,
  pipelineForecast,
  stageConversion,
  teamOf,
  type BoardColumn,
  type DealPage,
  type Forecast,
  type ForecastDimension,
  type StageConversion,
} from '#crm/projections';
import { QUERY_DB, type ReadDatabase } from '#crm/read-store';
import type { Kysely } from 'kysely';
import { RecordAccess, visibleOwners } from '../access/record-access.service.js';
import { reportMoney, type ReportMoney } from '../analytics/money-totals.js';
import { DEFAULT_PAGE_SIZE } from '../directory/page-limit.js';
import { badCursor } from '../directory/read-model-errors.js';
import type { DefineStagesDto } from './define-stages.dto.js';
import type { DealListQueryDto, PipelineForecastQueryDto, PipelineOwnerQueryDto } from './pipeline-query.dto.js';

// Amounts as ReportMoney, so the answer states their unit (the read model keeps minor units).
type BoardColumnAnswer = Omit<BoardColumn, 'totals'> & { totals: { currency: string; amount: ReportMoney; weighted: ReportMoney }[] };
type ForecastAnswer = {
  by: ForecastDimension[];
  open: (Omit<Forecast['open'][number], 'amount' | 'weighted'> & { amount: ReportMoney; weighted: ReportMoney })[];
  won: (Omit<Forecast['won'][number], 'amount'> & { amount: ReportMoney })[];
};

@Injectable()
export class PipelineService {
  constructor(
    @Inject(QUERY_DB) private readonly db: Kysely<ReadDatabase>,
    private readonly access: RecordAccess,
    private readonly commands: CommandPipeline,
  ) {}

  async list(query: DealListQueryDto, actor: Actor): Promise<DealPage> {
    const cursor = query.cursor === undefined ? undefined : parseDealCursor(query.cursor);
    if (cursor === null) throw badCursor();
    return dealPage(this.db, {
      stage: query.stage,
      status: query.status,
      ownerId: query.owner?.toLowerCase(),
      customerId: query.customer?.toLowerCase(),
      closeFrom: query.closeFrom,
      closeTo: query.closeTo,
      visibleOwners: await this.owners(query, actor),
      limit: query.limit ?? DEFAULT_PAGE_SIZE,
      cursor,
    });
  }

  /** Team access is checked before this, by the record-access interceptor, as for every /opportunities/:id route. */
  async deal(id: string) {
    const deal = await dealById(this.db, id.toLowerCase());
    if (!deal) throw new NotFoundError('opportunity', id);
    return deal;
  }

  async board(query: PipelineOwnerQueryDto, actor: Actor): Promise<{ stages: BoardColumnAnswer[] }> {
    const stages = await pipelineBoard(this.db, { ownerId: query.owner?.toLowerCase(), visibleOwners: await this.owners(query, actor) });
    return {
      stages: stages.map((column) => ({
        ...column,
        totals: column.totals.map(({ currency, amount, weighted }) => ({ currency, amount: reportMoney(currency, amount), weighted: reportMoney(currency, weighted) })),
      })),
    };
  }

  async forecast(query: PipelineForecastQueryDto, actor: Actor): Promise<ForecastAnswer> {
    const by = [...new Set((query.by ?? 'month,owner').split(','))] as ForecastDimension[];
    const forecast = await pipelineForecast(this.db, { by, ownerId: query.owner?.toLowerCase(), visibleOwners: await this.owners(query, actor) });
    return {
      by: forecast.by,
      open: forecast.open.map((row) => ({ ...row, amount: reportMoney(row.currency, row.amount), weighted: reportMoney(row.currency, row.weighted) })),
      won: forecast.won.map((row) => ({ ...row, amount: reportMoney(row.currency, row.amount) })),
    };
  }

  async conversion(query: PipelineOwnerQueryDto, actor: Actor): Promise<{ stages: StageConversion[] }> {
    return { stages: await stageConversion(this.db, { ownerId: query.owner?.toLowerCase(), visibleOwners: await this.owners(query, actor) }) };
  }

  async defineStages(dto: DefineStagesDto, write: WriteContext): Promise<WriteAnswer & { id: string }> {
    const command = { type: 'DefinePipelineStages' as const, data: { pipelineId: defaultPipelineId, stages: dto.stages }, metadata: commandMetadata(write) };
    return { id: defaultPipelineId, ...writeAnswer(await this.commands.handle(pipelineDecider, command, handleOptions(write))) };
  }

  /** The owners a query may read: those team record access lets the caller see, narrowed to `team` when it is asked for. */
  private async owners(query: PipelineOwnerQueryDto, actor: Actor): Promise<string[] | undefined> {
    const visible = visibleOwners(await this.access.scopeFor(actor));
    if (query.team === undefined) return visible;
    const team = (await teamOf(this.db, query.team.toLowerCase())).map((id) => id.toLowerCase());
    return visible === undefined ? team : team.filter((id) => visible.includes(id));
  }
}
