import { sql, type Kysely } from 'kysely';

// The append runs as one function call (one round trip): lock the stream, recognise a retry
// by its event ids, check the expected revision, insert the batch in order. Conflicts raise the
// SQLSTATEs below so nothing is written and the caller can map them to typed errors.
export const WRONG_EXPECTED_REVISION_SQLSTATE = 'ES409';
export const DUPLICATE_EVENT_ID_SQLSTATE = 'ES410';
/** First key of the two-key advisory locks on stream names ('ESTR'), apart from other users' locks. */
export const STREAM_LOCK_CLASS = 0x45535452;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table events (
      position bigint generated always as identity primary key,
      transaction_id xid8 not null default pg_current_xact_id(),
      event_id uuid not null constraint events_event_id_key unique,
      stream_name text not null,
      stream_revision bigint not null,
      event_type text not null,
      data jsonb not null,
      metadata jsonb not null,
      recorded_at timestamptz not null default now(),
      constraint events_stream_revision_key unique (stream_name, stream_revision)
    )`.execute(db);
  await sql`create index events_transaction_position_idx on events (transaction_id, position)`.execute(db);
  await sql`
    create function event_store_append(
      p_stream_name text, p_expected_kind text, p_expected_revision bigint, p_events jsonb
    ) returns table (event_id uuid, stream_revision bigint, transaction_id xid8, "position" bigint)
    language plpgsql as $$
    #variable_conflict use_column
    declare
      current_revision bigint;
      event_count int := jsonb_array_length(p_events);
      reused_id text;
      is_retry boolean;
    begin
      -- One writer per stream at a time. An advisory lock, because it needs no transaction id:
      -- the id is then taken by the first write below, after the previous writer has committed,
      -- so revision n+1 always has a larger transaction id than revision n and the log's
      -- (transaction_id, position) order keeps every stream's order. A row lock would take the
      -- id before waiting. Hash collisions between stream names only make writers wait.
      perform pg_advisory_xact_lock(${sql.lit(STREAM_LOCK_CLASS)}, hashtext(p_stream_name));
      select coalesce(max(stream_revision), -1) into current_revision from events where stream_name = p_stream_name;

      select n.ev->>'id' into reused_id
        from jsonb_array_elements(p_events) with ordinality as n(ev, ord)
        join events e on e.event_id = (n.ev->>'id')::uuid
        order by n.ord limit 1;
      if reused_id is not null then
        -- a retry repeats the same events, in the same order, in the same stream
        select count(e.event_id) = event_count
               and bool_and(e.stream_name = p_stream_name and e.event_type = n.ev->>'type' and e.data = n.ev->'data')
               and count(distinct e.stream_revision - n.ord) = 1
          into is_retry
          from jsonb_array_elements(p_events) with ordinality as n(ev, ord)
          left join events e on e.event_id = (n.ev->>'id')::uuid;
        if not coalesce(is_retry, false) then
          raise exception 'event id % was already written', reused_id
            using errcode = '${sql.raw(DUPLICATE_EVENT_ID_SQLSTATE)}', detail = reused_id;
        end if;
        return query
          select e.event_id, e.stream_revision, e.transaction_id, e.position
            from jsonb_array_elements(p_events) with ordinality as n(ev, ord)
            join events e on e.event_id = (n.ev->>'id')::uuid
            order by n.ord;
        return;
      end if;

      if not (p_expected_kind = 'any'
          or (p_expected_kind = 'no_stream' and current_revision = -1)
          or (p_expected_kind = 'stream_exists' and current_revision >= 0)
          or (p_expected_kind = 'exact' and current_revision = p_expected_revision)) then
        raise exception 'stream % is at revision %', p_stream_name, current_revision
          using errcode = '${sql.raw(WRONG_EXPECTED_REVISION_SQLSTATE)}', detail = current_revision::text;
      end if;

      return query
        insert into events (event_id, stream_name, stream_revision, event_type, data, metadata)
        select (n.ev->>'id')::uuid, p_stream_name, current_revision + n.ord, n.ev->>'type', n.ev->'data', n.ev->'metadata'
          from jsonb_array_elements(p_events) with ordinality as n(ev, ord)
          order by n.ord
        returning event_id, stream_revision, transaction_id, "position";
    end
    $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function event_store_append(text, text, bigint, jsonb)`.execute(db);
  await sql`drop table events`.execute(db);
}
