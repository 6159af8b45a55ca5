#pragma once

#include "CashbackCampaign.h"
#include "store/Query.h"

// The campaigns of the console: the list, and saving one through the audited
// payops.save_campaign (admins only; the store refuses anyone else, and bad fields with
// "field: reason").
namespace CampaignListQuery {

// Every campaign, active ones first, then by merchant and start. Columns: see
// CashbackCampaign (percent as text).
Query list();

// Creates the campaign (id 0) or updates it; returns its id in the single column "id".
Query save(const CashbackCampaign& campaign);

} // namespace CampaignListQuery
