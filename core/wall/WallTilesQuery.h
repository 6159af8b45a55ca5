#pragma once

#include "store/Query.h"

// The Wall's headline tiles in one round trip. Rows (kind, item, rank, a, b):
//   'severity' item = a severity of open downtimes, rank = its band's rank (1 = worst),
//              a = open and not muted, b = open and muted
//   'webhooks' a = HTTP attempts started in the last 15 minutes, b = of them 2xx
//   'dead'     a = dead deliveries, b = of them completed in the last 24 h
namespace WallTilesQuery {

Query build();

} // namespace WallTilesQuery
