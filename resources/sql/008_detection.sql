-- payops schema, version 8: downtime detection (`payops detect`).
-- * payment_events.tx: the transaction that inserted an event. Detectors read events in
--   (tx, seq) order below the snapshot's xmin, so a transaction that commits late (lower seq,
--   later commit) is never behind a cursor: only finished transactions are read.
-- * payops.detector_shards: cohorts are split into 16 shards (hash of rule and cohort key);
--   a detector owns a shard under a lease and keeps the shard's cursor, watermark and state
--   there. Every write of a detector is fenced by its lease (owner = me AND lease_until >
--   now()). payops.detector_members lists the live detectors, so that shards are shared out
--   evenly (each takes up to ceil(16 / live detectors)).
-- * downtimes: detected_at / resolved_reason / updated_at; downtime.opened and
--   downtime.resolved webhook events (not for muted downtimes).
-- * NOTIFY payops_rules 'rule:<id>' on rule changes; detectors NOTIFY payops_detection
--   'windows:<n>,downtimes:<n>' once per commit.
-- * The default rule set, and retention of old sr_windows.

-- Durable cursor ---------------------------------------------------------------------------

ALTER TABLE payops.payment_events ADD COLUMN tx xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX payment_events_tx ON payops.payment_events (tx, seq);

-- Shards and leases ------------------------------------------------------------------------

CREATE TABLE payops.detector_members (
    owner       text PRIMARY KEY CHECK (btrim(owner) <> ''),
    alive_until timestamptz NOT NULL,
    started_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE payops.detector_shards (
    shard       integer PRIMARY KEY CHECK (shard >= 0 AND shard < 16),
    owner       text,
    lease_until timestamptz,
    claimed_at  timestamptz,
    -- Events up to (cursor_tx, cursor_seq) are in this shard's state.
    cursor_tx   xid8 NOT NULL DEFAULT '0',
    cursor_seq  bigint NOT NULL DEFAULT 0,
    -- Event time up to which this shard's windows are closed.
    watermark   timestamptz,
    -- Detector::saveShard (versioned binary); NULL: nothing yet.
    state       bytea,
    saved_at    timestamptz,
    CHECK ((owner IS NULL) = (lease_until IS NULL))
);
INSERT INTO payops.detector_shards (shard) SELECT generate_series(0, 15);

-- Registers `owner` as alive for lease_seconds, renews the leases it holds, claims free or
-- expired shards up to its fair share and returns every shard it holds: `claimed` for the
-- ones it has just taken (with their cursor, watermark and state), `surplus` for the ones
-- beyond its fair share, which it should save and release (payops.release_detector_shards).
CREATE FUNCTION payops.lease_detector_shards(owner text, lease_seconds integer)
RETURNS TABLE (shard integer, claimed boolean, surplus boolean, cursor_tx xid8,
               cursor_seq bigint, watermark timestamptz, state bytea)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    shard_count constant integer := 16;
    live integer;
    fair integer;
    held integer;
    taken integer[];
BEGIN
    owner := payops.check_text(owner, 'owner', 200);
    IF lease_seconds IS NULL OR lease_seconds NOT BETWEEN 1 AND 3600 THEN
        PERFORM payops.refuse('lease_seconds', 'must be from 1 to 3600');
    END IF;
    INSERT INTO payops.detector_members AS m (owner, alive_until)
    VALUES (owner, now() + make_interval(secs => lease_seconds))
    ON CONFLICT ON CONSTRAINT detector_members_pkey
    DO UPDATE SET alive_until = excluded.alive_until;
    SELECT count(*) INTO live FROM payops.detector_members AS m WHERE m.alive_until > now();
    fair := ceil(shard_count::numeric / greatest(live, 1));

    UPDATE payops.detector_shards AS s
    SET lease_until = now() + make_interval(secs => lease_seconds)
    WHERE s.owner = owner AND s.lease_until > now();
    GET DIAGNOSTICS held = ROW_COUNT;

    IF held < fair THEN
        WITH free AS (
            SELECT s.shard FROM payops.detector_shards AS s
            WHERE s.owner IS NULL OR s.lease_until <= now()
            ORDER BY s.shard
            LIMIT fair - held
            FOR UPDATE SKIP LOCKED
        ), took AS (
            UPDATE payops.detector_shards AS s
            SET owner = owner, lease_until = now() + make_interval(secs => lease_seconds),
                claimed_at = now()
            FROM free
            WHERE s.shard = free.shard
            RETURNING s.shard
        )
        SELECT array_agg(took.shard) INTO taken FROM took;
    END IF;

    RETURN QUERY
    SELECT s.shard, s.shard = ANY (coalesce(taken, '{}')),
           row_number() OVER (ORDER BY s.shard) > fair,
           s.cursor_tx, s.cursor_seq, s.watermark,
           CASE WHEN s.shard = ANY (coalesce(taken, '{}')) THEN s.state END
    FROM payops.detector_shards AS s
    WHERE s.owner = owner AND s.lease_until > now()
    ORDER BY s.shard;
END
$$;

-- Hands shards back (a detector with more than its fair share, or one stopping): the shard's
-- state was saved by the detector's last write. Returns how many it held.
CREATE FUNCTION payops.release_detector_shards(owner text, shards integer[])
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    released integer;
BEGIN
    owner := payops.check_text(owner, 'owner', 200);
    UPDATE payops.detector_shards AS s
    SET owner = NULL, lease_until = NULL
    WHERE s.owner = owner AND s.shard = ANY (coalesce(shards, '{}'));
    GET DIAGNOSTICS released = ROW_COUNT;
    RETURN released;
END
$$;

-- A detector that stops: releases everything and leaves the members.
CREATE FUNCTION payops.leave_detector(owner text)
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    released integer;
BEGIN
    owner := payops.check_text(owner, 'owner', 200);
    UPDATE payops.detector_shards AS s SET owner = NULL, lease_until = NULL
    WHERE s.owner = owner;
    GET DIAGNOSTICS released = ROW_COUNT;
    DELETE FROM payops.detector_members AS m WHERE m.owner = owner;
    RETURN released;
END
$$;

-- Inside a detector's write transaction: locks the shards it still holds (among `shards`)
-- until the commit, so no other detector can claim them meanwhile, and returns them. A shard
-- missing from the answer was lost: its results must not be written.
CREATE FUNCTION payops.fence_detector_shards(owner text, shards integer[])
RETURNS SETOF integer
LANGUAGE sql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
    SELECT s.shard FROM payops.detector_shards AS s
    WHERE s.owner = fence_detector_shards.owner AND s.lease_until > now()
      AND s.shard = ANY (shards)
    ORDER BY s.shard
    FOR UPDATE
$$;

-- Saves a held shard's progress (in the fenced transaction). False when it is not held.
CREATE FUNCTION payops.save_detector_shard(owner text, shard integer, cursor_tx xid8,
                                           cursor_seq bigint, watermark timestamptz,
                                           state bytea)
RETURNS boolean
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
#variable_conflict use_variable
BEGIN
    UPDATE payops.detector_shards AS s
    SET cursor_tx = cursor_tx, cursor_seq = cursor_seq, watermark = watermark, state = state,
        saved_at = now()
    WHERE s.shard = shard AND s.owner = owner AND s.lease_until > now();
    RETURN FOUND;
END
$$;

-- Downtimes --------------------------------------------------------------------------------

ALTER TABLE payops.downtimes
    -- When the detector recorded it (wall clock; started_at is event time).
    ADD COLUMN detected_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN resolved_reason text CHECK (resolved_reason IN ('recovered', 'rule_disabled'));
UPDATE payops.downtimes SET resolved_reason = 'recovered' WHERE resolved_at IS NOT NULL;
ALTER TABLE payops.downtimes ADD CONSTRAINT downtimes_resolved_reason
    CHECK (resolved_at IS NULL OR resolved_reason IS NOT NULL);
CREATE INDEX downtimes_open_rule ON payops.downtimes (rule_id) WHERE resolved_at IS NULL;

-- The mute that covers a downtime of rule_id over cohort now, if any.
CREATE FUNCTION payops.active_mute(rule_id bigint, cohort jsonb)
RETURNS bigint
LANGUAGE sql
STABLE
SET search_path = pg_catalog, payops, pg_temp
AS $$
    SELECT m.id FROM payops.mutes AS m
    WHERE m.ended_at IS NULL AND m.starts_at <= now() AND m.ends_at > now()
      AND payops.mute_covers(m.matchers, active_mute.rule_id, active_mute.cohort)
    ORDER BY m.id
    LIMIT 1
$$;

-- Stores downtime.opened / downtime.resolved for a downtime that is not muted: a Standard
-- Webhooks body, one pending delivery per enabled endpoint that subscribes to the type
-- explicitly (event_types names it or a pattern like downtime.*; an empty filter means every
-- payment event of the merchant, not platform downtimes). A downtime of a merchant cohort goes
-- to that merchant's endpoints only. The id (dt_<id>.opened / dt_<id>.resolved) makes it
-- idempotent.
CREATE FUNCTION payops.enqueue_downtime_event(downtime payops.downtimes, event_type text)
RETURNS integer
LANGUAGE plpgsql
SET search_path = pg_catalog, payops, pg_temp
SET TimeZone = 'UTC'
AS $$
DECLARE
    new_id constant text := 'dt_' || downtime.id || '.' || split_part(event_type, '.', 2);
    made integer;
BEGIN
    IF downtime.muted THEN
        RETURN 0;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM payops.endpoints AS p
                   WHERE p.enabled AND cardinality(p.event_types) > 0
                     AND payops.endpoint_wants(p.event_types, event_type)
                     AND (downtime.cohort -> 'merchant_id' IS NULL
                          OR downtime.cohort ->> 'merchant_id' = p.merchant_id)) THEN
        RETURN 0;
    END IF;
    INSERT INTO payops.webhook_events (id, type, merchant_id, payload)
    SELECT new_id, event_type, downtime.cohort ->> 'merchant_id',
           jsonb_build_object(
               'type', event_type,
               'timestamp', to_char(now(), 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
               'data', jsonb_strip_nulls(jsonb_build_object(
                   'downtime_id', downtime.id, 'rule_id', downtime.rule_id,
                   'rule_version', downtime.rule_version, 'rule_name', r.name,
                   'cohort', downtime.cohort, 'cohort_key', downtime.cohort_key,
                   'severity', downtime.severity, 'lowest_sr', downtime.lowest_sr,
                   'volume', downtime.volume,
                   'started_at', to_char(downtime.started_at, 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                   'resolved_at', to_char(downtime.resolved_at, 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                   'resolved_reason', downtime.resolved_reason)))
    FROM payops.rules AS r
    WHERE r.rule_id = downtime.rule_id AND r.version = downtime.rule_version
    ON CONFLICT (id) DO NOTHING;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;
    INSERT INTO payops.deliveries (event_id, endpoint_id, state, next_attempt_at)
    SELECT new_id, p.id, 'pending', now()
    FROM payops.endpoints AS p
    WHERE p.enabled AND cardinality(p.event_types) > 0
      AND payops.endpoint_wants(p.event_types, event_type)
      AND (downtime.cohort -> 'merchant_id' IS NULL
           OR downtime.cohort ->> 'merchant_id' = p.merchant_id)
    ON CONFLICT (event_id, endpoint_id) DO NOTHING;
    GET DIAGNOSTICS made = ROW_COUNT;
    IF made > 0 THEN
        PERFORM pg_notify('payops_deliveries', 'due');
    END IF;
    RETURN made;
END
$$;

-- A detector's downtime change (Detector's DowntimeChange), in its fenced transaction.
-- opened: records the downtime, or, when one is already open for the rule and cohort (a
-- restarted detector), updates that one; muted when an active mute covers it; notified
-- otherwise. updated: severity, lowest SR, volume (and muted when a mute now covers it).
-- resolved: resolved_at and the reason; notified unless muted. Returns the downtime's id
-- (NULL for an update or resolution of a downtime that is not open).
CREATE FUNCTION payops.record_downtime_change(kind text, rule_id bigint, rule_version integer,
                                              cohort jsonb, cohort_key text,
                                              started_at timestamptz, resolved_at timestamptz,
                                              severity text, lowest_sr double precision,
                                              volume bigint, reason text DEFAULT 'recovered')
RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    mute bigint;
    row_now payops.downtimes;
BEGIN
    IF kind NOT IN ('opened', 'updated', 'resolved') THEN
        PERFORM payops.refuse('kind', 'must be opened, updated or resolved');
    END IF;
    lowest_sr := least(greatest(lowest_sr, 0), 1);
    SELECT * INTO row_now FROM payops.downtimes AS t
    WHERE t.rule_id = rule_id AND t.cohort_key = cohort_key AND t.resolved_at IS NULL
    FOR UPDATE;
    IF kind = 'opened' AND NOT FOUND THEN
        -- The shard's lease keeps other detectors off this cohort; the unique index
        -- downtimes_open stops a second open downtime whatever happens.
        mute := payops.active_mute(rule_id, cohort);
        INSERT INTO payops.downtimes (rule_id, rule_version, cohort, cohort_key, started_at,
                                      severity, lowest_sr, volume, muted, mute_id)
        VALUES (rule_id, rule_version, cohort, cohort_key, started_at, severity, lowest_sr,
                volume, mute IS NOT NULL, mute)
        RETURNING * INTO row_now;
        PERFORM payops.enqueue_downtime_event(row_now, 'downtime.opened');
        RETURN row_now.id;
    END IF;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF NOT row_now.muted THEN
        mute := payops.active_mute(rule_id, row_now.cohort);
    END IF;
    IF kind IN ('opened', 'updated') THEN
        UPDATE payops.downtimes AS t
        SET severity = severity, lowest_sr = lowest_sr, volume = volume,
            muted = t.muted OR mute IS NOT NULL, mute_id = coalesce(t.mute_id, mute),
            updated_at = now()
        WHERE t.id = row_now.id;
        RETURN row_now.id;
    END IF;
    IF reason IS NULL OR reason NOT IN ('recovered', 'rule_disabled') THEN
        PERFORM payops.refuse('reason', 'must be recovered or rule_disabled');
    END IF;
    UPDATE payops.downtimes AS t
    SET resolved_at = greatest(resolved_at, t.started_at), resolved_reason = reason,
        severity = coalesce(severity, t.severity), lowest_sr = coalesce(lowest_sr, t.lowest_sr),
        volume = coalesce(volume, t.volume),
        muted = t.muted OR mute IS NOT NULL, mute_id = coalesce(t.mute_id, mute),
        updated_at = now()
    WHERE t.id = row_now.id
    RETURNING * INTO row_now;
    PERFORM payops.enqueue_downtime_event(row_now, 'downtime.resolved');
    RETURN row_now.id;
END
$$;

-- Rules follow live ------------------------------------------------------------------------

CREATE FUNCTION payops.notify_rules_changed()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, payops, pg_temp
AS $$
BEGIN
    PERFORM pg_notify('payops_rules', 'rule:' || coalesce(NEW.rule_id, OLD.rule_id));
    RETURN NULL;
END
$$;

CREATE TRIGGER rules_changed
    AFTER INSERT OR UPDATE OR DELETE ON payops.rules
    FOR EACH ROW
    EXECUTE FUNCTION payops.notify_rules_changed();

-- Retention --------------------------------------------------------------------------------

-- Deletes sr_windows that ended more than `keep` ago, at most max_rows of them (oldest first,
-- along sr_windows_end: each call touches only what it deletes), and detectors gone for a day.
-- Called by the detector that holds shard 0, every few minutes, until it returns 0.
CREATE FUNCTION payops.detection_retention(keep interval, max_rows integer DEFAULT 10000)
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
DECLARE
    deleted integer;
BEGIN
    IF keep IS NULL OR keep < interval '1 hour' THEN
        PERFORM payops.refuse('keep', 'must be at least 1 hour');
    END IF;
    IF max_rows IS NULL OR max_rows NOT BETWEEN 1 AND 1000000 THEN
        PERFORM payops.refuse('max_rows', 'must be from 1 to 1000000');
    END IF;
    DELETE FROM payops.sr_windows AS w
    WHERE (w.rule_id, w.cohort_key, w.window_end) IN (
        SELECT o.rule_id, o.cohort_key, o.window_end FROM payops.sr_windows AS o
        WHERE o.window_end < now() - keep
        ORDER BY o.window_end
        LIMIT max_rows);
    GET DIAGNOSTICS deleted = ROW_COUNT;
    DELETE FROM payops.detector_members AS m WHERE m.alive_until < now() - interval '1 day';
    RETURN deleted;
END
$$;

-- Default rules ----------------------------------------------------------------------------

-- Platform cohorts (method, method × issuer, method × network, card type, gateway) over a
-- 60 s window stepped every 10 s, and merchants over 120 s (they see less traffic). Opening
-- needs two windows in a row below the threshold with enough volume, resolving three above
-- the recovery threshold (hysteresis).
INSERT INTO payops.rules (rule_id, version, name, definition, comment)
SELECT nextval('payops.rule_ids'), 1, d.name, d.definition::jsonb,
       'default rule set (migration 008)'
FROM (VALUES
    ('Method', '{"cohort": {"group_by": ["method"]},
       "window": {"kind": "time", "size_seconds": 60, "step_seconds": 10},
       "min_volume": 100, "open_below": 0.8, "recover_above": 0.88,
       "open_after": 2, "resolve_after": 3,
       "severity": [{"name": "critical", "below": 0.3}, {"name": "major", "below": 0.6},
                    {"name": "minor", "below": 0.8}]}'),
    ('Method × issuer', '{"cohort": {"group_by": ["method", "issuer"]},
       "window": {"kind": "time", "size_seconds": 60, "step_seconds": 10},
       "min_volume": 40, "open_below": 0.75, "recover_above": 0.88,
       "open_after": 2, "resolve_after": 3,
       "severity": [{"name": "critical", "below": 0.3}, {"name": "major", "below": 0.55},
                    {"name": "minor", "below": 0.75}]}'),
    ('Method × network', '{"cohort": {"group_by": ["method", "network"]},
       "window": {"kind": "time", "size_seconds": 60, "step_seconds": 10},
       "min_volume": 60, "open_below": 0.78, "recover_above": 0.88,
       "open_after": 2, "resolve_after": 3,
       "severity": [{"name": "critical", "below": 0.3}, {"name": "major", "below": 0.55},
                    {"name": "minor", "below": 0.78}]}'),
    ('Card type', '{"cohort": {"filters": {"method": "card"}, "group_by": ["card_type"]},
       "window": {"kind": "time", "size_seconds": 60, "step_seconds": 10},
       "min_volume": 60, "open_below": 0.78, "recover_above": 0.88,
       "open_after": 2, "resolve_after": 3,
       "severity": [{"name": "critical", "below": 0.3}, {"name": "major", "below": 0.55},
                    {"name": "minor", "below": 0.78}]}'),
    ('Gateway', '{"cohort": {"group_by": ["gateway"]},
       "window": {"kind": "time", "size_seconds": 60, "step_seconds": 10},
       "min_volume": 100, "open_below": 0.8, "recover_above": 0.88,
       "open_after": 2, "resolve_after": 3,
       "severity": [{"name": "critical", "below": 0.3}, {"name": "major", "below": 0.6},
                    {"name": "minor", "below": 0.8}]}'),
    ('Merchant', '{"cohort": {"group_by": ["merchant_id"]},
       "window": {"kind": "time", "size_seconds": 120, "step_seconds": 10},
       "min_volume": 30, "open_below": 0.7, "recover_above": 0.85,
       "open_after": 2, "resolve_after": 3,
       "severity": [{"name": "critical", "below": 0.3}, {"name": "major", "below": 0.5},
                    {"name": "minor", "below": 0.7}]}')
) AS d (name, definition)
ORDER BY d.name = 'Merchant', d.name;

DO $$
DECLARE
    rule record;
BEGIN
    FOR rule IN SELECT definition FROM payops.rules LOOP
        PERFORM payops.check_rule_definition(rule.definition);
    END LOOP;
END
$$;

-- Grants -----------------------------------------------------------------------------------

GRANT SELECT ON payops.detector_shards, payops.detector_members TO payops_viewer;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA payops FROM PUBLIC;
GRANT EXECUTE ON FUNCTION payops.active_mute(bigint, jsonb) TO payops_viewer, payops_engine;
GRANT EXECUTE ON FUNCTION
    payops.lease_detector_shards(text, integer),
    payops.release_detector_shards(text, integer[]),
    payops.leave_detector(text),
    payops.fence_detector_shards(text, integer[]),
    payops.save_detector_shard(text, integer, xid8, bigint, timestamptz, bytea),
    payops.record_downtime_change(text, bigint, integer, jsonb, text, timestamptz, timestamptz,
                                  text, double precision, bigint, text),
    payops.detection_retention(interval, integer)
    TO payops_engine;
