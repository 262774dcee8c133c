import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import {
  CommandPipeline,
  commandMetadata,
  currentEventDecoder,
  EVENT_CODEC,
  handleOptions,
  writeAnswer,
  type EventCodec,
  type WriteAnswer,
  type WriteContext,
} from '#crm/commands';
import { automationDecider, compareGroups, inControlGroup, NotFoundError, UPLIFT_METHOD, type AutomationDefinition, type DefineAutomation } from '#crm/domain';
import { EVENT_STORE, type EventStore } from '#crm/event-store';
import { automationViews, eventCustomerId, firingOutcomes, signalTriggerHistory, triggerChanges, triggers, type AutomationView } from '#crm/projections';
import { READ_DB, type ReadDatabase } from '#crm/read-store';
import type { AutomationDefinitionDto, AutomationPreviewDto, AutomationResultsDto } from './automation.dto.js';

const DAY_MS = 86_400_000;
const PREVIEW_DAYS = 90;
/** An unsaved automation has no id to split its customers by: the preview's control count uses this stand-in. */
const PREVIEW_ID = '00000000-0000-4000-8000-000000000000';

@Injectable()
export class AutomationsService {
  constructor(
    @Inject(READ_DB) private readonly db: Kysely<ReadDatabase>,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_CODEC) private readonly codec: EventCodec,
    private readonly commands: CommandPipeline,
  ) {}

  create(dto: AutomationDefinitionDto, write: WriteContext): Promise<WriteAnswer & { id: string }> {
    return this.define(randomUUID(), dto, write, { existing: false });
  }

  /** A new version when something changed; the same definition records nothing. */
  async define(
    automationId: string,
    dto: AutomationDefinitionDto,
    write: WriteContext,
    { existing }: { existing: boolean },
  ): Promise<WriteAnswer & { id: string }> {
    const command: DefineAutomation = { type: 'DefineAutomation', data: { automationId, existing, ...definitionOf(dto) }, metadata: commandMetadata(write) };
    return { id: automationId, ...writeAnswer(await this.commands.handle(automationDecider, command, handleOptions(write))) };
  }

  async setPaused(automationId: string, paused: boolean, write: WriteContext): Promise<WriteAnswer & { id: string }> {
    const command = { type: paused ? ('PauseAutomation' as const) : ('ResumeAutomation' as const), data: { automationId }, metadata: commandMetadata(write) };
    return { id: automationId, ...writeAnswer(await this.commands.handle(automationDecider, command, handleOptions(write))) };
  }

  async list(): Promise<{ items: AutomationView[] }> {
    return { items: await automationViews(this.db) };
  }

  private async view(automationId: string): Promise<AutomationView> {
    const [view] = await automationViews(this.db, automationId);
    if (!view) throw new NotFoundError('automation', automationId);
    return view;
  }

  /**
   * How often the definition would have fired in the last 90 days: the log's events of its type,
   * recorded in the window, whose data meet its conditions (decoded as projections see them); or
   * the segment's entries/exits or the lifecycle transitions in the window, from those read models;
   * the signal's occurrences seen at the end of each day of the window. The control count splits those customers as the automation would.
   */
  async preview(definition: AutomationDefinition, automationId = PREVIEW_ID, now = new Date()): Promise<AutomationPreviewDto> {
    const from = new Date(now.getTime() - PREVIEW_DAYS * DAY_MS);
    let firings = 0;
    const customers = new Set<string>();
    let control = 0;
    const count = (customerId: string) => {
      firings++;
      customers.add(customerId);
      if (inControlGroup(automationId, customerId, definition.controlShare)) control++;
    };
    if (definition.trigger.kind === 'signal') {
      for (const change of await signalTriggerHistory(this.db, definition.trigger, from, now)) count(change.customerId);
    } else if (definition.trigger.kind !== 'event') {
      for (const change of await triggerChanges(this.db, definition.trigger, from, now)) count(change.customerId);
    } else {
      const decode = currentEventDecoder(this.codec);
      for await (const stored of this.store.readAll({ filter: { eventTypes: [definition.trigger.eventType] } })) {
        if (stored.recordedAt < from || stored.recordedAt > now) continue;
        const event = await decode(stored);
        const customerId = eventCustomerId(event.data);
        if (customerId !== null && triggers(definition, event)) count(customerId);
      }
    }
    return { from: from.toISOString(), to: now.toISOString(), firings, customers: customers.size, perDay: firings / PREVIEW_DAYS, control };
  }

  async previewDefinition(dto: AutomationDefinitionDto): Promise<AutomationPreviewDto> {
    // The same checks as a definition, so a preview of something that could not be saved is a 400 too.
    const definition = definitionOf(dto);
    automationDecider.decide(
      {
        type: 'DefineAutomation',
        data: { automationId: PREVIEW_ID, existing: false, ...definition },
        metadata: { now: new Date(), actor: { id: 'preview', role: 'system' } },
      },
      automationDecider.initialState,
    );
    return this.preview(definition);
  }

  async previewSaved(automationId: string): Promise<AutomationPreviewDto> {
    const { id, name, trigger, delayMinutes, action, controlShare } = await this.view(automationId);
    return this.preview({ name, trigger, delayMinutes, action, controlShare }, id);
  }

  /** Treated against control over firings whose window has closed (method in docs/marketing.md). */
  async results(automationId: string, windowDays: number, now = new Date()): Promise<AutomationResultsDto> {
    await this.view(automationId);
    const { sizes, ...comparison } = compareGroups(await firingOutcomes(this.db, automationId, windowDays * DAY_MS, now));
    return { automationId, windowDays, firings: sizes, ...comparison, method: UPLIFT_METHOD };
  }
}

function definitionOf(dto: AutomationDefinitionDto): AutomationDefinition {
  return {
    name: dto.name,
    trigger: dto.trigger as AutomationDefinition['trigger'],
    delayMinutes: dto.delayMinutes ?? 0,
    action: dto.action as AutomationDefinition['action'],
    controlShare: dto.controlShare ?? 0,
  };
}
