import { sql, type Kysely } from 'kysely';
import { DUPLICATE_EVENT_ID_SQLSTATE, STREAM_LOCK_CLASS, WRONG_EXPECTED_REVISION_SQLSTATE } from './0001-events.migration.js';

// The append of 0001 looked every event id up before inserting, to recognise a retry. Fresh ids
// are the rule, so v2 inserts with ON CONFLICT DO NOTHING (the unique index does the look-up it
// must do anyway) and only when an id was already there asks whether the append is a retry.
// New names rather than a replaced body: a process still running the previous release keeps
// calling event_store_append, under the same lock and unique indexes, during a rolling deploy.
export async function up(db: Kysely<unknown>): Promise<void> {
  // The stored result of an earlier append of the same events (same stream, order, types, data);
  // raises the duplicate-id error when any id was written by something else; no rows when no id
  // has been written.
  await sql`
    create function event_store_stored_append(p_stream_name text, p_events jsonb)
    returns table (event_id uuid, stream_revision bigint, transaction_id xid8, "position" bigint)
    language plpgsql as $$
    #variable_conflict use_column
    declare
      reused_id text;
      is_retry boolean;
    begin
      select n.ev->>'id' into reused_id
        from jsonb_array_elements(p_events) with ordinality as n(ev, ord)
        join events e on e.event_id = (n.ev->>'id')::uuid
        order by n.ord limit 1;
      if reused_id is null then
        return;
      end if;
      select count(e.event_id) = jsonb_array_length(p_events)
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
    end
    $$`.execute(db);

  await sql`
    create function event_store_append_v2(
      p_stream_name text, p_expected_kind text, p_expected_revision bigint, p_events jsonb
    ) returns table (event_id uuid, stream_revision bigint, transaction_id xid8, "position" bigint)
    language plpgsql as $$
    #variable_conflict use_column
    declare
      current_revision bigint;
      written bigint;
      reused_id text;
    begin
      -- The lock and the revision read as in 0001 (see the README for why an advisory lock).
      perform pg_advisory_xact_lock(${sql.lit(STREAM_LOCK_CLASS)}, hashtext(p_stream_name));
      select coalesce(max(stream_revision), -1) into current_revision from events where stream_name = p_stream_name;

      if not (p_expected_kind = 'any'
          or (p_expected_kind = 'no_stream' and current_revision = -1)
          or (p_expected_kind = 'stream_exists' and current_revision >= 0)
          or (p_expected_kind = 'exact' and current_revision = p_expected_revision)) then
        -- a retry of an append that succeeded finds the stream moved on: answer what it wrote
        return query select * from event_store_stored_append(p_stream_name, p_events);
        if found then
          return;
        end if;
        raise exception 'stream % is at revision %', p_stream_name, current_revision
          using errcode = '${sql.raw(WRONG_EXPECTED_REVISION_SQLSTATE)}', detail = current_revision::text;
      end if;

      return query
        insert into events (event_id, stream_name, stream_revision, event_type, data, metadata)
        select (n.ev->>'id')::uuid, p_stream_name, current_revision + n.ord, n.ev->>'type', n.ev->'data', n.ev->'metadata'
          from jsonb_array_elements(p_events) with ordinality as n(ev, ord)
          order by n.ord
        on conflict (event_id) do nothing
        returning event_id, stream_revision, transaction_id, "position";
      get diagnostics written = row_count;
      if written = jsonb_array_length(p_events) then
        return;
      end if;
      if written > 0 then
        -- new ids mixed with ids written before (or repeated in the batch): never a retry, and
        -- raising undoes this insert. The first event not in the slot this insert gave it is the one.
        select n.ev->>'id' into reused_id
          from jsonb_array_elements(p_events) with ordinality as n(ev, ord)
          left join events e on e.event_id = (n.ev->>'id')::uuid
            and e.stream_name = p_stream_name and e.stream_revision = current_revision + n.ord
          where e.event_id is null
          order by n.ord limit 1;
        raise exception 'event id % was already written', reused_id
          using errcode = '${sql.raw(DUPLICATE_EVENT_ID_SQLSTATE)}', detail = reused_id;
      end if;
      return query select * from event_store_stored_append(p_stream_name, p_events);
    end
    $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function event_store_append_v2(text, text, bigint, jsonb)`.execute(db);
  await sql`drop function event_store_stored_append(text, jsonb)`.execute(db);
}
