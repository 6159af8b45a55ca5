-- payops schema, version 6: webhook dispatch. The outbox that turns payment events into
-- webhook events and deliveries inside the ingest transaction, the columns the dispatchers
-- keep (circuit, limits, what each attempt sent and decided), endpoint health, and the
-- NOTIFY channel payops_deliveries ('due' when deliveries become due, 'attempts:<n>' per
-- batch of recorded attempts).

-- Columns ----------------------------------------------------------------------------------

ALTER TABLE payops.webhook_events ADD COLUMN payment_id text;
CREATE INDEX webhook_events_payment ON payops.webhook_events (payment_id);
CREATE INDEX webhook_events_merchant_created ON payops.webhook_events (merchant_id, created_at DESC);

-- The earliest due delivery of each endpoint: when a dispatcher should wake up next.
CREATE INDEX deliveries_endpoint_due ON payops.deliveries (endpoint_id, next_attempt_at)
    WHERE state IN ('pending', 'failed');

ALTER TABLE payops.attempts
    -- Denormalised from deliveries: endpoint health and searches read attempts by endpoint.
    ADD COLUMN endpoint_id bigint,
    -- webhook-id, webhook-timestamp, webhook-signature, content-type, user-agent; never the
    -- secret.
    ADD COLUMN request_headers jsonb,
    -- What the schedule decided after this attempt; NULL when it was the last.
    ADD COLUMN next_attempt_at timestamptz,
    ADD COLUMN outcome text CHECK (outcome IN ('succeeded', 'failed', 'retry_after', 'gone',
                                               'timeout', 'refused', 'circuit_open'));
CREATE INDEX attempts_endpoint ON payops.attempts (endpoint_id, started_at);

ALTER TABLE payops.endpoints
    ADD COLUMN circuit_state text NOT NULL DEFAULT 'closed'
        CHECK (circuit_state IN ('closed', 'open', 'half_open')),
    ADD COLUMN circuit_opened_at timestamptz,
    -- Requests in flight to this endpoint at once, per dispatcher.
    ADD COLUMN max_in_flight integer NOT NULL DEFAULT 16 CHECK (max_in_flight BETWEEN 1 AND 100000),
    -- Requests per second, per dispatcher; NULL: unlimited.
    ADD COLUMN rate_per_second integer CHECK (rate_per_second BETWEEN 1 AND 1000000);

-- Which event types an endpoint takes: empty = all; "payment.*" = every payment event.
CREATE FUNCTION payops.endpoint_wants(event_types text[], event_type text)
RETURNS boolean
LANGUAGE sql
IMMUTABLE
SET search_path = pg_catalog, payops, pg_temp
AS $$
    SELECT cardinality(event_types) = 0
        OR event_type = ANY (event_types)
        OR EXISTS (SELECT 1 FROM unnest(event_types) AS t (pattern)
                   WHERE t.pattern LIKE '%*'
                     AND event_type LIKE replace(t.pattern, '*', '%'))
$$;

-- Outbox -----------------------------------------------------------------------------------

-- Called by ingest in the transaction that inserts the events. Every authorized, captured,
-- failed or refunded payment event becomes a webhook event (same id; the body of the
-- Standard Webhooks request as payload) with one pending delivery per enabled endpoint of its
-- merchant that takes its type; events no endpoint wants are not stored. An id offered again
-- is ignored. NOTIFYs payops_deliveries 'due' when deliveries were made. Returns how many.
CREATE FUNCTION payops.enqueue_webhook_events(events payops.payment_events[])
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
SET TimeZone = 'UTC'
AS $$
DECLARE
    made integer;
BEGIN
    IF events IS NULL OR cardinality(events) = 0 THEN
        RETURN 0;
    END IF;
    WITH typed AS (
        SELECT e.*,
               CASE e.status WHEN 'authorized' THEN 'payment.authorized'
                             WHEN 'captured' THEN 'payment.captured'
                             WHEN 'failed' THEN 'payment.failed'
                             WHEN 'refunded' THEN 'refund.processed' END AS event_type
        FROM unnest(events) AS e
        WHERE e.status IN ('authorized', 'captured', 'failed', 'refunded')
    ), wanted AS (
        SELECT t.*, p.id AS endpoint_id
        FROM typed AS t
        JOIN payops.endpoints AS p
          ON p.merchant_id = t.merchant_id AND p.enabled
         AND payops.endpoint_wants(p.event_types, t.event_type)
    ), stored AS (
        INSERT INTO payops.webhook_events (id, type, merchant_id, payment_id, payload)
        SELECT DISTINCT ON (w.id) w.id, w.event_type, w.merchant_id, w.payment_id,
               jsonb_build_object(
                   'type', w.event_type,
                   'timestamp', to_char(w.occurred_at, 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                   'data', coalesce(w.extra, '{}') || jsonb_strip_nulls(jsonb_build_object(
                       'id', w.id, 'payment_id', w.payment_id, 'merchant_id', w.merchant_id,
                       'status', w.status, 'method', w.method, 'issuer', w.issuer,
                       'network', w.network, 'card_type', w.card_type, 'gateway', w.gateway,
                       'amount', w.amount, 'currency', w.currency, 'error_code', w.error_code,
                       'error_source', w.error_source,
                       'occurred_at', to_char(w.occurred_at, 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))))
        FROM wanted AS w
        ORDER BY w.id
        ON CONFLICT (id) DO NOTHING
        RETURNING id
    ), queued AS (
        INSERT INTO payops.deliveries (event_id, endpoint_id, state, next_attempt_at)
        SELECT w.id, w.endpoint_id, 'pending', now()
        FROM wanted AS w
        WHERE w.id IN (SELECT id FROM stored)
        ON CONFLICT (event_id, endpoint_id) DO NOTHING
        RETURNING 1
    )
    SELECT count(*) INTO made FROM queued;
    IF made > 0 THEN
        PERFORM pg_notify('payops_deliveries', 'due');
    END IF;
    RETURN made;
END
$$;

-- Wake-ups ---------------------------------------------------------------------------------

-- A manual retry (payops.retry_delivery / retry_deliveries) or a re-enabled endpoint makes
-- deliveries due now: the dispatchers hear it at once. Identical notifications of one
-- transaction reach listeners once.
CREATE FUNCTION payops.notify_deliveries_due()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, payops, pg_temp
AS $$
BEGIN
    PERFORM pg_notify('payops_deliveries', 'due');
    RETURN NULL;
END
$$;

CREATE TRIGGER deliveries_manual_retry
    AFTER UPDATE OF manual_requested_at ON payops.deliveries
    FOR EACH ROW
    WHEN (NEW.manual_requested_at IS NOT NULL
          AND NEW.manual_requested_at IS DISTINCT FROM OLD.manual_requested_at)
    EXECUTE FUNCTION payops.notify_deliveries_due();

CREATE TRIGGER endpoints_enabled
    AFTER UPDATE OF enabled ON payops.endpoints
    FOR EACH ROW
    WHEN (NEW.enabled AND NOT OLD.enabled)
    EXECUTE FUNCTION payops.notify_deliveries_due();

-- Admin: endpoint limits -------------------------------------------------------------------

-- max_in_flight: requests at once per dispatcher; rate_per_second NULL = unlimited.
CREATE FUNCTION payops.set_endpoint_limits(endpoint_id bigint, max_in_flight integer,
                                           rate_per_second integer, reason text)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    was payops.endpoints;
    saved payops.endpoints;
BEGIN
    PERFORM payops.check_id(endpoint_id, 'endpoint_id');
    IF max_in_flight IS NULL OR max_in_flight NOT BETWEEN 1 AND 100000 THEN
        PERFORM payops.refuse('max_in_flight', 'must be from 1 to 100000');
    END IF;
    IF rate_per_second IS NOT NULL AND rate_per_second NOT BETWEEN 1 AND 1000000 THEN
        PERFORM payops.refuse('rate_per_second', 'must be from 1 to 1000000, or null for no limit');
    END IF;
    reason := payops.check_text(reason, 'reason', 1000);
    SELECT * INTO was FROM payops.endpoints AS e WHERE e.id = endpoint_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM payops.not_found('endpoint_id', 'endpoint', endpoint_id);
    END IF;
    UPDATE payops.endpoints AS e
    SET max_in_flight = max_in_flight, rate_per_second = rate_per_second, updated_at = now()
    WHERE e.id = endpoint_id
    RETURNING * INTO saved;
    PERFORM payops.audit('set_endpoint_limits', 'endpoint:' || endpoint_id, reason,
                         to_jsonb(was), to_jsonb(saved));
END
$$;

-- Engine: an endpoint that answered 410 Gone or kept failing for days is disabled by the
-- dispatcher, audited like an admin's action (the actor is the engine's login).
CREATE FUNCTION payops.disable_failing_endpoint(endpoint_id bigint, reason text)
RETURNS boolean
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    was payops.endpoints;
BEGIN
    PERFORM payops.check_id(endpoint_id, 'endpoint_id');
    reason := payops.check_text(reason, 'reason', 1000);
    SELECT * INTO was FROM payops.endpoints AS e WHERE e.id = endpoint_id FOR UPDATE;
    IF NOT FOUND OR NOT was.enabled THEN
        RETURN false;
    END IF;
    -- The admin's path, so the row and its audit entry are the same whoever disables.
    PERFORM payops.set_endpoint_enabled(endpoint_id, false, reason);
    RETURN true;
END
$$;

-- Endpoint health --------------------------------------------------------------------------

-- Per endpoint: its state and the last hour of attempts.
CREATE VIEW payops.endpoint_health AS
    SELECT e.id AS endpoint_id, e.merchant_id, e.url, e.description, e.enabled,
           e.disabled_reason, e.disabled_at, e.circuit_state, e.circuit_opened_at,
           e.consecutive_failures, e.failing_since, e.last_success_at, e.last_failure_at,
           e.avg_duration_ms, e.max_in_flight, e.rate_per_second,
           coalesce(h.attempts, 0) AS attempts,
           coalesce(h.successes, 0) AS successes,
           CASE WHEN h.attempts > 0 THEN h.successes::double precision / h.attempts END
               AS success_rate,
           h.p50_ms, h.p95_ms
    FROM payops.endpoints AS e
    LEFT JOIN LATERAL (
        SELECT count(*) AS attempts,
               count(*) FILTER (WHERE a.http_status BETWEEN 200 AND 299) AS successes,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY a.duration_ms) AS p50_ms,
               percentile_cont(0.95) WITHIN GROUP (ORDER BY a.duration_ms) AS p95_ms
        FROM payops.attempts AS a
        WHERE a.endpoint_id = e.id AND a.started_at >= now() - interval '1 hour'
    ) AS h ON true;

-- Grants -----------------------------------------------------------------------------------

GRANT SELECT ON payops.endpoint_health TO payops_viewer;
GRANT UPDATE (circuit_state, circuit_opened_at) ON payops.endpoints TO payops_engine;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA payops FROM PUBLIC;
GRANT EXECUTE ON FUNCTION payops.endpoint_wants(text[], text) TO payops_viewer, payops_engine;
GRANT EXECUTE ON FUNCTION payops.enqueue_webhook_events(payops.payment_events[]),
                          payops.disable_failing_endpoint(bigint, text)
    TO payops_engine;
GRANT EXECUTE ON FUNCTION payops.set_endpoint_limits(bigint, integer, integer, text)
    TO payops_admin;
