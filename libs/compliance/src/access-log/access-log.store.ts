import type { Kysely } from 'kysely';
import type { ComplianceDatabase } from './access-log.table.js';

export const ACCESS_ACTIONS = ['history', 'state', 'export', 'search'] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

export type AccessRecord = {
  actorId: string;
  actorRole: string;
  apiKeyId: string;
  /** One customer's record, or a list of customers (subjectId empty, query and rowCount set). */
  subjectKind: 'customer' | 'directory';
  subjectId: string;
  action: AccessAction;
  /** The route template, such as `GET /customers/:id/history`: never the URL, whose query may carry anything. */
  route: string;
  reason: string | null;
  query?: string;
  rowCount?: number;
};

export type AccessEntry = AccessRecord & { id: string; accessedAt: string };

export type AccessLogFilter = {
  actorId?: string;
  subjectId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  /** Entries after this id (the last id of the previous page). */
  afterId?: string;
  limit: number;
};

/** The access log: appended to on every read of a person's data, queried by compliance. */
export class AccessLogStore {
  constructor(private readonly db: Kysely<ComplianceDatabase>) {}

  async record(access: AccessRecord): Promise<void> {
    await this.db
      .insertInto('access_log')
      .values({
        actor_id: access.actorId,
        actor_role: access.actorRole,
        api_key_id: access.apiKeyId,
        subject_kind: access.subjectKind,
        subject_id: access.subjectId,
        action: access.action,
        route: access.route,
        reason: access.reason,
        query: access.query ?? null,
        row_count: access.rowCount ?? null,
      })
      .execute();
  }

  /** Oldest first, `limit` entries after `afterId`. */
  async find(filter: AccessLogFilter): Promise<AccessEntry[]> {
    const rows = await this.db
      .selectFrom('access_log')
      .selectAll()
      .$if(filter.actorId !== undefined, (query) => query.where('actor_id', '=', filter.actorId!))
      .$if(filter.subjectId !== undefined, (query) => query.where('subject_id', '=', filter.subjectId!))
      .$if(filter.action !== undefined, (query) => query.where('action', '=', filter.action!))
      .$if(filter.from !== undefined, (query) => query.where('accessed_at', '>=', filter.from!))
      .$if(filter.to !== undefined, (query) => query.where('accessed_at', '<', filter.to!))
      .$if(filter.afterId !== undefined, (query) => query.where('id', '>', filter.afterId! as never))
      .orderBy('id')
      .limit(filter.limit)
      .execute();
    return rows.map((row) => ({
      id: String(row.id),
      accessedAt: row.accessed_at.toISOString(),
      actorId: row.actor_id,
      actorRole: row.actor_role,
      apiKeyId: row.api_key_id,
      subjectKind: row.subject_kind as AccessRecord['subjectKind'],
      subjectId: row.subject_id,
      action: row.action as AccessAction,
      route: row.route,
      reason: row.reason,
      ...(row.query === null ? {} : { query: row.query }),
      ...(row.row_count === null ? {} : { rowCount: row.row_count }),
    }));
  }
}
