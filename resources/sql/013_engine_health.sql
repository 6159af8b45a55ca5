-- Engine health: every running engine instance (payops dispatch, detect, cashback, simulate's
-- live traffic) registers here, beats every few seconds with its lag and rate, and deregisters
-- on a clean exit. One killed with -9 stops beating: payops.engine_health shows it stale once
-- three beats are missed, and register() deletes instances silent for a day.

CREATE TABLE payops.engine_instances (
    id bigserial PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('dispatch', 'detect', 'cashback', 'simulate')),
    host text NOT NULL CHECK (length(host) BETWEEN 1 AND 255),
    pid integer NOT NULL CHECK (pid > 0),
    version text NOT NULL CHECK (length(version) <= 64),
    started_at timestamptz NOT NULL DEFAULT now(),
    last_beat timestamptz NOT NULL DEFAULT now(),
    beat_seconds integer NOT NULL CHECK (beat_seconds BETWEEN 1 AND 3600),
    lag_seconds double precision,
    rate double precision,
    state text NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'stopping'))
);
CREATE INDEX engine_instances_beat ON payops.engine_instances (last_beat);

-- live: beat within three beat intervals; stale otherwise (killed, hung, or cut off).
CREATE VIEW payops.engine_health AS
SELECT id, kind, host, pid, version, started_at, last_beat, beat_seconds, lag_seconds, rate,
       state,
       CASE WHEN last_beat >= now() - make_interval(secs => 3 * beat_seconds) THEN 'live'
            ELSE 'stale' END AS health,
       extract(epoch FROM now() - last_beat)::double precision AS silent_seconds
FROM payops.engine_instances;

CREATE FUNCTION payops.register_engine(kind text, host text, pid integer, version text,
                                       beat_seconds integer)
RETURNS bigint
LANGUAGE sql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
    DELETE FROM payops.engine_instances WHERE last_beat < now() - interval '1 day';
    INSERT INTO payops.engine_instances (kind, host, pid, version, beat_seconds)
    VALUES (kind, host, pid, version, beat_seconds)
    RETURNING id;
$$;

-- false when the instance is gone (deleted after a long silence): register again.
CREATE FUNCTION payops.beat_engine(instance bigint, lag_seconds double precision,
                                   rate double precision, state text DEFAULT 'running')
RETURNS boolean
LANGUAGE sql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
    WITH beat AS (
        UPDATE payops.engine_instances AS e
        SET last_beat = now(), lag_seconds = beat_engine.lag_seconds, rate = beat_engine.rate,
            state = beat_engine.state
        WHERE e.id = instance
        RETURNING 1
    )
    SELECT EXISTS (SELECT 1 FROM beat);
$$;

CREATE FUNCTION payops.deregister_engine(instance bigint)
RETURNS void
LANGUAGE sql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
    DELETE FROM payops.engine_instances WHERE id = instance;
$$;

REVOKE ALL ON payops.engine_instances FROM PUBLIC;
GRANT SELECT ON payops.engine_instances, payops.engine_health TO payops_viewer;
REVOKE EXECUTE ON FUNCTION payops.register_engine(text, text, integer, text, integer),
    payops.beat_engine(bigint, double precision, double precision, text),
    payops.deregister_engine(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION payops.register_engine(text, text, integer, text, integer),
    payops.beat_engine(bigint, double precision, double precision, text),
    payops.deregister_engine(bigint) TO payops_engine;
