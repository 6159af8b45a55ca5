-- payops schema, version 10: a lighter dispatch queue.
-- Every claim of a delivery writes a new version of its row, and so an entry in every index
-- of payops.deliveries: each index fewer is work saved at every claim.
--
-- deliveries_leases (lease_expires_at WHERE state = 'in_flight') served the lease checks of
-- the dispatchers (DeliveryClaimer::reclaimExpired and nextDue), which read the deliveries in
-- flight: deliveries_search_state (007) starts with the state and finds the same rows (as
-- many as the dispatchers hold, at most the sum of their --concurrency).
DROP INDEX payops.deliveries_leases;
