-- payops schema, version 2: the group roles and what each may touch.
-- Roles are cluster-wide and several databases may be migrated at once: creating one that
-- another session has just created is not an error.

DO $$
DECLARE
    role_name text;
BEGIN
    FOREACH role_name IN ARRAY ARRAY['payops_viewer', 'payops_operator', 'payops_admin',
                                     'payops_engine'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', role_name);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END LOOP;
END
$$;

-- operator ⊃ viewer, admin ⊃ operator; the engines read what viewers read.
DO $$
DECLARE
    pair text[];
BEGIN
    FOREACH pair SLICE 1 IN ARRAY ARRAY[['payops_viewer', 'payops_operator'],
                                        ['payops_operator', 'payops_admin'],
                                        ['payops_viewer', 'payops_engine']] LOOP
        IF NOT pg_has_role(pair[2], pair[1], 'MEMBER') THEN
            BEGIN
                EXECUTE format('GRANT %I TO %I', pair[1], pair[2]);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
END
$$;

REVOKE ALL ON SCHEMA payops FROM PUBLIC;
GRANT USAGE ON SCHEMA payops TO payops_viewer, payops_engine;

-- Nothing is callable by default: every function is granted to the role that needs it.
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA payops FROM PUBLIC;
ALTER DEFAULT PRIVILEGES IN SCHEMA payops REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- Reading: everything but the signing secrets. Writing goes through functions.
REVOKE ALL ON ALL TABLES IN SCHEMA payops FROM PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA payops TO payops_viewer;
REVOKE ALL ON payops.endpoint_secrets FROM payops_viewer;

-- The engines write where they work, and nowhere else.
GRANT USAGE ON ALL SEQUENCES IN SCHEMA payops TO payops_engine;
-- ingest
GRANT INSERT ON payops.payment_events, payops.payment_event_ids, payops.ingest_quarantine
    TO payops_engine;
GRANT EXECUTE ON FUNCTION payops.ensure_payment_event_partitions(timestamptz, timestamptz),
                          payops.ensure_attempt_partitions(timestamptz, timestamptz)
    TO payops_engine;
-- dispatch
GRANT SELECT ON payops.endpoint_secrets TO payops_engine;
GRANT UPDATE (enabled, disabled_reason, disabled_at, consecutive_failures, failing_since,
              last_success_at, last_failure_at, avg_duration_ms, updated_at)
    ON payops.endpoints TO payops_engine;
GRANT INSERT ON payops.webhook_events, payops.attempts TO payops_engine;
GRANT INSERT, UPDATE ON payops.deliveries TO payops_engine;
-- detect
GRANT INSERT, UPDATE, DELETE ON payops.sr_windows TO payops_engine;
GRANT INSERT ON payops.downtimes TO payops_engine;
GRANT UPDATE (rule_version, resolved_at, severity, lowest_sr, volume, muted, mute_id)
    ON payops.downtimes TO payops_engine;
-- cashback
GRANT INSERT, UPDATE ON payops.cashbacks, payops.balances TO payops_engine;
GRANT INSERT ON payops.ledger_entries TO payops_engine;
