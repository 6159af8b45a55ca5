-- payops schema, version 18: manual retries and the dispatch queue (014) agree.
-- A retry locks the delivery's queue row before the delivery, as every dispatcher statement
-- does (claims, renewals, recordings): a bulk retry and a dispatcher recording the same
-- deliveries no longer deadlock, and a dispatcher that locked its recorded deliveries' queue
-- rows first sees each retry either whole or not at all. payops.queue_kept (a dispatcher
-- recording its attempts keeps the queue itself and says so) is off in a retry whatever the
-- caller's session set: a retry always reaches the queue. The bodies are 004's with 015's
-- input check.

CREATE OR REPLACE FUNCTION payops.retry_delivery(delivery_id bigint, reason text)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
SET payops.queue_kept = 'off'
AS $$
#variable_conflict use_variable
DECLARE
    was payops.deliveries;
    now_row payops.deliveries;
    endpoint payops.endpoints;
BEGIN
    PERFORM payops.check_id(delivery_id, 'delivery_id');
    reason := payops.check_text(reason, 'reason', 1000);
    PERFORM 1 FROM payops.delivery_queue AS q WHERE q.delivery_id = delivery_id FOR UPDATE;
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

CREATE OR REPLACE FUNCTION payops.retry_deliveries(reason text, endpoint_id bigint DEFAULT NULL,
                                                   merchant_id text DEFAULT NULL,
                                                   state text DEFAULT NULL,
                                                   created_from timestamptz DEFAULT NULL,
                                                   created_to timestamptz DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
SET payops.queue_kept = 'off'
AS $$
#variable_conflict use_variable
DECLARE
    matching bigint[];
    ids bigint[];
    filter jsonb;
BEGIN
    reason := payops.check_text(reason, 'reason', 1000);
    IF endpoint_id IS NULL AND merchant_id IS NULL AND state IS NULL THEN
        PERFORM payops.refuse('endpoint_id/merchant_id/state',
                              'give at least one filter: a bulk retry of every delivery is not allowed');
    END IF;
    IF length(merchant_id) > 200 THEN
        PERFORM payops.refuse('merchant_id', 'must be at most 200 characters');
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

    SELECT coalesce(array_agg(d.id), '{}') INTO matching
    FROM payops.deliveries AS d
    JOIN payops.endpoints AS e ON e.id = d.endpoint_id
    WHERE (endpoint_id IS NULL OR d.endpoint_id = endpoint_id)
      AND (merchant_id IS NULL OR e.merchant_id = merchant_id)
      AND (state IS NULL OR d.state = state)
      AND (created_from IS NULL OR d.created_at >= created_from)
      AND (created_to IS NULL OR d.created_at < created_to);
    -- Queue rows first, in order; then the deliveries, whose state may have moved meanwhile.
    PERFORM 1 FROM payops.delivery_queue AS q WHERE q.delivery_id = ANY (matching)
    ORDER BY q.delivery_id FOR UPDATE;
    WITH chosen AS (
        SELECT d.id
        FROM payops.deliveries AS d
        JOIN payops.endpoints AS e ON e.id = d.endpoint_id
        WHERE d.id = ANY (matching) AND d.state <> 'in_flight' AND e.enabled
          AND (state IS NULL OR d.state = state)
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
