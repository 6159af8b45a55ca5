-- payops schema, version 1: every table of design.md.
-- Applied by `payops migrate` inside one transaction (no BEGIN/COMMIT here).

CREATE SCHEMA IF NOT EXISTS payops;

-- Payment events ---------------------------------------------------------------------------

CREATE TABLE payops.payment_events (
    seq          bigint GENERATED ALWAYS AS IDENTITY,
    id           text NOT NULL,
    payment_id   text NOT NULL,
    merchant_id  text NOT NULL,
    status       text NOT NULL
        CHECK (status IN ('created', 'authorized', 'captured', 'failed', 'refunded')),
    method       text NOT NULL,
    issuer       text,
    network      text,
    card_type    text,
    gateway      text,
    amount       bigint NOT NULL CHECK (amount >= 0),
    currency     text NOT NULL,
    error_code   text,
    error_source text
        CHECK (error_source IN ('bank', 'gateway', 'internal', 'customer', 'merchant')),
    occurred_at  timestamptz NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now(),
    extra        jsonb,
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
-- Events arrive roughly in time order: a BRIN index serves window scans at almost no
-- cost to COPY.
CREATE INDEX payment_events_occurred_at ON payops.payment_events USING brin (occurred_at);
CREATE INDEX payment_events_payment ON payops.payment_events (payment_id);

-- PostgreSQL cannot enforce a unique id across partitions: ingest registers ids here first.
CREATE TABLE payops.payment_event_ids (
    id          text PRIMARY KEY,
    occurred_at timestamptz NOT NULL
);

CREATE TABLE payops.ingest_quarantine (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source      text NOT NULL,
    line        bigint NOT NULL CHECK (line >= 1),
    reason      text NOT NULL,
    raw         bytea NOT NULL,
    raw_bytes   bigint NOT NULL CHECK (raw_bytes >= 0),
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ingest_quarantine_received ON payops.ingest_quarantine (received_at);

-- Webhooks ---------------------------------------------------------------------------------

CREATE TABLE payops.endpoints (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    merchant_id          text NOT NULL CHECK (btrim(merchant_id) <> ''),
    url                  text NOT NULL CHECK (url ~ '^https?://[^\s/?#]+' AND length(url) <= 2048),
    description          text NOT NULL DEFAULT '',
    -- Empty: every event type.
    event_types          text[] NOT NULL DEFAULT '{}',
    enabled              boolean NOT NULL DEFAULT true,
    disabled_reason      text,
    disabled_at          timestamptz,
    -- Health, kept by the dispatchers: stretches the schedule of endpoints that keep failing.
    consecutive_failures integer NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
    failing_since        timestamptz,
    last_success_at      timestamptz,
    last_failure_at      timestamptz,
    avg_duration_ms      integer CHECK (avg_duration_ms >= 0),
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CHECK (enabled OR disabled_reason IS NOT NULL)
);
CREATE INDEX endpoints_merchant ON payops.endpoints (merchant_id);

-- Signing secrets live apart so that viewers and operators can read every endpoint column.
CREATE TABLE payops.endpoint_secrets (
    endpoint_id bigint PRIMARY KEY REFERENCES payops.endpoints (id) ON DELETE CASCADE,
    secret      text NOT NULL CHECK (secret ~ '^whsec_[A-Za-z0-9+/]+={0,2}$'),
    set_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE payops.webhook_events (
    id          text PRIMARY KEY,
    type        text NOT NULL CHECK (type ~ '^[a-z0-9_]+(\.[a-z0-9_]+)*$'),
    -- NULL for platform events (downtime.opened / downtime.resolved).
    merchant_id text,
    payload     jsonb NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_events_created ON payops.webhook_events (created_at);

CREATE TABLE payops.deliveries (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id            text NOT NULL REFERENCES payops.webhook_events (id),
    endpoint_id         bigint NOT NULL REFERENCES payops.endpoints (id),
    -- pending: due at next_attempt_at; in_flight: leased by a dispatcher; failed: the last
    -- attempt failed and another is scheduled; succeeded and dead are final.
    state               text NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'in_flight', 'succeeded', 'failed', 'dead')),
    attempt_count       integer NOT NULL DEFAULT 0 CHECK (attempt_count >= 0),
    next_attempt_at     timestamptz,
    -- Manual retries jump the queue: claims order by priority first.
    priority            smallint NOT NULL DEFAULT 0 CHECK (priority IN (0, 1)),
    manual_requested_by text,
    manual_requested_at timestamptz,
    lease_owner         text,
    lease_expires_at    timestamptz,
    last_http_status    integer CHECK (last_http_status BETWEEN 100 AND 599),
    last_error          text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    completed_at        timestamptz,
    UNIQUE (event_id, endpoint_id),
    CHECK (state NOT IN ('pending', 'failed') OR next_attempt_at IS NOT NULL),
    CHECK (state <> 'in_flight' OR (lease_owner IS NOT NULL AND lease_expires_at IS NOT NULL)),
    CHECK ((manual_requested_by IS NULL) = (manual_requested_at IS NULL))
);
-- The claim: due rows, manual retries first, oldest first, FOR UPDATE SKIP LOCKED.
CREATE INDEX deliveries_due ON payops.deliveries (priority DESC, next_attempt_at)
    WHERE state IN ('pending', 'failed');
-- Leases of crashed dispatchers expire and are reclaimed.
CREATE INDEX deliveries_leases ON payops.deliveries (lease_expires_at) WHERE state = 'in_flight';
CREATE INDEX deliveries_endpoint ON payops.deliveries (endpoint_id, state);
CREATE INDEX deliveries_created ON payops.deliveries (created_at);

CREATE TABLE payops.attempts (
    id               bigint GENERATED ALWAYS AS IDENTITY,
    delivery_id      bigint NOT NULL REFERENCES payops.deliveries (id) ON DELETE CASCADE,
    attempt_no       integer NOT NULL CHECK (attempt_no >= 1),
    started_at       timestamptz NOT NULL,
    duration_ms      integer CHECK (duration_ms >= 0),
    http_status      integer CHECK (http_status BETWEEN 100 AND 599),
    transport_error  text,
    response_excerpt text CHECK (length(response_excerpt) <= 4096),
    trigger          text NOT NULL CHECK (trigger = 'schedule' OR trigger ~ '^manual:.+'),
    worker           text,
    PRIMARY KEY (id, started_at),
    CHECK (http_status IS NOT NULL OR transport_error IS NOT NULL)
) PARTITION BY RANGE (started_at);
CREATE INDEX attempts_delivery ON payops.attempts (delivery_id, started_at);

-- Detection --------------------------------------------------------------------------------

-- Versioned: a save adds a version; the highest version of a rule_id is the rule in force.
CREATE SEQUENCE payops.rule_ids AS bigint;
CREATE TABLE payops.rules (
    rule_id    bigint NOT NULL,
    version    integer NOT NULL CHECK (version >= 1),
    name       text NOT NULL CHECK (btrim(name) <> ''),
    definition jsonb NOT NULL CHECK (jsonb_typeof(definition) = 'object'),
    enabled    boolean NOT NULL DEFAULT true,
    comment    text NOT NULL,
    created_by text NOT NULL DEFAULT session_user,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (rule_id, version)
);

CREATE VIEW payops.current_rules AS
    SELECT DISTINCT ON (rule_id) *
    FROM payops.rules
    ORDER BY rule_id, version DESC;

CREATE TABLE payops.sr_windows (
    rule_id      bigint NOT NULL,
    rule_version integer NOT NULL,
    -- The cohort's fixed dimensions, e.g. {"issuer":"HDFC","method":"card"}; cohort_key is its
    -- canonical text form.
    cohort       jsonb NOT NULL CHECK (jsonb_typeof(cohort) = 'object'),
    cohort_key   text NOT NULL,
    window_start timestamptz NOT NULL,
    window_end   timestamptz NOT NULL,
    attempts     integer NOT NULL CHECK (attempts >= 0),
    successes    integer NOT NULL CHECK (successes >= 0 AND successes <= attempts),
    sr           double precision GENERATED ALWAYS AS (
        CASE WHEN attempts > 0 THEN successes::double precision / attempts END) STORED,
    computed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (rule_id, cohort_key, window_end),
    FOREIGN KEY (rule_id, rule_version) REFERENCES payops.rules (rule_id, version),
    CHECK (window_end > window_start)
);
CREATE INDEX sr_windows_end ON payops.sr_windows (window_end);

CREATE TABLE payops.mutes (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Keys among rule_id, method, issuer, network, card_type, gateway, merchant_id.
    matchers   jsonb NOT NULL CHECK (jsonb_typeof(matchers) = 'object'),
    starts_at  timestamptz NOT NULL,
    ends_at    timestamptz NOT NULL,
    author     text NOT NULL,
    reason     text NOT NULL CHECK (btrim(reason) <> ''),
    created_at timestamptz NOT NULL DEFAULT now(),
    ended_at   timestamptz,
    ended_by   text,
    end_reason text,
    CHECK (ends_at > starts_at),
    CHECK ((ended_at IS NULL) = (ended_by IS NULL))
);
CREATE INDEX mutes_active ON payops.mutes (ends_at) WHERE ended_at IS NULL;

CREATE TABLE payops.downtimes (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rule_id      bigint NOT NULL,
    rule_version integer NOT NULL,
    cohort       jsonb NOT NULL CHECK (jsonb_typeof(cohort) = 'object'),
    cohort_key   text NOT NULL,
    started_at   timestamptz NOT NULL,
    resolved_at  timestamptz,
    severity     text NOT NULL,
    lowest_sr    double precision CHECK (lowest_sr BETWEEN 0 AND 1),
    volume       bigint NOT NULL DEFAULT 0 CHECK (volume >= 0),
    muted        boolean NOT NULL DEFAULT false,
    mute_id      bigint REFERENCES payops.mutes (id),
    label        text CHECK (label IN ('true_positive', 'false_positive')),
    label_note   text,
    labelled_by  text,
    labelled_at  timestamptz,
    FOREIGN KEY (rule_id, rule_version) REFERENCES payops.rules (rule_id, version),
    CHECK (resolved_at IS NULL OR resolved_at >= started_at),
    CHECK ((label IS NULL) = (labelled_by IS NULL))
);
-- At most one open downtime per rule and cohort.
CREATE UNIQUE INDEX downtimes_open ON payops.downtimes (rule_id, cohort_key)
    WHERE resolved_at IS NULL;
CREATE INDEX downtimes_started ON payops.downtimes (started_at);

-- Cashback ---------------------------------------------------------------------------------

CREATE TABLE payops.cashback_campaigns (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL CHECK (btrim(name) <> ''),
    merchant_id text NOT NULL,
    percent     numeric(5, 2) NOT NULL CHECK (percent > 0 AND percent <= 100),
    cap_amount  bigint NOT NULL CHECK (cap_amount > 0),
    min_amount  bigint NOT NULL DEFAULT 0 CHECK (min_amount >= 0),
    currency    text NOT NULL,
    valid_from  timestamptz NOT NULL,
    valid_to    timestamptz NOT NULL,
    enabled     boolean NOT NULL DEFAULT true,
    created_by  text NOT NULL DEFAULT session_user,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (valid_to > valid_from)
);
CREATE INDEX cashback_campaigns_merchant ON payops.cashback_campaigns (merchant_id, valid_from);

CREATE TABLE payops.cashbacks (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payment_id     text NOT NULL UNIQUE,
    campaign_id    bigint NOT NULL REFERENCES payops.cashback_campaigns (id),
    merchant_id    text NOT NULL,
    account_id     text NOT NULL,
    payment_amount bigint NOT NULL CHECK (payment_amount >= 0),
    amount         bigint NOT NULL CHECK (amount > 0),
    currency       text NOT NULL,
    -- pending → published (confirmed by the broker) → credited; a refund → reversal_pending →
    -- reversed.
    state          text NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'published', 'credited', 'reversal_pending', 'reversed')),
    created_at     timestamptz NOT NULL DEFAULT now(),
    published_at   timestamptz,
    credited_at    timestamptz,
    reversed_at    timestamptz
);
CREATE INDEX cashbacks_state ON payops.cashbacks (state, created_at);
CREATE INDEX cashbacks_campaign ON payops.cashbacks (campaign_id);

CREATE TABLE payops.ledger_entries (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Exactly once: a redelivered credit finds its key taken.
    idempotency_key text NOT NULL UNIQUE,
    account_id      text NOT NULL,
    cashback_id     bigint REFERENCES payops.cashbacks (id),
    kind            text NOT NULL CHECK (kind IN ('credit', 'reversal')),
    amount          bigint NOT NULL CHECK (amount <> 0),
    currency        text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'credit') = (amount > 0))
);
CREATE INDEX ledger_entries_account ON payops.ledger_entries (account_id, created_at);

CREATE TABLE payops.balances (
    account_id text NOT NULL,
    currency   text NOT NULL,
    balance    bigint NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, currency)
);

-- Audit ------------------------------------------------------------------------------------

CREATE TABLE payops.audit_log (
    id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at     timestamptz NOT NULL DEFAULT now(),
    actor  text NOT NULL DEFAULT session_user,
    action text NOT NULL,
    target text NOT NULL,
    reason text,
    before jsonb,
    after  jsonb
);
CREATE INDEX audit_log_at ON payops.audit_log (at);
CREATE INDEX audit_log_target ON payops.audit_log (target, at);

-- Monthly partitions -----------------------------------------------------------------------

-- Creates the missing monthly partitions (parent_YYYY_MM, months in UTC) of a table
-- partitioned by time, covering [from_at, to_at]. Returns how many it created.
CREATE FUNCTION payops.ensure_monthly_partitions(parent text, from_at timestamptz,
                                                 to_at timestamptz)
RETURNS integer
LANGUAGE plpgsql
SET search_path = pg_catalog, payops, pg_temp
AS $$
DECLARE
    max_months constant integer := 120;
    first_month timestamp;
    last_month timestamp;
    m timestamp;
    created integer := 0;
    partition_name text;
    missing timestamp[] := '{}';
BEGIN
    IF parent NOT IN ('payment_events', 'attempts') THEN
        RAISE EXCEPTION 'parent: % is not a time-partitioned payops table', parent
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF from_at IS NULL OR to_at IS NULL THEN
        RAISE EXCEPTION 'from/to: both ends of the range are required'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF to_at < from_at THEN
        RAISE EXCEPTION 'to: % is before from %', to_at, from_at
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT isfinite(from_at) OR NOT isfinite(to_at) THEN
        RAISE EXCEPTION 'from/to: the range must be finite'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    first_month := date_trunc('month', from_at AT TIME ZONE 'UTC');
    last_month := date_trunc('month', to_at AT TIME ZONE 'UTC');
    IF last_month >= first_month + make_interval(months => max_months) THEN
        RAISE EXCEPTION 'to: the range % .. % spans more than % months of partitions',
            from_at, to_at, max_months
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Timestamps that far apart are usually a data error; split the call if they are not.';
    END IF;

    m := first_month;
    WHILE m <= last_month LOOP
        IF to_regclass(format('payops.%I', parent || to_char(m, '_YYYY_MM'))) IS NULL THEN
            missing := missing || m;
        END IF;
        m := m + interval '1 month';
    END LOOP;
    IF cardinality(missing) = 0 THEN
        RETURN 0;
    END IF;

    -- Two sessions may miss the same month: the second waits here, then finds it made.
    PERFORM pg_advisory_xact_lock(hashtext('payops.partitions.' || parent));
    FOREACH m IN ARRAY missing LOOP
        partition_name := parent || to_char(m, '_YYYY_MM');
        CONTINUE WHEN to_regclass(format('payops.%I', partition_name)) IS NOT NULL;
        EXECUTE format('CREATE TABLE payops.%I PARTITION OF payops.%I FOR VALUES FROM (%L) TO (%L)',
                       partition_name, parent,
                       m AT TIME ZONE 'UTC', (m + interval '1 month') AT TIME ZONE 'UTC');
        created := created + 1;
    END LOOP;
    RETURN created;
END
$$;

CREATE FUNCTION payops.ensure_payment_event_partitions(from_at timestamptz, to_at timestamptz)
RETURNS integer
LANGUAGE sql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$ SELECT payops.ensure_monthly_partitions('payment_events', from_at, to_at) $$;

CREATE FUNCTION payops.ensure_attempt_partitions(from_at timestamptz, to_at timestamptz)
RETURNS integer
LANGUAGE sql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$ SELECT payops.ensure_monthly_partitions('attempts', from_at, to_at) $$;

-- The months around the migration, so that a fresh store takes events right away.
SELECT payops.ensure_payment_event_partitions(now() - interval '1 month', now() + interval '2 months');
SELECT payops.ensure_attempt_partitions(now() - interval '1 month', now() + interval '2 months');
