-- payops schema, version 14: the dispatch queue apart from the deliveries log.
-- A claim wrote a new version of each claimed delivery (state in_flight, lease), so an entry
-- in each of its six indexes, and the attempt's record wrote another: the two updates were
-- about half of the store's statement time a delivery. The work to do and its leases now live
-- in payops.delivery_queue, one narrow row a delivery that is pending or failed; a claim
-- leases queue rows and leaves deliveries alone, and a delivery is written once per attempt,
-- when its attempt is recorded.
--
-- payops.deliveries stays what every reader reads: its state, next_attempt_at and priority
-- are the truth, and triggers keep the queue in step with them (whoever inserts or updates a
-- delivery). The lease is the queue's: a dispatcher shows its held deliveries as in_flight
-- (state, lease_owner, lease_expires_at) in deliveries when it renews its leases (every third
-- of the lease), so any delivery held at the moment of a renewal is in flight there too; a
-- delivery whose lease expired goes back to pending or failed in both. A manual retry of a
-- delivery whose scheduled attempt is under way but not yet shown in flight is attempted
-- after it.

CREATE TABLE payops.delivery_queue (
    delivery_id      bigint PRIMARY KEY REFERENCES payops.deliveries (id) ON DELETE CASCADE,
    endpoint_id      bigint NOT NULL,
    priority         smallint NOT NULL CHECK (priority IN (0, 1)),
    due_at           timestamptz NOT NULL,
    lease_owner      text,
    lease_expires_at timestamptz,
    CHECK ((lease_owner IS NULL) = (lease_expires_at IS NULL))
);
-- Claims: manual retries first, then the oldest due, of the rows nobody holds.
CREATE INDEX delivery_queue_due ON payops.delivery_queue (priority DESC, due_at)
    WHERE lease_owner IS NULL;
-- The earliest due row of each endpoint (when to wake up; circuit holds).
CREATE INDEX delivery_queue_endpoint_due ON payops.delivery_queue (endpoint_id, due_at)
    WHERE lease_owner IS NULL;
-- Leases of crashed dispatchers expire and are reclaimed.
CREATE INDEX delivery_queue_leases ON payops.delivery_queue (lease_expires_at)
    WHERE lease_owner IS NOT NULL;

INSERT INTO payops.delivery_queue (delivery_id, endpoint_id, priority, due_at, lease_owner,
                                   lease_expires_at)
SELECT id, endpoint_id, priority, coalesce(next_attempt_at, now()),
       CASE WHEN state = 'in_flight' THEN lease_owner END,
       CASE WHEN state = 'in_flight' THEN lease_expires_at END
FROM payops.deliveries
WHERE state IN ('pending', 'failed', 'in_flight');

-- The claims read the queue now.
DROP INDEX payops.deliveries_due;
DROP INDEX payops.deliveries_endpoint_due;

-- Keeping the queue in step ----------------------------------------------------------------

-- New deliveries that are due (the outbox, downtime notifications) join the queue.
CREATE FUNCTION payops.queue_inserted_deliveries()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
BEGIN
    INSERT INTO payops.delivery_queue (delivery_id, endpoint_id, priority, due_at)
    SELECT n.id, n.endpoint_id, n.priority, n.next_attempt_at
    FROM changed AS n
    WHERE n.state IN ('pending', 'failed')
    ON CONFLICT (delivery_id) DO NOTHING;
    RETURN NULL;
END
$$;

-- An updated delivery: a final one leaves the queue; a pending or failed one is (again) due at
-- its next_attempt_at with its priority (a manual retry, a lease handed back or expired). A
-- lease is left as it is: who hands a lease back clears it, and a dispatcher that recorded
-- an attempt of a delivery retried by hand meanwhile leaves that retry due. The dispatchers'
-- recording keeps the queue itself in the same statement and says so with payops.queue_kept.
CREATE FUNCTION payops.queue_updated_delivery()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, payops, pg_temp
AS $$
BEGIN
    IF NEW.state IN ('succeeded', 'dead') THEN
        DELETE FROM payops.delivery_queue AS q WHERE q.delivery_id = NEW.id;
    ELSE
        INSERT INTO payops.delivery_queue AS q (delivery_id, endpoint_id, priority, due_at)
        VALUES (NEW.id, NEW.endpoint_id, NEW.priority, NEW.next_attempt_at)
        ON CONFLICT (delivery_id) DO UPDATE
            SET priority = excluded.priority, due_at = excluded.due_at;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER deliveries_queue_insert
    AFTER INSERT ON payops.deliveries
    REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT
    EXECUTE FUNCTION payops.queue_inserted_deliveries();

-- Row by row, only for the changes that matter, so that a dispatcher showing its held
-- deliveries in flight, or recording its attempts, calls nothing.
CREATE TRIGGER deliveries_queue_update
    AFTER UPDATE OF state, next_attempt_at, priority ON payops.deliveries
    FOR EACH ROW
    WHEN (NEW.state <> 'in_flight'
          AND (NEW.state, NEW.next_attempt_at, NEW.priority)
              IS DISTINCT FROM (OLD.state, OLD.next_attempt_at, OLD.priority)
          AND current_setting('payops.queue_kept', true) IS DISTINCT FROM 'on')
    EXECUTE FUNCTION payops.queue_updated_delivery();

-- Grants -----------------------------------------------------------------------------------

GRANT SELECT ON payops.delivery_queue TO payops_viewer;
GRANT SELECT, UPDATE, DELETE ON payops.delivery_queue TO payops_engine;
REVOKE EXECUTE ON FUNCTION payops.queue_inserted_deliveries(), payops.queue_updated_delivery()
    FROM PUBLIC;
