-- The invariants of scripts/chaos, checked on the store after the run and the drain.
-- Inputs besides the store: chaos.receiver_ids (every webhook-id each simulated merchant
-- saw, `payops simulate --ids`), chaos.reference_downtimes, _cashbacks and _balances (what an
-- undisturbed detector and cashback engine made of the same events) and chaos.settings (the
-- dispatchers' attempt limit).
-- Output: one line per figure, name TAB value TAB detail; a name starting with
-- "violation:" counts things that must not exist (0 = the invariant holds).

CREATE TEMPORARY VIEW simulated_endpoints AS
SELECT id AS endpoint_id,
       split_part(substr(description, length('payops simulate: ') + 1), ':', 1) AS key
FROM payops.endpoints
WHERE starts_with(description, 'payops simulate: ');

CREATE TEMPORARY VIEW delivery_attempts AS
SELECT d.id, d.event_id, d.endpoint_id, d.state, d.attempt_count,
       count(a.id) AS logged, count(DISTINCT a.attempt_no) AS numbers,
       coalesce(max(a.attempt_no), 0) AS highest,
       (array_agg(a.http_status ORDER BY a.attempt_no DESC))[1] AS last_status
FROM payops.deliveries d
LEFT JOIN payops.attempts a ON a.delivery_id = d.id
GROUP BY d.id;

-- Webhooks ---------------------------------------------------------------------------------

SELECT 'payment events in the store', count(*), '' FROM payops.payment_events;
SELECT 'webhook events', count(*), '' FROM payops.webhook_events;
SELECT 'deliveries', count(*),
       format('%s succeeded, %s dead', count(*) FILTER (WHERE state = 'succeeded'),
              count(*) FILTER (WHERE state = 'dead'))
FROM payops.deliveries;
SELECT 'attempts logged', count(*), '' FROM payops.attempts;

SELECT 'violation:merchant events without their delivery', count(*), ''
FROM payops.webhook_events w
JOIN payops.endpoints e ON e.merchant_id = w.merchant_id
WHERE payops.endpoint_wants(e.event_types, w.type)
  AND w.created_at >= e.created_at
  AND NOT EXISTS (SELECT FROM payops.deliveries d WHERE d.event_id = w.id AND d.endpoint_id = e.id);

SELECT 'violation:deliveries neither succeeded nor dead', count(*),
       coalesce(string_agg(DISTINCT state, ', '), '')
FROM payops.deliveries WHERE state NOT IN ('succeeded', 'dead');

SELECT 'violation:deliveries whose attempts are not all logged', count(*),
       coalesce(string_agg(id::text, ', ') FILTER (WHERE n <= 5), '')
FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM delivery_attempts
      WHERE logged <> attempt_count OR numbers <> logged OR highest <> attempt_count) AS bad;

SELECT 'violation:succeeded, last attempt not 2xx', count(*), ''
FROM delivery_attempts WHERE state = 'succeeded' AND last_status / 100 IS DISTINCT FROM 2;

SELECT 'violation:succeeded, merchant saw no 2xx for it', count(*),
       coalesce(string_agg(d.id::text, ', ') FILTER (WHERE n <= 5), '')
FROM (SELECT d.*, row_number() OVER (ORDER BY d.id) AS n
      FROM payops.deliveries d
      JOIN simulated_endpoints s ON s.endpoint_id = d.endpoint_id
      WHERE d.state = 'succeeded'
        AND NOT EXISTS (SELECT FROM chaos.receiver_ids r
                        WHERE r.endpoint = s.key AND r.webhook_id = d.event_id
                          AND r.delivered = 1)) AS d;

SELECT 'violation:dead before its last attempt', count(*), ''
FROM delivery_attempts, chaos.settings
WHERE state = 'dead' AND attempt_count < max_attempts AND last_status IS DISTINCT FROM 410;

SELECT 'violation:ids merchants saw that were never sent', count(*), ''
FROM chaos.receiver_ids r
LEFT JOIN simulated_endpoints s ON s.key = r.endpoint
WHERE NOT EXISTS (SELECT FROM payops.deliveries d
                  WHERE d.event_id = r.webhook_id AND d.endpoint_id = s.endpoint_id);

SELECT 'delivered (2xx seen) but recorded dead', count(*),
       'a 2xx answer lost with its dispatcher, then every retry failed'
FROM payops.deliveries d
JOIN simulated_endpoints s ON s.endpoint_id = d.endpoint_id
JOIN chaos.receiver_ids r ON r.endpoint = s.key AND r.webhook_id = d.event_id
WHERE d.state = 'dead' AND r.delivered = 1;

-- Cashback ---------------------------------------------------------------------------------

CREATE TEMPORARY VIEW cashback_ledger AS
SELECT c.id, c.state, c.amount,
       count(l.id) FILTER (WHERE l.kind = 'credit') AS credits,
       count(l.id) FILTER (WHERE l.kind = 'reversal') AS reversals,
       coalesce(sum(l.amount), 0) AS net
FROM payops.cashbacks c
LEFT JOIN payops.ledger_entries l ON l.cashback_id = c.id
GROUP BY c.id;

SELECT 'cashbacks', count(*),
       format('%s credited, %s reversed, %s ledger entries', count(*) FILTER (WHERE state = 'credited'),
              count(*) FILTER (WHERE state = 'reversed'),
              (SELECT count(*) FROM payops.ledger_entries))
       || format('; undisturbed reference: %s', (SELECT count(*) FROM chaos.reference_cashbacks))
FROM payops.cashbacks;

SELECT 'violation:cashbacks neither credited nor reversed', count(*),
       coalesce(string_agg(DISTINCT state, ', '), '')
FROM payops.cashbacks WHERE state NOT IN ('credited', 'reversed');

SELECT 'violation:cashbacks not credited exactly once', count(*),
       coalesce(string_agg(format('%s: %s credits, %s reversals', id, credits, reversals), '; ')
                    FILTER (WHERE n <= 3), '')
FROM (SELECT *, row_number() OVER (ORDER BY id) AS n FROM cashback_ledger
      WHERE NOT ((state = 'credited' AND credits = 1 AND reversals = 0 AND net = amount)
              OR (state = 'reversed' AND credits = 1 AND reversals = 1 AND net = 0))) AS bad;

SELECT 'violation:ledger entries of no cashback', count(*), ''
FROM payops.ledger_entries WHERE cashback_id IS NULL;

SELECT 'violation:balances unequal to their ledger', count(*), ''
FROM payops.balances b
FULL JOIN (SELECT account_id, currency, sum(amount) AS total
           FROM payops.ledger_entries GROUP BY account_id, currency) l
    USING (account_id, currency)
WHERE coalesce(b.balance, 0) <> coalesce(l.total, 0);

SELECT 'violation:cashback dead letters', count(*), ''
FROM payops.cashback_dead_letters;

SELECT 'violation:cashbacks unlike the undisturbed run', count(*),
       coalesce(string_agg(format('%s: %s %s vs %s %s', payment_id, live_amount, live_state,
                                  reference_amount, reference_state), '; ')
                    FILTER (WHERE n <= 3), '')
FROM (SELECT payment_id, c.amount AS live_amount, c.state AS live_state,
             r.amount AS reference_amount, r.state AS reference_state,
             row_number() OVER (ORDER BY payment_id) AS n
      FROM payops.cashbacks c
      FULL JOIN chaos.reference_cashbacks r USING (payment_id)
      WHERE c.id IS NULL OR r.state IS NULL OR c.amount <> r.amount OR c.state <> r.state) AS bad;

SELECT 'violation:balances unlike the undisturbed run', count(*), ''
FROM payops.balances b
FULL JOIN chaos.reference_balances r USING (account_id, currency)
WHERE b.balance IS DISTINCT FROM r.balance;

-- Detection --------------------------------------------------------------------------------

CREATE TEMPORARY VIEW rule_windows AS
SELECT DISTINCT ON (rule_id) rule_id,
       coalesce((definition -> 'window' ->> 'size_seconds')::integer, 60) AS seconds
FROM payops.rules ORDER BY rule_id, version DESC;

CREATE TEMPORARY VIEW downtime_pairs AS
WITH live AS (SELECT rule_id, cohort_key, started_at, resolved_at,
                     row_number() OVER (PARTITION BY rule_id, cohort_key ORDER BY started_at) AS n
              FROM payops.downtimes),
     reference AS (SELECT rule_id, cohort_key, started_at, resolved_at,
                          row_number() OVER (PARTITION BY rule_id, cohort_key
                                             ORDER BY started_at) AS n
                   FROM chaos.reference_downtimes)
SELECT rule_id, cohort_key, n, l.started_at AS live_start, l.resolved_at AS live_end,
       r.started_at AS reference_start, r.resolved_at AS reference_end, w.seconds
FROM live l
FULL JOIN reference r USING (rule_id, cohort_key, n)
LEFT JOIN rule_windows w USING (rule_id);

SELECT 'downtimes detected', count(*) FILTER (WHERE live_start IS NOT NULL),
       format('undisturbed reference: %s', count(*) FILTER (WHERE reference_start IS NOT NULL))
FROM downtime_pairs;

SELECT 'violation:downtimes unlike the undisturbed run', count(*),
       coalesce(string_agg(format('rule %s %s: %s-%s vs %s-%s', rule_id, cohort_key,
                                  live_start::time(0), live_end::time(0),
                                  reference_start::time(0), reference_end::time(0)), '; ')
                    FILTER (WHERE k <= 3), '')
FROM (SELECT *, row_number() OVER (ORDER BY coalesce(live_start, reference_start)) AS k
      FROM downtime_pairs
      WHERE live_start IS NULL OR reference_start IS NULL
         OR abs(extract(epoch FROM live_start - reference_start)) > coalesce(seconds, 60)
         OR (live_end IS NULL) <> (reference_end IS NULL)
         OR abs(extract(epoch FROM live_end - reference_end)) > coalesce(seconds, 60)) AS bad;
