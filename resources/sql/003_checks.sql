-- payops schema, version 3: the checks the audited actions share.
-- Errors name the field ("ends_at: must be after starts_at").
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

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA payops FROM PUBLIC;
GRANT EXECUTE ON FUNCTION payops.check_rule_definition(jsonb),
                          payops.check_matchers(jsonb),
                          payops.mute_covers(jsonb, bigint, jsonb)
    TO payops_viewer, payops_engine;
