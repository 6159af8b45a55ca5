-- Fills a throwaway store with a delivery log for bench/search_bench: :merchants merchants
-- with 1-3 endpoints each, webhook events over the last 30 days (a few merchants carry most
-- of the traffic: merchant = floor(n * random()^2)), one delivery per endpoint of the event's
-- merchant, and each delivery's attempts, about :attempts of them in all. States and attempt
-- counts follow a pseudo-random but fixed mix: 80 % succeeded (mostly first time), 10 %
-- failed and retrying, 6 % dead after 11 attempts, 3.5 % pending, 0.5 % in flight.
-- psql -v merchants=200 -v attempts=10000000 -f search_data.sql
\set ON_ERROR_STOP on
\timing on

SELECT payops.ensure_attempt_partitions(now() - interval '31 days', now() + interval '2 days');

INSERT INTO payops.endpoints (merchant_id, url, description)
SELECT format('merchant_%s', lpad(m::text, 4, '0')),
       format('https://hooks.shop%s.example/%s/webhooks', m, e), 'bench'
FROM generate_series(0, :merchants - 1) AS m, generate_series(1, 1 + m % 3) AS e;

-- About 2.2 attempts per delivery and 1.8 deliveries per event (traffic is skewed towards
-- merchants with fewer endpoints).
SELECT (:attempts / 4.0)::bigint
       AS events \gset
INSERT INTO payops.webhook_events (id, type, merchant_id, payment_id, payload, created_at)
SELECT format('evt_%s', g),
       (ARRAY['payment.authorized', 'payment.captured', 'payment.failed',
              'refund.processed'])[1 + g % 4],
       format('merchant_%s', lpad(floor(:merchants * power(random(), 2))::int::text, 4, '0')),
       format('pay_%s', g / 2),
       jsonb_build_object('type', 'payment.captured', 'timestamp', now(),
                          'data', jsonb_build_object('id', format('evt_%s', g),
                                                     'amount', g % 100000, 'currency', 'INR')),
       now() - interval '30 days' * ((:events - g)::float8 / :events)
FROM generate_series(1, :events) AS g;

INSERT INTO payops.deliveries (event_id, endpoint_id, state, attempt_count, next_attempt_at,
                               lease_owner, lease_expires_at, last_http_status, last_error,
                               created_at, updated_at, completed_at)
SELECT w.id, e.id, s.state, s.attempts,
       CASE WHEN s.state IN ('pending', 'failed') THEN w.created_at + interval '10 minutes' END,
       CASE WHEN s.state = 'in_flight' THEN 'bench-worker' END,
       CASE WHEN s.state = 'in_flight' THEN now() + interval '30 seconds' END,
       CASE WHEN s.attempts = 0 THEN NULL WHEN s.state = 'succeeded' THEN 200 ELSE 503 END,
       CASE WHEN s.state IN ('failed', 'dead') THEN 'HTTP 503 Service Unavailable' END,
       w.created_at, w.created_at,
       CASE WHEN s.state IN ('succeeded', 'dead') THEN w.created_at + interval '1 minute' END
FROM payops.webhook_events AS w
JOIN payops.endpoints AS e ON e.merchant_id = w.merchant_id
CROSS JOIN LATERAL (SELECT abs(hashtext(w.id || '/' || e.id)) % 1000 AS h) AS r
CROSS JOIN LATERAL (
    SELECT CASE WHEN r.h < 800 THEN 'succeeded' WHEN r.h < 900 THEN 'failed'
                WHEN r.h < 960 THEN 'dead' WHEN r.h < 995 THEN 'pending'
                ELSE 'in_flight' END AS state,
           CASE WHEN r.h < 560 THEN 1 WHEN r.h < 800 THEN 2 + r.h % 3
                WHEN r.h < 900 THEN 1 + r.h % 6 WHEN r.h < 960 THEN 11
                ELSE r.h % 3 END AS attempts) AS s;

INSERT INTO payops.attempts (delivery_id, endpoint_id, attempt_no, started_at, duration_ms,
                             http_status, trigger, outcome, worker)
SELECT d.id, d.endpoint_id, k, d.created_at + (k - 1) * interval '3 minutes',
       20 + (d.id * 7 + k) % 900,
       CASE WHEN d.state = 'succeeded' AND k = d.attempt_count THEN 200 ELSE 503 END,
       'schedule',
       CASE WHEN d.state = 'succeeded' AND k = d.attempt_count THEN 'succeeded' ELSE 'failed' END,
       'bench-worker'
FROM payops.deliveries AS d, generate_series(1, d.attempt_count) AS k;

VACUUM ANALYZE payops.endpoints, payops.webhook_events, payops.deliveries, payops.attempts;
SELECT (SELECT count(*) FROM payops.attempts) AS attempts,
       (SELECT count(*) FROM payops.deliveries) AS deliveries,
       (SELECT count(*) FROM payops.webhook_events) AS events,
       (SELECT count(*) FROM payops.endpoints) AS endpoints;
