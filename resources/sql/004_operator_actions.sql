-- payops schema, version 4: operator actions as audited SQL functions.
-- Each checks its input, does the work, writes one audit_log row with session_user and
-- NOTIFYs payops_events with "kind:id".

-- Operator: deliveries ---------------------------------------------------------------------

-- Makes a delivery due now, ahead of scheduled ones; its next attempt is recorded as
-- manual:<who>.
CREATE FUNCTION payops.retry_delivery(delivery_id bigint, reason text)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    was payops.deliveries;
    now_row payops.deliveries;
    endpoint payops.endpoints;
BEGIN
    PERFORM payops.check_id(delivery_id, 'delivery_id');
    reason := payops.check_text(reason, 'reason', 1000);
    SELECT * INTO was FROM payops.deliveries AS d WHERE d.id = delivery_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM payops.not_found('delivery_id', 'delivery', delivery_id);
    END IF;
    IF was.state = 'in_flight' THEN
        RAISE EXCEPTION 'delivery_id: delivery % is being attempted right now; retry it once that attempt ends',
            delivery_id USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    SELECT * INTO endpoint FROM payops.endpoints AS e WHERE e.id = was.endpoint_id;
    IF NOT endpoint.enabled THEN
        RAISE EXCEPTION 'delivery_id: endpoint % of delivery % is disabled (%); enable it first',
            endpoint.id, delivery_id, endpoint.disabled_reason
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    UPDATE payops.deliveries AS d
    SET state = 'pending', next_attempt_at = now(), priority = 1,
        manual_requested_by = session_user, manual_requested_at = now(),
        lease_owner = NULL, lease_expires_at = NULL, completed_at = NULL, updated_at = now()
    WHERE d.id = delivery_id
    RETURNING * INTO now_row;
    PERFORM payops.audit('retry_delivery', 'delivery:' || delivery_id, reason, to_jsonb(was),
                         to_jsonb(now_row));
END
$$;

-- The bulk form: every delivery matching the filter (at least one of endpoint_id, merchant_id,
-- state) that is not being attempted and whose endpoint is enabled. Returns how many.
CREATE FUNCTION payops.retry_deliveries(reason text, endpoint_id bigint DEFAULT NULL,
                                        merchant_id text DEFAULT NULL, state text DEFAULT NULL,
                                        created_from timestamptz DEFAULT NULL,
                                        created_to timestamptz DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    ids bigint[];
    filter jsonb;
BEGIN
    reason := payops.check_text(reason, 'reason', 1000);
    IF endpoint_id IS NULL AND merchant_id IS NULL AND state IS NULL THEN
        PERFORM payops.refuse('endpoint_id/merchant_id/state',
                              'give at least one filter: a bulk retry of every delivery is not allowed');
    END IF;
    IF state IS NOT NULL AND state NOT IN ('pending', 'failed', 'dead', 'succeeded') THEN
        PERFORM payops.refuse('state', 'must be one of pending, failed, dead, succeeded');
    END IF;
    IF created_from IS NOT NULL AND created_to IS NOT NULL AND created_to <= created_from THEN
        PERFORM payops.refuse('created_to', 'must be after created_from');
    END IF;
    IF endpoint_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM payops.endpoints AS e
                                               WHERE e.id = endpoint_id) THEN
        PERFORM payops.not_found('endpoint_id', 'endpoint', endpoint_id);
    END IF;

    WITH chosen AS (
        SELECT d.id
        FROM payops.deliveries AS d
        JOIN payops.endpoints AS e ON e.id = d.endpoint_id
        WHERE d.state <> 'in_flight' AND e.enabled
          AND (endpoint_id IS NULL OR d.endpoint_id = endpoint_id)
          AND (merchant_id IS NULL OR e.merchant_id = merchant_id)
          AND (state IS NULL OR d.state = state)
          AND (created_from IS NULL OR d.created_at >= created_from)
          AND (created_to IS NULL OR d.created_at < created_to)
        ORDER BY d.id
        FOR UPDATE OF d
    ), retried AS (
        UPDATE payops.deliveries AS d
        SET state = 'pending', next_attempt_at = now(), priority = 1,
            manual_requested_by = session_user, manual_requested_at = now(),
            lease_owner = NULL, lease_expires_at = NULL, completed_at = NULL, updated_at = now()
        FROM chosen
        WHERE d.id = chosen.id
        RETURNING d.id
    )
    SELECT coalesce(array_agg(retried.id ORDER BY retried.id), '{}') INTO ids FROM retried;

    filter := jsonb_strip_nulls(jsonb_build_object(
        'endpoint_id', endpoint_id, 'merchant_id', merchant_id, 'state', state,
        'created_from', created_from, 'created_to', created_to));
    PERFORM payops.audit('retry_deliveries', 'deliveries', reason,
                         jsonb_build_object('filter', filter),
                         jsonb_build_object('retried', cardinality(ids),
                                            'delivery_ids', to_jsonb(ids[1:1000])));
    RETURN cardinality(ids);
END
$$;

-- Operator: mutes and labels ---------------------------------------------------------------

-- Downtimes that the mute covers are still recorded, marked muted and not notified; the ones
-- open when a mute starts are marked at once.
CREATE FUNCTION payops.mute(matchers jsonb, ends_at timestamptz, reason text,
                            starts_at timestamptz DEFAULT now())
RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    created payops.mutes;
BEGIN
    PERFORM payops.check_matchers(matchers);
    IF starts_at IS NULL THEN
        PERFORM payops.refuse('starts_at', 'is required');
    END IF;
    IF ends_at IS NULL THEN
        PERFORM payops.refuse('ends_at', 'is required');
    END IF;
    IF ends_at <= starts_at THEN
        PERFORM payops.refuse('ends_at', 'must be after starts_at');
    END IF;
    IF ends_at <= now() THEN
        PERFORM payops.refuse('ends_at', 'must be in the future');
    END IF;
    reason := payops.check_text(reason, 'reason', 1000);

    INSERT INTO payops.mutes (matchers, starts_at, ends_at, author, reason)
    VALUES (matchers, starts_at, ends_at, session_user, reason)
    RETURNING * INTO created;
    IF starts_at <= now() THEN
        UPDATE payops.downtimes AS t
        SET muted = true, mute_id = created.id
        WHERE t.resolved_at IS NULL AND NOT t.muted
          AND payops.mute_covers(matchers, t.rule_id, t.cohort);
    END IF;
    PERFORM payops.audit('mute', 'mute:' || created.id, reason, NULL, to_jsonb(created));
    RETURN created.id;
END
$$;

CREATE FUNCTION payops.end_mute(mute_id bigint, reason text)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    was payops.mutes;
    now_row payops.mutes;
BEGIN
    PERFORM payops.check_id(mute_id, 'mute_id');
    reason := payops.check_text(reason, 'reason', 1000);
    SELECT * INTO was FROM payops.mutes AS m WHERE m.id = mute_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM payops.not_found('mute_id', 'mute', mute_id);
    END IF;
    IF was.ended_at IS NOT NULL OR was.ends_at <= now() THEN
        RAISE EXCEPTION 'mute_id: mute % has already ended (at %)', mute_id,
            coalesce(was.ended_at, was.ends_at)
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    UPDATE payops.mutes AS m
    SET ended_at = now(), ended_by = session_user, end_reason = reason
    WHERE m.id = mute_id
    RETURNING * INTO now_row;
    PERFORM payops.audit('end_mute', 'mute:' || mute_id, reason, to_jsonb(was), to_jsonb(now_row));
END
$$;

-- label: true_positive, false_positive, or NULL to clear a label.
CREATE FUNCTION payops.label_downtime(downtime_id bigint, label text, note text DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    was payops.downtimes;
    now_row payops.downtimes;
BEGIN
    PERFORM payops.check_id(downtime_id, 'downtime_id');
    IF label IS NOT NULL AND label NOT IN ('true_positive', 'false_positive') THEN
        PERFORM payops.refuse('label', 'must be true_positive, false_positive, or null to clear');
    END IF;
    IF length(note) > 2000 THEN
        PERFORM payops.refuse('note', 'must be at most 2000 characters');
    END IF;
    SELECT * INTO was FROM payops.downtimes AS t WHERE t.id = downtime_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM payops.not_found('downtime_id', 'downtime', downtime_id);
    END IF;
    UPDATE payops.downtimes AS t
    SET label = label, label_note = nullif(btrim(note), ''),
        labelled_by = CASE WHEN label IS NULL THEN NULL ELSE session_user END,
        labelled_at = CASE WHEN label IS NULL THEN NULL ELSE now() END
    WHERE t.id = downtime_id
    RETURNING * INTO now_row;
    PERFORM payops.audit('label_downtime', 'downtime:' || downtime_id, note, to_jsonb(was),
                         to_jsonb(now_row));
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA payops FROM PUBLIC;
GRANT EXECUTE ON FUNCTION payops.retry_delivery(bigint, text),
                          payops.retry_deliveries(text, bigint, text, text, timestamptz, timestamptz),
                          payops.mute(jsonb, timestamptz, text, timestamptz),
                          payops.end_mute(bigint, text),
                          payops.label_downtime(bigint, text, text)
    TO payops_operator;
