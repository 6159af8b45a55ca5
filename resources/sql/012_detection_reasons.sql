-- payops schema, version 12: a third reason a downtime resolves, rule_changed: a new version
-- of its rule watches other cohorts (other filters or group_by), so the old cohort's open
-- downtime ends at the watermark (the detection core's DowntimeChange reason).

ALTER TABLE payops.downtimes DROP CONSTRAINT downtimes_resolved_reason_check;
ALTER TABLE payops.downtimes ADD CONSTRAINT downtimes_resolved_reason_check
    CHECK (resolved_reason IN ('recovered', 'rule_disabled', 'rule_changed'));

-- As in 008, with rule_changed accepted (the grant to payops_engine stays).
CREATE OR REPLACE FUNCTION payops.record_downtime_change(
    kind text, rule_id bigint, rule_version integer, cohort jsonb, cohort_key text,
    started_at timestamptz, resolved_at timestamptz, severity text, lowest_sr double precision,
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
    IF reason IS NULL OR reason NOT IN ('recovered', 'rule_disabled', 'rule_changed') THEN
        PERFORM payops.refuse('reason', 'must be recovered, rule_disabled or rule_changed');
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
