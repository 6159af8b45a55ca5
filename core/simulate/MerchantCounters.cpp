#include "MerchantCounters.h"

using namespace Qt::StringLiterals;

QJsonObject MerchantCounters::toJson() const
{
    QJsonObject histogram;
    for (auto it = answers.begin(); it != answers.end(); ++it)
        histogram.insert(it.key(), it.value());
    return {
        {u"received"_s, received},
        {u"verified"_s, verified},
        {u"bad_signatures"_s, badSignatures},
        {u"accepted"_s, accepted},
        {u"unique_ids"_s, qint64(seenIds.size())},
        {u"delivered_ids"_s, qint64(deliveredIds.size())},
        {u"repeats"_s, repeats},
        {u"duplicates"_s, duplicates},
        {u"answers"_s, histogram},
    };
}
