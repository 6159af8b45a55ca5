-- payops schema, version 5: admin actions (rules, endpoints, campaigns) as audited SQL functions.
-- Each checks its input, does the work, writes one audit_log row with session_user and
-- NOTIFYs payops_events with "kind:id". Secrets never reach the audit log.

-- Admin: rules -----------------------------------------------------------------------------

-- rule_id NULL creates a rule; otherwise the save adds the next version of that rule.
-- Running detectors pick the new version up from the NOTIFY "rule:<id>".
CREATE FUNCTION payops.save_rule(rule_id bigint, name text, definition jsonb, comment text,
                                 enabled boolean DEFAULT true)
RETURNS payops.rules
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    was payops.rules;
    saved payops.rules;
BEGIN
    name := payops.check_text(name, 'name', 200);
    comment := payops.check_text(comment, 'comment', 2000);
    IF enabled IS NULL THEN
        PERFORM payops.refuse('enabled', 'is required');
    END IF;
    PERFORM payops.check_rule_definition(definition);
    IF rule_id IS NULL THEN
        rule_id := nextval('payops.rule_ids');
    ELSE
        PERFORM pg_advisory_xact_lock(hashtextextended('payops.rule', rule_id));
        SELECT * INTO was FROM payops.rules AS r
        WHERE r.rule_id = rule_id ORDER BY r.version DESC LIMIT 1;
        IF NOT FOUND THEN
            PERFORM payops.not_found('rule_id', 'rule', rule_id);
        END IF;
    END IF;
    INSERT INTO payops.rules (rule_id, version, name, definition, enabled, comment, created_by)
    VALUES (rule_id, coalesce(was.version, 0) + 1, name, definition, enabled, comment,
            session_user)
    RETURNING * INTO saved;
    PERFORM payops.audit('save_rule', 'rule:' || rule_id, comment,
                         CASE WHEN was.rule_id IS NULL THEN NULL ELSE to_jsonb(was) END,
                         to_jsonb(saved));
    RETURN saved;
END
$$;

-- Admin: endpoints -------------------------------------------------------------------------

-- The signing secret is write-only: NULL keeps the current one (required for a new
-- endpoint); it never reaches the audit log or an error message.
CREATE FUNCTION payops.save_endpoint(endpoint_id bigint, merchant_id text, url text,
                                     event_types text[] DEFAULT '{}', secret text DEFAULT NULL,
                                     description text DEFAULT '')
RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
    was payops.endpoints;
    saved payops.endpoints;
    secret_bytes integer;
    event_type text;
BEGIN
    merchant_id := payops.check_text(merchant_id, 'merchant_id', 200);
    url := payops.check_text(url, 'url', 2048);
    IF url !~ '^https?://[^\s/?#]+' THEN
        PERFORM payops.refuse('url', 'must be an http:// or https:// URL with a host');
    END IF;
    IF event_types IS NULL THEN
        event_types := '{}';
    END IF;
    FOREACH event_type IN ARRAY event_types LOOP
        IF event_type IS NULL OR event_type !~ '^[a-z0-9_]+(\.[a-z0-9_*]+)*$' THEN
            PERFORM payops.refuse('event_types',
                format('%s is not an event type such as payment.captured or downtime.*',
                       coalesce(event_type, 'null')));
        END IF;
    END LOOP;
    description := coalesce(description, '');
    IF length(description) > 1000 THEN
        PERFORM payops.refuse('description', 'must be at most 1000 characters');
    END IF;
    IF secret IS NOT NULL THEN
        IF secret !~ '^whsec_[A-Za-z0-9+/]+={0,2}$' THEN
            PERFORM payops.refuse('secret', 'must be whsec_ followed by base64');
        END IF;
        BEGIN
            secret_bytes := length(decode(substr(secret, 7), 'base64'));
        EXCEPTION WHEN OTHERS THEN
            PERFORM payops.refuse('secret', 'must be whsec_ followed by valid base64');
        END;
        IF secret_bytes NOT BETWEEN 24 AND 64 THEN
            PERFORM payops.refuse('secret', format(
                'must encode 24 to 64 random bytes (this one has %s)', secret_bytes));
        END IF;
    END IF;

    IF endpoint_id IS NULL THEN
        IF secret IS NULL THEN
            PERFORM payops.refuse('secret', 'is required for a new endpoint');
        END IF;
        INSERT INTO payops.endpoints (merchant_id, url, description, event_types)
        VALUES (merchant_id, url, description, event_types)
        RETURNING * INTO saved;
    ELSE
        SELECT * INTO was FROM payops.endpoints AS e WHERE e.id = endpoint_id FOR UPDATE;
        IF NOT FOUND THEN
            PERFORM payops.not_found('endpoint_id', 'endpoint', endpoint_id);
        END IF;
        UPDATE payops.endpoints AS e
        SET merchant_id = merchant_id, url = url, description = description,
            event_types = event_types, updated_at = now()
        WHERE e.id = endpoint_id
        RETURNING * INTO saved;
    END IF;
    IF secret IS NOT NULL THEN
        INSERT INTO payops.endpoint_secrets (endpoint_id, secret) VALUES (saved.id, secret)
        ON CONFLICT ON CONSTRAINT endpoint_secrets_pkey
        DO UPDATE SET secret = excluded.secret, set_at = now();
    END IF;
    PERFORM payops.audit('save_endpoint', 'endpoint:' || saved.id, NULL,
                         CASE WHEN was.id IS NULL THEN NULL ELSE to_jsonb(was) END,
                         to_jsonb(saved) || jsonb_build_object('secret_changed', secret IS NOT NULL));
    RETURN saved.id;
END
$$;

CREATE FUNCTION payops.set_endpoint_enabled(endpoint_id bigint, enabled boolean, reason text)
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
    IF enabled IS NULL THEN
        PERFORM payops.refuse('enabled', 'is required');
    END IF;
    reason := payops.check_text(reason, 'reason', 1000);
    SELECT * INTO was FROM payops.endpoints AS e WHERE e.id = endpoint_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM payops.not_found('endpoint_id', 'endpoint', endpoint_id);
    END IF;
    UPDATE payops.endpoints AS e
    SET enabled = enabled,
        disabled_reason = CASE WHEN enabled THEN NULL ELSE reason END,
        disabled_at = CASE WHEN enabled THEN NULL ELSE now() END,
        consecutive_failures = CASE WHEN enabled THEN 0 ELSE e.consecutive_failures END,
        failing_since = CASE WHEN enabled THEN NULL ELSE e.failing_since END,
        updated_at = now()
    WHERE e.id = endpoint_id
    RETURNING * INTO saved;
    PERFORM payops.audit(CASE WHEN enabled THEN 'enable_endpoint' ELSE 'disable_endpoint' END,
                         'endpoint:' || endpoint_id, reason, to_jsonb(was), to_jsonb(saved));
END
$$;

-- Admin: cashback campaigns ----------------------------------------------------------------

-- campaign_id NULL creates a campaign; otherwise it is updated in place (cashbacks already
-- earned keep their amounts).
CREATE FUNCTION payops.save_campaign(campaign_id bigint, name text, merchant_id text,
                                     percent numeric, cap_amount bigint, min_amount bigint,
                                     currency text, valid_from timestamptz,
                                     valid_to timestamptz, enabled boolean DEFAULT true)
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
    merchant_id := payops.check_text(merchant_id, 'merchant_id', 200);
    IF percent IS NULL OR percent <= 0 OR percent > 100 OR percent <> round(percent, 2) THEN
        PERFORM payops.refuse('percent', 'must be greater than 0 and at most 100, with at most two decimals');
    END IF;
    IF cap_amount IS NULL OR cap_amount <= 0 THEN
        PERFORM payops.refuse('cap_amount', 'must be greater than 0 (minor units)');
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
        INSERT INTO payops.cashback_campaigns (name, merchant_id, percent, cap_amount, min_amount,
                                               currency, valid_from, valid_to, enabled, created_by)
        VALUES (name, merchant_id, percent, cap_amount, min_amount, currency, valid_from,
                valid_to, enabled, session_user)
        RETURNING * INTO saved;
    ELSE
        SELECT * INTO was FROM payops.cashback_campaigns AS c WHERE c.id = campaign_id FOR UPDATE;
        IF NOT FOUND THEN
            PERFORM payops.not_found('campaign_id', 'campaign', campaign_id);
        END IF;
        UPDATE payops.cashback_campaigns AS c
        SET name = name, merchant_id = merchant_id, percent = percent, cap_amount = cap_amount,
            min_amount = min_amount, currency = currency, valid_from = valid_from,
            valid_to = valid_to, enabled = enabled
        WHERE c.id = campaign_id
        RETURNING * INTO saved;
    END IF;
    PERFORM payops.audit('save_campaign', 'campaign:' || saved.id, NULL,
                         CASE WHEN was.id IS NULL THEN NULL ELSE to_jsonb(was) END,
                         to_jsonb(saved));
    RETURN saved.id;
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA payops FROM PUBLIC;
GRANT EXECUTE ON FUNCTION payops.save_rule(bigint, text, jsonb, text, boolean),
                          payops.save_endpoint(bigint, text, text, text[], text, text),
                          payops.set_endpoint_enabled(bigint, boolean, text),
                          payops.save_campaign(bigint, text, text, numeric, bigint, bigint, text,
                                               timestamptz, timestamptz, boolean)
    TO payops_admin;
