import { sql, type Kysely } from 'kysely';
import { DUPLICATE_EVENT_ID_SQLSTATE, STREAM_LOCK_CLASS, WRONG_EXPECTED_REVISION_SQLSTATE } from './0001-events.migration.js';

// The append of 0001 looks every event id up before inserting, to recognise a retry. Fresh ids
// are the rule, so v2 inserts straight away: an id already written makes the unique index refuse
// the insert (SQLSTATE 23505 on events_event_id_key), and the caller then sends the same append
// through 0001's event_store_append, which looks the ids up and answers the stored result or
// raises the duplicate-id error. ON CONFLICT DO NOTHING would keep that in one call, but its
// speculative insertion measured slower than 0001's look-up. 0001's function also stays for
// processes of the previous release during a rolling deploy: both take the same lock.
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
        returning event_id, stream_revision, transaction_id, "position";
    end
    $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function event_store_append_v2(text, text, bigint, jsonb)`.execute(db);
  await sql`drop function event_store_stored_append(text, jsonb)`.execute(db);
}
