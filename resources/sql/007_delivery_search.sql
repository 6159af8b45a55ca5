-- payops schema, version 7: indexes for the console's delivery search.
-- The search pages through deliveries newest first with a (created_at, id) keyset
-- (core/deliveries/DeliverySearchQuery). Each index below lets one shape of search read its
-- first page straight off an index, newest first, whatever the size of the log:
--   no filter or a time range      deliveries_search_time
--   state (+ time range)           deliveries_search_state
--   endpoint or merchant (one index scan per endpoint of the merchant)
--                                  deliveries_search_endpoint / deliveries_search_endpoint_state
-- Event id and payment id searches use deliveries' UNIQUE (event_id, endpoint_id) and
-- webhook_events' payment_id index (006).
CREATE INDEX deliveries_search_time ON payops.deliveries (created_at, id);
CREATE INDEX deliveries_search_state ON payops.deliveries (state, created_at, id);
CREATE INDEX deliveries_search_endpoint ON payops.deliveries (endpoint_id, created_at, id);
CREATE INDEX deliveries_search_endpoint_state
    ON payops.deliveries (endpoint_id, state, created_at, id);

-- Both are prefixes of the indexes above, which serve every query they served.
DROP INDEX IF EXISTS payops.deliveries_created;
DROP INDEX IF EXISTS payops.deliveries_endpoint;
