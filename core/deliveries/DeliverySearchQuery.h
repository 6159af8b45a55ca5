#pragma once

#include "DeliveryCursor.h"
#include "DeliverySearchFilter.h"
#include "store/Query.h"

// The delivery search of the console: one page of deliveries matching a filter, newest first
// (created_at DESC, id DESC), starting after a keyset cursor. Columns: see DeliveryRow.
//
// The statement's shape follows the filter so that every first page is read off an index
// (007_delivery_search.sql): event id or payment id find a few rows directly; a merchant or
// endpoint filter reads each matching endpoint's newest deliveries and merges them; anything
// else walks deliveries by (state,) created_at, id backwards.
namespace DeliverySearchQuery {

// Asks for pageSize + 1 rows: the extra one only says whether another page follows.
Query page(const DeliverySearchFilter& filter, const DeliveryCursor& after, int pageSize);

} // namespace DeliverySearchQuery
