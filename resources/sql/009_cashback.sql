-- payops schema, version 9: the cashback pipeline (`payops cashback`).
-- captured payment event → cashback computed (unique per payment) → credit message confirmed
-- by RabbitMQ (published_at) → ledger entry + balance written by a balance worker
-- (credited_at); a refund → reversal message → reversal entry (reversed_at). Messages that
-- cannot be applied are recorded in cashback_dead_letters with the reason. Every engine
-- transaction NOTIFYs payops_cashback once with a tiny payload ("computed:n", ...).

-- The durable cursor over payment_events: (tx, seq) below the snapshot's xmin, so that no
-- transaction commits behind it. 008 (detection) adds the same column; both are kept in step.
ALTER TABLE payops.payment_events
    ADD COLUMN IF NOT EXISTS tx xid8 NOT NULL DEFAULT pg_current_xact_id();
DO $$
BEGIN
    IF NOT EXISTS (
        SELECT FROM pg_index AS i
        JOIN pg_class AS c ON c.oid = i.indrelid
        WHERE c.oid = 'payops.payment_events'::regclass
          AND i.indkey::text = (SELECT string_agg(attnum::text, ' ' ORDER BY ord)
                                FROM unnest(ARRAY['tx', 'seq']) WITH ORDINALITY AS k(name, ord)
                                JOIN pg_attribute AS a
                                  ON a.attrelid = c.oid AND a.attname = k.name)) THEN
        CREATE INDEX payment_events_tx_seq ON payops.payment_events (tx, seq);
    END IF;
END
$$;

-- Merchant groups: a campaign targets one merchant or one group. -----------------------------

CREATE TABLE payops.merchant_groups (
    name       text PRIMARY KEY CHECK (btrim(name) <> ''),
    created_by text NOT NULL DEFAULT session_user,
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE payops.merchant_group_members (
    group_name  text NOT NULL REFERENCES payops.merchant_groups (name) ON DELETE CASCADE,
    merchant_id text NOT NULL CHECK (btrim(merchant_id) <> ''),
    PRIMARY KEY (group_name, merchant_id)
);
CREATE INDEX merchant_group_members_merchant ON payops.merchant_group_members (merchant_id);

-- Campaigns: cap_amount is the cap per payment; customer_cap (NULL: none) caps what one
-- customer earns from the campaign per cap_period (UTC day, ISO week, month, or the whole
-- campaign).
ALTER TABLE payops.cashback_campaigns
    ALTER COLUMN merchant_id DROP NOT NULL,
    ADD COLUMN merchant_group text REFERENCES payops.merchant_groups (name),
    ADD COLUMN customer_cap bigint CHECK (customer_cap > 0),
    ADD COLUMN cap_period text NOT NULL DEFAULT 'campaign'
        CHECK (cap_period IN ('day', 'week', 'month', 'campaign')),
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
    ADD CONSTRAINT cashback_campaigns_target CHECK ((merchant_id IS NULL) <> (merchant_group IS NULL));
CREATE INDEX cashback_campaigns_group ON payops.cashback_campaigns (merchant_group)
    WHERE merchant_group IS NOT NULL;

-- Cashbacks: account_id is the customer (the events' extra customer_id). Stage times:
-- captured_at (the payment's captured event), created_at (computed), published_at (credit
-- confirmed by the broker), credited_at (ledger entry written), refunded_at (the refund
-- event), reversal_published_at, reversed_at (reversal entry written), dead_lettered_at.
ALTER TABLE payops.cashbacks
    ADD COLUMN percent numeric(5, 2),
    ADD COLUMN period_start timestamptz,
    ADD COLUMN captured_at timestamptz,
    ADD COLUMN refunded_at timestamptz,
    ADD COLUMN reversal_published_at timestamptz,
    ADD COLUMN dead_lettered_at timestamptz;
CREATE INDEX cashbacks_account ON payops.cashbacks (account_id, created_at);
CREATE INDEX cashbacks_merchant ON payops.cashbacks (merchant_id, created_at);
CREATE INDEX cashbacks_created ON payops.cashbacks (created_at, id);
-- The outbox of the publisher: credits and reversals not yet confirmed by the broker.
CREATE INDEX cashbacks_unpublished ON payops.cashbacks (id) WHERE published_at IS NULL;
CREATE INDEX cashbacks_reversal_unpublished ON payops.cashbacks (id)
    WHERE refunded_at IS NOT NULL AND reversal_published_at IS NULL;
CREATE INDEX ledger_entries_cashback ON payops.ledger_entries (cashback_id);

-- What each customer earned per campaign and period (the per-customer cap).
CREATE TABLE payops.cashback_customer_usage (
    campaign_id  bigint NOT NULL REFERENCES payops.cashback_campaigns (id),
    account_id   text NOT NULL,
    period_start timestamptz NOT NULL,
    amount       bigint NOT NULL DEFAULT 0 CHECK (amount >= 0),
    PRIMARY KEY (campaign_id, account_id, period_start)
);

-- Where the compute stage stands in payment_events (one row).
CREATE TABLE payops.cashback_cursor (
    singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    tx         xid8 NOT NULL DEFAULT '0',
    seq        bigint NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO payops.cashback_cursor DEFAULT VALUES;

-- Credit messages a balance worker could not apply (also in RabbitMQ's payops.credits.dead).
-- message_key: the message's idempotency key (or md5 of a body without one): a redelivered
-- poison message is recorded once.
CREATE TABLE payops.cashback_dead_letters (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_key text NOT NULL UNIQUE,
    cashback_id bigint REFERENCES payops.cashbacks (id),
    kind        text,
    reason      text NOT NULL,
    body        text NOT NULL,
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cashback_dead_letters_cashback ON payops.cashback_dead_letters (cashback_id, at);
CREATE INDEX cashback_dead_letters_at ON payops.cashback_dead_letters (at);

-- Admin: merchant groups and campaigns -------------------------------------------------------

-- Creates or replaces a group's members.
CREATE FUNCTION payops.save_merchant_group(name text, merchant_ids text[], reason text)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    was text[];
    member text;
BEGIN
    name := payops.check_text(name, 'name', 200);
    reason := payops.check_text(reason, 'reason', 1000);
    IF merchant_ids IS NULL OR cardinality(merchant_ids) = 0 THEN
        PERFORM payops.refuse('merchant_ids', 'give at least one merchant');
    END IF;
    FOREACH member IN ARRAY merchant_ids LOOP
        IF member IS NULL OR btrim(member) = '' THEN
            PERFORM payops.refuse('merchant_ids', 'must not contain an empty merchant id');
        END IF;
    END LOOP;
    SELECT array_agg(m.merchant_id ORDER BY m.merchant_id) INTO was
    FROM payops.merchant_group_members AS m WHERE m.group_name = name;
    INSERT INTO payops.merchant_groups AS g (name) VALUES (name)
    ON CONFLICT ON CONSTRAINT merchant_groups_pkey DO UPDATE SET updated_at = now();
    DELETE FROM payops.merchant_group_members AS m WHERE m.group_name = name;
    INSERT INTO payops.merchant_group_members (group_name, merchant_id)
    SELECT DISTINCT name, btrim(x) FROM unnest(merchant_ids) AS x;
    PERFORM payops.audit('save_merchant_group', 'merchant_group:' || name, reason,
                         CASE WHEN was IS NULL THEN NULL ELSE to_jsonb(was) END,
                         (SELECT to_jsonb(array_agg(DISTINCT btrim(x))) FROM unnest(merchant_ids) AS x));
END
$$;

-- The first ten parameters are those of version 5's save_campaign (calls keep working);
-- merchant_id NULL with merchant_group set targets a group.
DROP FUNCTION payops.save_campaign(bigint, text, text, numeric, bigint, bigint, text, timestamptz,
                                   timestamptz, boolean);
CREATE FUNCTION payops.save_campaign(campaign_id bigint, name text, merchant_id text,
                                     percent numeric, cap_amount bigint, min_amount bigint,
                                     currency text, valid_from timestamptz,
                                     valid_to timestamptz, enabled boolean DEFAULT true,
                                     merchant_group text DEFAULT NULL,
                                     customer_cap bigint DEFAULT NULL,
                                     cap_period text DEFAULT 'campaign')
RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    was payops.cashback_campaigns;
    saved payops.cashback_campaigns;
BEGIN
    name := payops.check_text(name, 'name', 200);
    IF (merchant_id IS NULL OR btrim(merchant_id) = '') = (merchant_group IS NULL OR btrim(merchant_group) = '') THEN
        PERFORM payops.refuse('merchant_id', 'give either a merchant or a merchant group');
    END IF;
    IF merchant_id IS NOT NULL AND btrim(merchant_id) <> '' THEN
        merchant_id := payops.check_text(merchant_id, 'merchant_id', 200);
        merchant_group := NULL;
    ELSE
        merchant_id := NULL;
        merchant_group := btrim(merchant_group);
        IF NOT EXISTS (SELECT FROM payops.merchant_groups AS g WHERE g.name = merchant_group) THEN
            PERFORM payops.refuse('merchant_group', format('no merchant group named %s', merchant_group));
        END IF;
    END IF;
    IF percent IS NULL OR percent <= 0 OR percent > 100 OR percent <> round(percent, 2) THEN
        PERFORM payops.refuse('percent', 'must be greater than 0 and at most 100, with at most two decimals');
    END IF;
    IF cap_amount IS NULL OR cap_amount <= 0 THEN
        PERFORM payops.refuse('cap_amount', 'must be greater than 0 (minor units)');
    END IF;
    IF customer_cap IS NOT NULL AND customer_cap <= 0 THEN
        PERFORM payops.refuse('customer_cap', 'must be greater than 0 (minor units), or empty for no cap');
    END IF;
    IF cap_period IS NULL OR cap_period NOT IN ('day', 'week', 'month', 'campaign') THEN
        PERFORM payops.refuse('cap_period', 'must be one of day, week, month, campaign');
    END IF;
    IF min_amount IS NULL OR min_amount < 0 THEN
        PERFORM payops.refuse('min_amount', 'must be 0 or more (minor units)');
    END IF;
    IF currency IS NULL OR currency !~ '^[A-Z]{3}$' THEN
        PERFORM payops.refuse('currency', 'must be a three-letter ISO 4217 code such as INR');
    END IF;
    IF valid_from IS NULL THEN
        PERFORM payops.refuse('valid_from', 'is required');
    END IF;
    IF valid_to IS NULL OR valid_to <= valid_from THEN
        PERFORM payops.refuse('valid_to', 'must be after valid_from');
    END IF;
    IF enabled IS NULL THEN
        PERFORM payops.refuse('enabled', 'is required');
    END IF;

    IF campaign_id IS NULL THEN
        INSERT INTO payops.cashback_campaigns (name, merchant_id, merchant_group, percent,
                                               cap_amount, customer_cap, cap_period, min_amount,
                                               currency, valid_from, valid_to, enabled, created_by)
        VALUES (name, merchant_id, merchant_group, percent, cap_amount, customer_cap, cap_period,
                min_amount, currency, valid_from, valid_to, enabled, session_user)
        RETURNING * INTO saved;
    ELSE
        SELECT * INTO was FROM payops.cashback_campaigns AS c WHERE c.id = campaign_id FOR UPDATE;
        IF NOT FOUND THEN
            PERFORM payops.not_found('campaign_id', 'campaign', campaign_id);
        END IF;
        UPDATE payops.cashback_campaigns AS c
        SET name = name, merchant_id = merchant_id, merchant_group = merchant_group,
            percent = percent, cap_amount = cap_amount, customer_cap = customer_cap,
            cap_period = cap_period, min_amount = min_amount, currency = currency,
            valid_from = valid_from, valid_to = valid_to, enabled = enabled, updated_at = now()
        WHERE c.id = campaign_id
        RETURNING * INTO saved;
    END IF;
    PERFORM payops.audit('save_campaign', 'campaign:' || saved.id, NULL,
                         CASE WHEN was.id IS NULL THEN NULL ELSE to_jsonb(was) END,
                         to_jsonb(saved));
    PERFORM pg_notify('payops_cashback', 'campaign:' || saved.id);
    RETURN saved.id;
END
$$;

CREATE FUNCTION payops.set_campaign_enabled(campaign_id bigint, enabled boolean, reason text)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    was payops.cashback_campaigns;
    saved payops.cashback_campaigns;
BEGIN
    PERFORM payops.check_id(campaign_id, 'campaign_id');
    IF enabled IS NULL THEN
        PERFORM payops.refuse('enabled', 'is required');
    END IF;
    reason := payops.check_text(reason, 'reason', 1000);
    SELECT * INTO was FROM payops.cashback_campaigns AS c WHERE c.id = campaign_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM payops.not_found('campaign_id', 'campaign', campaign_id);
    END IF;
    UPDATE payops.cashback_campaigns AS c SET enabled = enabled, updated_at = now()
    WHERE c.id = campaign_id RETURNING * INTO saved;
    PERFORM payops.audit(CASE WHEN enabled THEN 'enable_campaign' ELSE 'disable_campaign' END,
                         'campaign:' || campaign_id, reason, to_jsonb(was), to_jsonb(saved));
    PERFORM pg_notify('payops_cashback', 'campaign:' || campaign_id);
END
$$;

-- Operator: sends a dead-lettered (or stuck) credit or reversal again; the idempotency key
-- keeps a second delivery from crediting twice.
CREATE FUNCTION payops.requeue_cashback(cashback_id bigint, reason text)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    was payops.cashbacks;
    saved payops.cashbacks;
BEGIN
    PERFORM payops.check_id(cashback_id, 'cashback_id');
    reason := payops.check_text(reason, 'reason', 1000);
    SELECT * INTO was FROM payops.cashbacks AS c WHERE c.id = cashback_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM payops.not_found('cashback_id', 'cashback', cashback_id);
    END IF;
    IF was.reversed_at IS NOT NULL OR (was.credited_at IS NOT NULL AND was.refunded_at IS NULL) THEN
        RAISE EXCEPTION 'cashback_id: cashback % has nothing left to send', cashback_id
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    UPDATE payops.cashbacks AS c
    SET published_at = CASE WHEN c.credited_at IS NULL THEN NULL ELSE c.published_at END,
        reversal_published_at = CASE WHEN c.refunded_at IS NOT NULL THEN NULL
                                     ELSE c.reversal_published_at END,
        dead_lettered_at = NULL
    WHERE c.id = cashback_id RETURNING * INTO saved;
    PERFORM payops.audit('requeue_cashback', 'cashback:' || cashback_id, reason, to_jsonb(was),
                         to_jsonb(saved));
    PERFORM pg_notify('payops_cashback', 'requeued:1');
END
$$;

-- Engine: the compute stage ------------------------------------------------------------------

-- One compute batch in one transaction: new cashbacks (a payment already having one keeps
-- it), refunds of paid-out payments, per-customer usage deltas and the cursor.
-- cashbacks: [{payment_id, campaign_id, merchant_id, account_id, payment_amount, amount,
--              currency, percent, period_start, captured_at}]
-- refunds:   [{payment_id, refunded_at}]
-- usage:     [{campaign_id, account_id, period_start, amount}] (deltas, may be negative)
CREATE FUNCTION payops.commit_cashback_batch(cashbacks jsonb, refunds jsonb, usage jsonb,
                                             cursor_tx xid8, cursor_seq bigint)
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
DECLARE
    made integer;
    reversed integer;
BEGIN
    INSERT INTO payops.cashbacks (payment_id, campaign_id, merchant_id, account_id,
                                  payment_amount, amount, currency, percent, period_start,
                                  captured_at)
    SELECT c.payment_id, c.campaign_id, c.merchant_id, c.account_id, c.payment_amount, c.amount,
           c.currency, c.percent, c.period_start, c.captured_at
    FROM jsonb_to_recordset(coalesce(cashbacks, '[]')) AS c(
        payment_id text, campaign_id bigint, merchant_id text, account_id text,
        payment_amount bigint, amount bigint, currency text, percent numeric,
        period_start timestamptz, captured_at timestamptz)
    ORDER BY c.payment_id
    ON CONFLICT (payment_id) DO NOTHING;
    GET DIAGNOSTICS made = ROW_COUNT;

    -- Rows are locked in id order, as the balance workers and the publisher lock them.
    PERFORM 1 FROM payops.cashbacks AS c
    WHERE c.payment_id IN (SELECT r.payment_id FROM jsonb_to_recordset(coalesce(refunds, '[]'))
                                                     AS r(payment_id text))
    ORDER BY c.id FOR UPDATE;
    UPDATE payops.cashbacks AS c
    SET refunded_at = r.refunded_at,
        state = CASE WHEN c.state = 'reversed' THEN c.state ELSE 'reversal_pending' END
    FROM jsonb_to_recordset(coalesce(refunds, '[]')) AS r(payment_id text, refunded_at timestamptz)
    WHERE c.payment_id = r.payment_id AND c.refunded_at IS NULL;
    GET DIAGNOSTICS reversed = ROW_COUNT;

    INSERT INTO payops.cashback_customer_usage AS u (campaign_id, account_id, period_start, amount)
    SELECT d.campaign_id, d.account_id, d.period_start, greatest(sum(d.amount), 0)
    FROM jsonb_to_recordset(coalesce(usage, '[]')) AS d(
        campaign_id bigint, account_id text, period_start timestamptz, amount bigint)
    GROUP BY 1, 2, 3
    ORDER BY 1, 2, 3
    ON CONFLICT (campaign_id, account_id, period_start)
    DO UPDATE SET amount = greatest(u.amount + EXCLUDED.amount, 0);

    UPDATE payops.cashback_cursor SET tx = cursor_tx, seq = cursor_seq, updated_at = now();
    IF made > 0 OR reversed > 0 THEN
        PERFORM pg_notify('payops_cashback', 'computed:' || made || ',' || reversed);
    END IF;
    RETURN made;
END
$$;

-- The broker confirmed these credits and reversals.
CREATE FUNCTION payops.mark_cashbacks_published(credit_ids bigint[], reversal_ids bigint[])
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
BEGIN
    PERFORM 1 FROM payops.cashbacks AS c
    WHERE c.id = ANY (credit_ids) OR c.id = ANY (reversal_ids)
    ORDER BY c.id FOR UPDATE;
    UPDATE payops.cashbacks AS c
    SET published_at = now(), state = CASE WHEN c.state = 'pending' THEN 'published' ELSE c.state END
    WHERE c.id = ANY (credit_ids) AND c.published_at IS NULL;
    UPDATE payops.cashbacks AS c SET reversal_published_at = now()
    WHERE c.id = ANY (reversal_ids) AND c.reversal_published_at IS NULL;
    PERFORM pg_notify('payops_cashback', 'published:' ||
                      (coalesce(cardinality(credit_ids), 0) + coalesce(cardinality(reversal_ids), 0)));
END
$$;

-- Engine: the balance workers ------------------------------------------------------------------

-- Applies one batch of credit messages in one transaction. Each message (in order):
-- {key, cashback_id, kind ('credit' | 'reversal'), account_id, amount, currency, body}, or
-- {key, reason, body} for one the worker could not read. A key already in the ledger (or
-- earlier in the batch) changes nothing ('duplicate'); a message that does not match its
-- cashback is recorded in cashback_dead_letters ('dead'). Returns each message's item
-- number (1-based), outcome and the reason of dead ones.
CREATE FUNCTION payops.apply_cashback_credits(messages jsonb)
RETURNS TABLE (item integer, outcome text, reason text)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
DECLARE
    applied integer;
    dead integer;
BEGIN
    CREATE TEMP TABLE credit_batch (
        item integer, key text, cashback_id bigint, kind text, account_id text,
        amount bigint, currency text, body text, reason text, outcome text) ON COMMIT DROP;
    INSERT INTO credit_batch
    SELECT e.item::integer, m.key, m.cashback_id, m.kind, m.account_id, m.amount, m.currency,
           left(coalesce(m.body, ''), 2000), m.reason, NULL
    FROM jsonb_array_elements(coalesce(messages, '[]')) WITH ORDINALITY AS e(value, item),
         jsonb_to_record(e.value) AS m(key text, cashback_id bigint, kind text, account_id text,
                                       amount bigint, currency text, body text, reason text);

    UPDATE credit_batch AS b
    SET reason = CASE
        WHEN b.key IS NULL THEN 'key: missing'
        WHEN c.id IS NULL THEN format('cashback_id: no cashback with id %s', b.cashback_id)
        WHEN b.kind IS NULL OR b.kind NOT IN ('credit', 'reversal') THEN 'kind: must be credit or reversal'
        WHEN b.key <> b.kind || ':' || c.id THEN format('key: must be %s:%s', b.kind, c.id)
        WHEN b.account_id IS DISTINCT FROM c.account_id THEN 'account_id: differs from the cashback''s'
        WHEN b.currency IS DISTINCT FROM c.currency THEN 'currency: differs from the cashback''s'
        WHEN b.amount IS DISTINCT FROM c.amount THEN 'amount: differs from the cashback''s'
        WHEN b.kind = 'reversal' AND c.refunded_at IS NULL THEN 'kind: reversal of a cashback whose payment was not refunded'
        END
    FROM credit_batch AS b2
    LEFT JOIN payops.cashbacks AS c ON c.id = b2.cashback_id
    WHERE b.item = b2.item AND b.reason IS NULL;
    UPDATE credit_batch AS b SET key = coalesce(b.key, 'item:' || b.item);
    -- Locks in id order: workers and the publisher touching the same cashbacks wait for each
    -- other instead of deadlocking.
    PERFORM 1 FROM payops.cashbacks AS c
    WHERE c.id IN (SELECT b.cashback_id FROM credit_batch AS b)
    ORDER BY c.id FOR UPDATE;

    INSERT INTO payops.cashback_dead_letters AS d (message_key, cashback_id, kind, reason, body)
    SELECT DISTINCT ON (b.key) b.key, c.id, b.kind, b.reason, b.body
    FROM credit_batch AS b LEFT JOIN payops.cashbacks AS c ON c.id = b.cashback_id
    WHERE b.reason IS NOT NULL
    ORDER BY b.key, b.item
    ON CONFLICT (message_key)
    DO UPDATE SET reason = EXCLUDED.reason, body = EXCLUDED.body, at = now();
    UPDATE payops.cashbacks AS c SET dead_lettered_at = now()
    FROM credit_batch AS b WHERE b.reason IS NOT NULL AND c.id = b.cashback_id;
    UPDATE credit_batch AS b SET outcome = 'dead' WHERE b.reason IS NOT NULL;
    GET DIAGNOSTICS dead = ROW_COUNT;

    WITH written AS (
        INSERT INTO payops.ledger_entries (idempotency_key, account_id, cashback_id, kind, amount,
                                           currency)
        SELECT DISTINCT ON (b.key) b.key, b.account_id, b.cashback_id, b.kind,
               CASE b.kind WHEN 'credit' THEN b.amount ELSE -b.amount END, b.currency
        FROM credit_batch AS b WHERE b.reason IS NULL
        ORDER BY b.key, b.item
        ON CONFLICT (idempotency_key) DO NOTHING
        RETURNING idempotency_key, account_id, cashback_id, kind, amount, currency
    ), balance AS (
        INSERT INTO payops.balances AS bal (account_id, currency, balance)
        SELECT w.account_id, w.currency, sum(w.amount) FROM written AS w
        GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (account_id, currency)
        DO UPDATE SET balance = bal.balance + EXCLUDED.balance, updated_at = now()
    ), stages AS (
        UPDATE payops.cashbacks AS c
        SET credited_at = CASE WHEN w.credit THEN now() ELSE c.credited_at END,
            reversed_at = CASE WHEN w.reversal THEN now() ELSE c.reversed_at END,
            state = CASE WHEN w.reversal OR c.reversed_at IS NOT NULL THEN 'reversed'
                         WHEN c.state IN ('pending', 'published') THEN 'credited'
                         ELSE c.state END
        FROM (SELECT cashback_id, bool_or(kind = 'credit') AS credit,
                     bool_or(kind = 'reversal') AS reversal
              FROM written GROUP BY cashback_id) AS w
        WHERE c.id = w.cashback_id
    )
    UPDATE credit_batch AS b SET outcome = 'applied'
    FROM written AS w
    WHERE b.key = w.idempotency_key
      AND b.item = (SELECT min(b2.item) FROM credit_batch AS b2
                        WHERE b2.key = b.key AND b2.reason IS NULL);
    GET DIAGNOSTICS applied = ROW_COUNT;
    UPDATE credit_batch AS b SET outcome = 'duplicate' WHERE b.outcome IS NULL;

    IF applied > 0 OR dead > 0 THEN
        PERFORM pg_notify('payops_cashback', 'credited:' || applied || ',' || dead);
    END IF;
    RETURN QUERY SELECT b.item, b.outcome, b.reason FROM credit_batch AS b ORDER BY b.item;
    DROP TABLE credit_batch;
END
$$;

-- Grants -------------------------------------------------------------------------------------

GRANT SELECT ON payops.merchant_groups, payops.merchant_group_members,
                payops.cashback_customer_usage, payops.cashback_cursor,
                payops.cashback_dead_letters
    TO payops_viewer;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA payops FROM PUBLIC;
GRANT EXECUTE ON FUNCTION payops.save_merchant_group(text, text[], text),
                          payops.save_campaign(bigint, text, text, numeric, bigint, bigint, text,
                                               timestamptz, timestamptz, boolean, text, bigint,
                                               text),
                          payops.set_campaign_enabled(bigint, boolean, text)
    TO payops_admin;
GRANT EXECUTE ON FUNCTION payops.requeue_cashback(bigint, text) TO payops_operator;
GRANT EXECUTE ON FUNCTION payops.commit_cashback_batch(jsonb, jsonb, jsonb, xid8, bigint),
                          payops.mark_cashbacks_published(bigint[], bigint[]),
                          payops.apply_cashback_credits(jsonb)
    TO payops_engine;
