#pragma once

#include "store/Query.h"

#include <QDateTime>
#include <QJsonObject>

// The Mutes tab's statements. Reading and the preview need payops_viewer; creating and ending
// mutes payops_operator (payops.mute / payops.end_mute, audited, author = session user).
namespace MuteQuery {

// Every mute: active and pending first, then the ended and expired ones, newest first (at
// most limit), with its state and how many downtimes it muted.
Query list(int limit = 500);
// What matchers would cover, read-only, with payops.mute_covers (the detector's test): the
// open downtimes, then the cohorts with SR windows in the hour before the newest window.
Query preview(const QJsonObject& matchers);
// startsAt invalid: now.
Query create(const QJsonObject& matchers, const QDateTime& startsAt, const QDateTime& endsAt,
             const QString& reason);
Query end(qint64 muteId, const QString& reason);

} // namespace MuteQuery
