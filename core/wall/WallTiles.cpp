#include "WallTiles.h"

#include <algorithm>

using namespace Qt::StringLiterals;

qint64 WallTiles::openDowntimes() const
{
    qint64 total = 0;
    for (const Severity& severity : severities)
        total += severity.open;
    return total;
}

qint64 WallTiles::mutedDowntimes() const
{
    qint64 total = 0;
    for (const Severity& severity : severities)
        total += severity.muted;
    return total;
}

WallTiles WallTiles::fromResult(const QueryResult& result)
{
    const int kind = result.column(u"kind"_s);
    const int item = result.column(u"item"_s);
    const int rank = result.column(u"rank"_s);
    const int a = result.column(u"a"_s);
    const int b = result.column(u"b"_s);
    WallTiles tiles;
    for (const QVariantList& row : result.rows) {
        const QString rowKind = row.value(kind).toString();
        if (rowKind == u"severity") {
            tiles.severities.append({row.value(item).toString(), row.value(rank).toInt(),
                                     row.value(a).toLongLong(), row.value(b).toLongLong()});
        } else if (rowKind == u"webhooks") {
            tiles.webhookAttempts = row.value(a).toLongLong();
            tiles.webhookSuccesses = row.value(b).toLongLong();
        } else if (rowKind == u"dead") {
            tiles.deadDeliveries = row.value(a).toLongLong();
            tiles.deadLastDay = row.value(b).toLongLong();
        }
    }
    // Worst first; unknown bands (rank 0) after the known ones.
    std::sort(tiles.severities.begin(), tiles.severities.end(),
              [](const Severity& x, const Severity& y) {
                  const int rx = x.rank == 0 ? 1000 : x.rank;
                  const int ry = y.rank == 0 ? 1000 : y.rank;
                  return rx != ry ? rx < ry : x.name < y.name;
              });
    return tiles;
}
