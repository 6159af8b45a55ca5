-- payops schema, version 15: every engine connects as a role of its own, holding what that
-- engine's statements need and nothing else (tests/store/role_matrix.txt lists every role's
-- rights on every object; tst_role_matrix checks them against the catalog and by trying).
--   payops_ingest      payops ingest, and payops simulate's live traffic
--   payops_dispatcher  payops dispatch
--   payops_detector    payops detect
--   payops_cashback    payops cashback (compute stage and balance workers)
-- payops_engine (002) keeps the union of all of them for tools that play several engines.
-- None of them reads what viewers read unless its engine does: only the dispatcher reads
-- the signing secrets. LISTEN, advisory locks and temporary tables need no grant.
-- Then: length limits on what the audited actions store or quote back, and mutes that end.

DO $$
DECLARE
    role_name text;
BEGIN
    FOREACH role_name IN ARRAY ARRAY['payops_ingest', 'payops_dispatcher', 'payops_detector',
                                     'payops_cashback'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', role_name);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END LOOP;
END
$$;

GRANT USAGE ON SCHEMA payops
    TO payops_ingest, payops_dispatcher, payops_detector, payops_cashback;

-- Engine health (013): every engine that runs for a while registers and beats.
GRANT EXECUTE ON FUNCTION payops.register_engine(text, text, integer, text, integer),
                          payops.beat_engine(bigint, double precision, double precision, text),
                          payops.deregister_engine(bigint)
    TO payops_ingest, payops_dispatcher, payops_detector, payops_cashback;

-- ingest (core/ingest/EventLoader): COPY to a temporary stage, INSERT ... RETURNING the new
-- events into payment_event_ids and payment_events, bad lines COPYed to the quarantine, the
-- enabled endpoints' merchants to enqueue webhooks for.
GRANT SELECT, INSERT ON payops.payment_events, payops.payment_event_ids TO payops_ingest;
GRANT INSERT ON payops.ingest_quarantine TO payops_ingest;
GRANT SELECT (merchant_id, enabled) ON payops.endpoints TO payops_ingest;
GRANT USAGE ON SEQUENCE payops.payment_events_seq_seq, payops.ingest_quarantine_id_seq
    TO payops_ingest;
GRANT EXECUTE ON FUNCTION payops.ensure_payment_event_partitions(timestamptz, timestamptz),
                          payops.enqueue_webhook_events(payops.payment_events[])
    TO payops_ingest;

-- dispatch (core/webhooks/DeliveryClaimer, AttemptRecorder): claims and leases queue rows,
-- shows and settles deliveries, reads the event and the endpoint with its secret, records
-- attempts (COPY to a temporary table first), keeps the endpoint's health and circuit;
-- disabling an endpoint goes through disable_failing_endpoint.
GRANT SELECT ON payops.deliveries, payops.webhook_events, payops.endpoints,
                payops.endpoint_secrets
    TO payops_dispatcher;
GRANT UPDATE (state, attempt_count, next_attempt_at, priority, manual_requested_by,
              manual_requested_at, lease_owner, lease_expires_at, last_http_status, last_error,
              completed_at, updated_at)
    ON payops.deliveries TO payops_dispatcher;
GRANT UPDATE (consecutive_failures, failing_since, last_success_at, last_failure_at,
              avg_duration_ms, circuit_state, circuit_opened_at, updated_at)
    ON payops.endpoints TO payops_dispatcher;
-- The queue of work (014): claims and lease renewals update it, recorded attempts leave it.
GRANT SELECT, UPDATE, DELETE ON payops.delivery_queue TO payops_dispatcher;
GRANT INSERT ON payops.attempts TO payops_dispatcher;
GRANT USAGE ON SEQUENCE payops.attempts_id_seq TO payops_dispatcher;
GRANT EXECUTE ON FUNCTION payops.ensure_attempt_partitions(timestamptz, timestamptz),
                          payops.disable_failing_endpoint(bigint, text)
    TO payops_dispatcher;

-- detect (core/detect): reads events and the current rules, upserts SR windows, holds shard
-- leases and records downtimes through the 008 functions; counts open downtimes for /metrics.
GRANT SELECT ON payops.payment_events, payops.current_rules, payops.detector_shards,
                payops.downtimes
    TO payops_detector;
GRANT SELECT, INSERT, UPDATE ON payops.sr_windows TO payops_detector;
GRANT EXECUTE ON FUNCTION
    payops.lease_detector_shards(text, integer),
    payops.release_detector_shards(text, integer[]),
    payops.leave_detector(text),
    payops.fence_detector_shards(text, integer[]),
    payops.save_detector_shard(text, integer, xid8, bigint, timestamptz, bytea),
    payops.record_downtime_change(text, bigint, integer, jsonb, text, timestamptz, timestamptz,
                                  text, double precision, bigint, text),
    payops.detection_retention(interval, integer)
    TO payops_detector;

-- cashback (core/cashback/CashbackComputer, BalanceWorker): reads captures and refunds, the
-- campaigns and their merchants, its cursor and the cashbacks to publish; writes only through
-- the 009 functions.
GRANT SELECT ON payops.payment_events, payops.cashbacks, payops.cashback_campaigns,
                payops.cashback_cursor, payops.cashback_customer_usage,
                payops.cashback_dead_letters, payops.merchant_group_members
    TO payops_cashback;
GRANT EXECUTE ON FUNCTION payops.commit_cashback_batch(jsonb, jsonb, jsonb, xid8, bigint),
                          payops.mark_cashbacks_published(bigint[], bigint[]),
                          payops.apply_cashback_credits(jsonb)
    TO payops_cashback;

-- Input limits -----------------------------------------------------------------------------
-- Hostile values (tests/store/tst_hostile_input): every text an action stores, or repeats in
-- a refusal, has a length limit, and a mute cannot last forever. Each check goes into the
-- function's current body (003, 004, 005, 009) in front of the line given; a body without
-- that line, or with it twice, stops the migration rather than being patched blindly.
CREATE FUNCTION pg_temp.add_check(function regprocedure, before text, check_lines text)
RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
    definition text := pg_get_functiondef(function);
BEGIN
    IF (length(definition) - length(replace(definition, before, ''))) / length(before) <> 1 THEN
        RAISE EXCEPTION 'migration 015: % has the line % not exactly once', function, before;
    END IF;
    EXECUTE replace(definition, before, ltrim(check_lines, E'\n') || before);
END
$$;

-- A long unknown field name is counted in the refusal, not repeated.
SELECT pg_temp.add_check('payops.check_keys(jsonb, text, text[])',
    '        IF NOT key = ANY (allowed) THEN', $check$
        IF NOT key = ANY (allowed) AND length(key) > 64 THEN
            PERFORM payops.refuse(field, format('unknown field of %s characters (expected one of: %s)',
                                               length(key), array_to_string(allowed, ', ')));
        END IF;
$check$);

-- Strings in rules and mutes (issuers, merchants, severity names) are short.
SELECT pg_temp.add_check('payops.check_string(jsonb, text)',
    $line$    RETURN value #>> '{}';$line$, $check$
    IF length(value #>> '{}') > 200 THEN
        PERFORM payops.refuse(field, 'must be at most 200 characters');
    END IF;
$check$);

-- The filter goes into the audit log: a merchant id is at most 200 characters.
SELECT pg_temp.add_check(
    'payops.retry_deliveries(text, bigint, text, text, timestamptz, timestamptz)',
    '    IF state IS NOT NULL AND state NOT IN', $check$
    IF length(merchant_id) > 200 THEN
        PERFORM payops.refuse('merchant_id', 'must be at most 200 characters');
    END IF;
$check$);

-- A mute ends: 'infinity' would silence its downtimes for good.
SELECT pg_temp.add_check('payops.mute(jsonb, timestamptz, text, timestamptz)',
    '    IF ends_at <= starts_at THEN', $check$
    IF NOT isfinite(starts_at) THEN
        PERFORM payops.refuse('starts_at', 'must be a finite time');
    END IF;
    IF NOT isfinite(ends_at) THEN
        PERFORM payops.refuse('ends_at', 'must be a finite time');
    END IF;
$check$);

-- A rule's definition is a few hundred characters of JSON.
SELECT pg_temp.add_check('payops.save_rule(bigint, text, jsonb, text, boolean)',
    '    PERFORM payops.check_rule_definition(definition);', $check$
    IF length(definition::text) > 100000 THEN
        PERFORM payops.refuse('definition', 'must be at most 100000 characters of JSON');
    END IF;
$check$);

-- An event type is refused by its length before a refusal quotes it.
SELECT pg_temp.add_check('payops.save_endpoint(bigint, text, text, text[], text, text)',
    '        IF event_type IS NULL OR event_type !~', $check$
        IF length(event_type) > 100 THEN
            PERFORM payops.refuse('event_types', format(
                'an event type of %s characters (at most 100)', length(event_type)));
        END IF;
$check$);
SELECT pg_temp.add_check('payops.save_endpoint(bigint, text, text, text[], text, text)',
    '    FOREACH event_type IN ARRAY event_types LOOP', $check$
    IF cardinality(event_types) > 100 THEN
        PERFORM payops.refuse('event_types', format('%s event types (at most 100)',
                                                    cardinality(event_types)));
    END IF;
$check$);

-- Merchant ids are at most 200 characters, as everywhere else.
SELECT pg_temp.add_check('payops.save_merchant_group(text, text[], text)',
    $line$        IF member IS NULL OR btrim(member) = ''$line$, $check$
        IF length(member) > 200 THEN
            PERFORM payops.refuse('merchant_ids', format(
                'a merchant id of %s characters (at most 200)', length(member)));
        END IF;
$check$);
SELECT pg_temp.add_check('payops.save_merchant_group(text, text[], text)',
    '    FOREACH member IN ARRAY merchant_ids LOOP', $check$
    IF cardinality(merchant_ids) > 100000 THEN
        PERFORM payops.refuse('merchant_ids', format('%s merchants (at most 100000)',
                                                     cardinality(merchant_ids)));
    END IF;
$check$);

-- A merchant group's name is checked before 'no merchant group named ...' quotes it.
SELECT pg_temp.add_check(
    'payops.save_campaign(bigint, text, text, numeric, bigint, bigint, text, timestamptz,'
    ' timestamptz, boolean, text, bigint, text)',
    $line$    IF merchant_id IS NOT NULL AND btrim(merchant_id) <> ''$line$, $check$
    IF length(merchant_group) > 200 THEN
        PERFORM payops.refuse('merchant_group', 'must be at most 200 characters');
    END IF;
$check$);

-- Partitions ---------------------------------------------------------------------------------
-- The partitioned tables' rights apply to their rows. The partitions that existed when 002
-- granted SELECT ON ALL TABLES kept a grant of their own, unlike those made since: none keeps
-- one now.
DO $$
DECLARE
    partition regclass;
BEGIN
    FOR partition IN SELECT c.oid FROM pg_class AS c
                     WHERE c.relnamespace = 'payops'::regnamespace AND c.relispartition
                       AND c.relkind IN ('r', 'p') LOOP
        EXECUTE format('REVOKE ALL ON %s FROM PUBLIC, payops_viewer, payops_engine', partition);
    END LOOP;
END
$$;
