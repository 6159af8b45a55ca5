-- payops schema, version 3: operator and admin actions as audited SQL functions.
-- Each checks its input (errors name the field: "ends_at: must be after starts_at"), does the
-- work, writes one audit_log row with session_user and NOTIFYs payops_events with "kind:id".
-- SQLSTATEs: 22023 bad input, P0002 unknown id, 55000 not possible in the current state.

-- Internal helpers (EXECUTE for the owner only) ----------------------------------------------

CREATE FUNCTION payops.refuse(field text, reason text)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, payops, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION '%: %', field, reason USING ERRCODE = 'invalid_parameter_value';
END
$$;

CREATE FUNCTION payops.not_found(field text, what text, id bigint)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, payops, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION '%: no % with id %', field, what, id USING ERRCODE = 'no_data_found';
END
$$;

CREATE FUNCTION payops.check_text(value text, field text, max_length integer)
RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, payops, pg_temp
AS $$
BEGIN
    IF value IS NULL OR btrim(value) = '' THEN
        PERFORM payops.refuse(field, 'must not be empty');
    END IF;
    IF length(value) > max_length THEN
        PERFORM payops.refuse(field, format('must be at most %s characters', max_length));
    END IF;
    RETURN btrim(value);
END
$$;

CREATE FUNCTION payops.check_id(value bigint, field text)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, payops, pg_temp
AS $$
BEGIN
    IF value IS NULL THEN
        PERFORM payops.refuse(field, 'is required');
    END IF;
    RETURN value;
END
$$;

CREATE FUNCTION payops.audit(action text, target text, reason text, before jsonb, after jsonb)
RETURNS void
LANGUAGE sql
SET search_path = pg_catalog, payops, pg_temp
AS $$
    INSERT INTO payops.audit_log (actor, action, target, reason, before, after)
    VALUES (session_user, action, target, reason, before, after);
    SELECT pg_notify('payops_events', target);
$$;

-- JSON field checks for rule definitions and mutes.

CREATE FUNCTION payops.check_keys(value jsonb, field text, allowed text[])
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, payops, pg_temp
AS $$
DECLARE
    key text;
BEGIN
    IF value IS NULL OR jsonb_typeof(value) <> 'object' THEN
        PERFORM payops.refuse(field, 'must be a JSON object');
    END IF;
    FOR key IN SELECT jsonb_object_keys(value) LOOP
        IF NOT key = ANY (allowed) THEN
            PERFORM payops.refuse(CASE WHEN field = 'definition' THEN key ELSE field || '.' || key END,
                                  'unknown field (expected one of: ' || array_to_string(allowed, ', ') || ')');
        END IF;
    END LOOP;
END
$$;

CREATE FUNCTION payops.check_integer(value jsonb, field text, low bigint, high bigint)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = pg_catalog, payops, pg_temp
AS $$
BEGIN
    IF value IS NULL OR jsonb_typeof(value) <> 'number' THEN
        PERFORM payops.refuse(field, format('must be an integer from %s to %s', low, high));
    END IF;
    IF value::numeric <> trunc(value::numeric) OR value::numeric NOT BETWEEN low AND high THEN
        PERFORM payops.refuse(field, format('must be an integer from %s to %s', low, high));
    END IF;
    RETURN value::numeric;
END
$$;

CREATE FUNCTION payops.check_fraction(value jsonb, field text)
RETURNS numeric
LANGUAGE plpgsql
SET search_path = pg_catalog, payops, pg_temp
AS $$
BEGIN
    IF value IS NULL OR jsonb_typeof(value) <> 'number' THEN
        PERFORM payops.refuse(field, 'must be a number greater than 0 and at most 1');
    END IF;
    IF value::numeric <= 0 OR value::numeric > 1 THEN
        PERFORM payops.refuse(field, 'must be a number greater than 0 and at most 1');
    END IF;
    RETURN value::numeric;
END
$$;

CREATE FUNCTION payops.check_string(value jsonb, field text)
RETURNS text
LANGUAGE plpgsql
SET search_path = pg_catalog, payops, pg_temp
AS $$
BEGIN
    IF value IS NULL OR jsonb_typeof(value) <> 'string' OR btrim(value #>> '{}') = '' THEN
        PERFORM payops.refuse(field, 'must be a non-empty string');
    END IF;
    RETURN value #>> '{}';
END
$$;

-- Public checks and predicates -------------------------------------------------------------

-- Refuses a detection rule definition with the field and the reason; the console's rule
-- editor calls it before saving. Shape:
-- {"cohort": {"filters": {"issuer": "HDFC"}, "group_by": ["method"]},
--  "window": {"kind": "time", "size_seconds": 300, "step_seconds": 60} | {"kind": "count", "n": 500},
--  "min_volume": 50, "open_below": 0.8, "recover_above": 0.9, "open_after": 2,
--  "resolve_after": 3, "severity": [{"name": "critical", "below": 0.5}, ...]}
CREATE FUNCTION payops.check_rule_definition(definition jsonb)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
DECLARE
    dimensions constant text[] := ARRAY['method', 'issuer', 'network', 'card_type', 'gateway',
                                        'merchant_id'];
    required constant text[] := ARRAY['cohort', 'window', 'min_volume', 'open_below',
                                      'recover_above', 'open_after', 'resolve_after', 'severity'];
    key text;
    value jsonb;
    item jsonb;
    i integer;
    size bigint;
    open_below numeric;
    below numeric;
    names text[] := '{}';
    belows numeric[] := '{}';
BEGIN
    PERFORM payops.check_keys(definition, 'definition', required);
    FOREACH key IN ARRAY required LOOP
        IF NOT definition ? key THEN
            PERFORM payops.refuse(key, 'is required');
        END IF;
    END LOOP;

    PERFORM payops.check_keys(definition -> 'cohort', 'cohort', ARRAY['filters', 'group_by']);
    IF definition #> '{cohort,filters}' IS NOT NULL THEN
        PERFORM payops.check_keys(definition #> '{cohort,filters}', 'cohort.filters', dimensions);
        FOR key, value IN SELECT * FROM jsonb_each(definition #> '{cohort,filters}') LOOP
            IF jsonb_typeof(value) = 'array' THEN
                IF jsonb_array_length(value) = 0 THEN
                    PERFORM payops.refuse('cohort.filters.' || key, 'must not be an empty list');
                END IF;
                FOR i IN 0 .. jsonb_array_length(value) - 1 LOOP
                    PERFORM payops.check_string(value -> i, format('cohort.filters.%s[%s]', key, i));
                END LOOP;
            ELSE
                PERFORM payops.check_string(value, 'cohort.filters.' || key);
            END IF;
        END LOOP;
    END IF;
    IF definition #> '{cohort,group_by}' IS NOT NULL THEN
        value := definition #> '{cohort,group_by}';
        IF jsonb_typeof(value) <> 'array' THEN
            PERFORM payops.refuse('cohort.group_by', 'must be a list of dimensions');
        END IF;
        FOR i IN 0 .. jsonb_array_length(value) - 1 LOOP
            key := payops.check_string(value -> i, format('cohort.group_by[%s]', i));
            IF NOT key = ANY (dimensions) THEN
                PERFORM payops.refuse(format('cohort.group_by[%s]', i),
                    format('unknown dimension %s (expected one of: %s)', key,
                           array_to_string(dimensions, ', ')));
            END IF;
            IF key = ANY (names) THEN
                PERFORM payops.refuse(format('cohort.group_by[%s]', i),
                                      format('%s is listed twice', key));
            END IF;
            names := names || key;
        END LOOP;
        names := '{}';
    END IF;

    value := definition -> 'window';
    IF jsonb_typeof(value) <> 'object' THEN
        PERFORM payops.refuse('window', 'must be a JSON object');
    END IF;
    CASE value ->> 'kind'
    WHEN 'time' THEN
        PERFORM payops.check_keys(value, 'window', ARRAY['kind', 'size_seconds', 'step_seconds']);
        size := payops.check_integer(value -> 'size_seconds', 'window.size_seconds', 1, 604800);
        PERFORM payops.check_integer(value -> 'step_seconds', 'window.step_seconds', 1, size);
    WHEN 'count' THEN
        PERFORM payops.check_keys(value, 'window', ARRAY['kind', 'n']);
        PERFORM payops.check_integer(value -> 'n', 'window.n', 1, 1000000);
    ELSE
        PERFORM payops.refuse('window.kind', 'must be "time" or "count"');
    END CASE;

    PERFORM payops.check_integer(definition -> 'min_volume', 'min_volume', 1, 1000000000);
    open_below := payops.check_fraction(definition -> 'open_below', 'open_below');
    IF payops.check_fraction(definition -> 'recover_above', 'recover_above') <= open_below THEN
        PERFORM payops.refuse('recover_above', 'must be greater than open_below (hysteresis)');
    END IF;
    PERFORM payops.check_integer(definition -> 'open_after', 'open_after', 1, 1000);
    PERFORM payops.check_integer(definition -> 'resolve_after', 'resolve_after', 1, 1000);

    value := definition -> 'severity';
    IF jsonb_typeof(value) <> 'array' OR jsonb_array_length(value) = 0 THEN
        PERFORM payops.refuse('severity', 'must be a non-empty list of {"name", "below"} bands');
    END IF;
    FOR i IN 0 .. jsonb_array_length(value) - 1 LOOP
        item := value -> i;
        PERFORM payops.check_keys(item, format('severity[%s]', i), ARRAY['name', 'below']);
        key := payops.check_string(item -> 'name', format('severity[%s].name', i));
        IF key = ANY (names) THEN
            PERFORM payops.refuse(format('severity[%s].name', i), format('%s is used twice', key));
        END IF;
        below := payops.check_fraction(item -> 'below', format('severity[%s].below', i));
        IF below > open_below THEN
            PERFORM payops.refuse(format('severity[%s].below', i),
                                  'must be at most open_below (a band above it never applies)');
        END IF;
        IF below = ANY (belows) THEN
            PERFORM payops.refuse(format('severity[%s].below', i),
                                  'two bands share the same threshold');
        END IF;
        names := names || key;
        belows := belows || below;
    END LOOP;
END
$$;

CREATE FUNCTION payops.check_matchers(matchers jsonb)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
DECLARE
    allowed constant text[] := ARRAY['rule_id', 'method', 'issuer', 'network', 'card_type',
                                     'gateway', 'merchant_id'];
    key text;
    value jsonb;
BEGIN
    PERFORM payops.check_keys(matchers, 'matchers', allowed);
    IF matchers = '{}' THEN
        PERFORM payops.refuse('matchers', 'must name at least one of: '
                              || array_to_string(allowed, ', '));
    END IF;
    FOR key, value IN SELECT * FROM jsonb_each(matchers) LOOP
        IF key = 'rule_id' THEN
            PERFORM payops.check_integer(value, 'matchers.rule_id', 1, 9223372036854775807);
        ELSE
            PERFORM payops.check_string(value, 'matchers.' || key);
        END IF;
    END LOOP;
END
$$;

-- Whether a mute's matchers cover a downtime of rule_id over cohort: every matcher must be
-- fixed by the cohort to the same value.
CREATE FUNCTION payops.mute_covers(matchers jsonb, rule_id bigint, cohort jsonb)
RETURNS boolean
LANGUAGE sql
IMMUTABLE
SET search_path = pg_catalog, payops, pg_temp
AS $$
    SELECT NOT EXISTS (
        SELECT 1
        FROM jsonb_each(matchers) AS m (key, value)
        WHERE CASE WHEN m.key = 'rule_id' THEN m.value <> to_jsonb(rule_id)
                   ELSE (cohort -> m.key) IS DISTINCT FROM m.value END)
$$;

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

-- Who may call what ------------------------------------------------------------------------

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA payops FROM PUBLIC;
GRANT EXECUTE ON FUNCTION payops.check_rule_definition(jsonb),
                          payops.check_matchers(jsonb),
                          payops.mute_covers(jsonb, bigint, jsonb)
    TO payops_viewer, payops_engine;
GRANT EXECUTE ON FUNCTION payops.retry_delivery(bigint, text),
                          payops.retry_deliveries(text, bigint, text, text, timestamptz, timestamptz),
                          payops.mute(jsonb, timestamptz, text, timestamptz),
                          payops.end_mute(bigint, text),
                          payops.label_downtime(bigint, text, text)
    TO payops_operator;
GRANT EXECUTE ON FUNCTION payops.save_rule(bigint, text, jsonb, text, boolean),
                          payops.save_endpoint(bigint, text, text, text[], text, text),
                          payops.set_endpoint_enabled(bigint, boolean, text),
                          payops.save_campaign(bigint, text, text, numeric, bigint, bigint, text,
                                               timestamptz, timestamptz, boolean)
    TO payops_admin;
