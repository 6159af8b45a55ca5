#include "IngestSummary.h"

QString IngestSummary::text() const
{
    const double rate = seconds > 0 ? double(lines) / seconds : 0;
    return QString::number(loaded) % u" loaded, " % QString::number(duplicates) % u" duplicates, " %
           QString::number(quarantined) % u" quarantined (" % QString::number(lines) %
           u" lines read, " % QString::number(blank) % u" blank, " %
           QString::number(seconds, 'f', 2) % u" s, " % QString::number(qint64(rate)) %
           u" lines/s)";
}

IngestSummary::Status IngestSummary::status() const
{
    if (failed)
        return Failed;
    return quarantined > 0 ? Quarantined : AllLoaded;
}
