-- payops schema, version 16: a downtime muted after its downtime.opened went out still sends
-- downtime.resolved, to the endpoints that were sent the opened event (008 sent nothing for a
-- muted downtime, so they were left with a downtime that never ended). A downtime muted from
-- its start sends neither.

-- As in 008, but the targets of a muted downtime's downtime.resolved are the endpoints with a
-- delivery of its dt_<id>.opened event (still enabled and subscribed); a muted downtime's
-- downtime.opened goes nowhere.
CREATE OR REPLACE FUNCTION payops.enqueue_downtime_event(downtime payops.downtimes,
                                                         event_type text)
RETURNS integer
LANGUAGE plpgsql
SET search_path = pg_catalog, payops, pg_temp
SET TimeZone = 'UTC'
AS $$
DECLARE
    new_id constant text := 'dt_' || downtime.id || '.' || split_part(event_type, '.', 2);
    opened_id constant text := 'dt_' || downtime.id || '.opened';
    targets bigint[];
    made integer;
BEGIN
    IF downtime.muted AND event_type <> 'downtime.resolved' THEN
        RETURN 0;
    END IF;
    SELECT array_agg(p.id ORDER BY p.id) INTO targets
    FROM payops.endpoints AS p
    WHERE p.enabled AND cardinality(p.event_types) > 0
      AND payops.endpoint_wants(p.event_types, event_type)
      AND (downtime.cohort -> 'merchant_id' IS NULL
           OR downtime.cohort ->> 'merchant_id' = p.merchant_id)
      AND (NOT downtime.muted
           OR EXISTS (SELECT 1 FROM payops.deliveries AS d
                      WHERE d.event_id = opened_id AND d.endpoint_id = p.id));
    IF targets IS NULL THEN
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
    SELECT new_id, target, 'pending', now()
    FROM unnest(targets) AS target
    ON CONFLICT (event_id, endpoint_id) DO NOTHING;
    GET DIAGNOSTICS made = ROW_COUNT;
    IF made > 0 THEN
        PERFORM pg_notify('payops_deliveries', 'due');
    END IF;
    RETURN made;
END
$$;
