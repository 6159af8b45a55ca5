// RuleVersionDiff: two versions of a rule compared field by field.
#include "rules/RuleVersionDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject object(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

const char* base = R"({"cohort":{"filters":{"method":"card"},"group_by":["issuer"]},
  "window":{"kind":"time","size_seconds":300,"step_seconds":30},"min_volume":50,
  "open_below":0.8,"recover_above":0.9,"open_after":2,"resolve_after":2,
  "severity":[{"name":"critical","below":0.5},{"name":"minor","below":0.8}]})";

QString row(const QList<RuleVersionDiff::Field>& fields, const QString& path)
{
    for (const auto& f : fields)
        if (f.path == path)
            return f.left + u" -> "_s + f.right + (f.changed ? u" *"_s : u""_s);
    return u"(absent)"_s;
}

} // namespace

class TestRuleVersionDiff : public QObject
{
    Q_OBJECT
private slots:
    void identicalVersionsChangeNothing()
    {
        const RuleVersionDiff::Version v{u"issuers"_s, true, object(base)};
        const auto fields = RuleVersionDiff::compare(v, v);
        QVERIFY(RuleVersionDiff::changedPaths(fields).isEmpty());
        QCOMPARE(fields.first().path, u"name"_s);
        QCOMPARE(row(fields, u"cohort.group_by"_s), u"issuer -> issuer"_s);
        QCOMPARE(row(fields, u"severity[1].below"_s), u"0.8 -> 0.8"_s);
        QCOMPARE(fields.size(), 16); // name, enabled + 14 definition leaves
    }

    void changedFieldsAreNamedInDefinitionOrder()
    {
        QJsonObject changed = object(base);
        changed[u"open_below"_s] = 0.75;
        QJsonObject window = changed[u"window"_s].toObject();
        window[u"size_seconds"_s] = 600;
        changed[u"window"_s] = window;
        QJsonObject cohort = changed[u"cohort"_s].toObject();
        cohort[u"group_by"_s] = QJsonArray{u"issuer"_s, u"network"_s};
        changed[u"cohort"_s] = cohort;
        const auto fields = RuleVersionDiff::compare({u"issuers"_s, true, object(base)},
                                                     {u"issuers v2"_s, false, changed});
        QCOMPARE(RuleVersionDiff::changedPaths(fields),
                 (QStringList{u"name"_s, u"enabled"_s, u"cohort.group_by"_s,
                              u"window.size_seconds"_s, u"open_below"_s}));
        QCOMPARE(row(fields, u"open_below"_s), u"0.8 -> 0.75 *"_s);
        QCOMPARE(row(fields, u"cohort.group_by"_s), u"issuer -> issuer, network *"_s);
        QCOMPARE(row(fields, u"enabled"_s), u"true -> false *"_s);
        QCOMPARE(row(fields, u"recover_above"_s), u"0.9 -> 0.9"_s);
    }

    void fieldsPresentOnOneSideOnly()
    {
        QJsonObject counted = object(base);
        counted[u"window"_s] = QJsonObject{{u"kind"_s, u"count"_s}, {u"n"_s, 200}};
        QJsonArray bands = counted[u"severity"_s].toArray();
        bands.append(QJsonObject{{u"name"_s, u"major"_s}, {u"below"_s, 0.7}});
        counted[u"severity"_s] = bands;
        const auto fields =
            RuleVersionDiff::compare({u"r"_s, true, object(base)}, {u"r"_s, true, counted});
        QCOMPARE(RuleVersionDiff::changedPaths(fields),
                 (QStringList{u"window.kind"_s, u"window.size_seconds"_s, u"window.step_seconds"_s,
                              u"window.n"_s, u"severity[2].below"_s, u"severity[2].name"_s}));
        QCOMPARE(row(fields, u"window.n"_s), u" -> 200 *"_s);
        QCOMPARE(row(fields, u"window.size_seconds"_s), u"300 ->  *"_s);
    }

    void aFilterBecomingAListIsOneChange()
    {
        QJsonObject listed = object(base);
        QJsonObject cohort = listed[u"cohort"_s].toObject();
        cohort[u"filters"_s] = QJsonObject{{u"method"_s, QJsonArray{u"card"_s, u"upi"_s}}};
        listed[u"cohort"_s] = cohort;
        const auto fields =
            RuleVersionDiff::compare({u"r"_s, true, object(base)}, {u"r"_s, true, listed});
        QCOMPARE(RuleVersionDiff::changedPaths(fields), QStringList{u"cohort.filters.method"_s});
        QCOMPARE(row(fields, u"cohort.filters.method"_s), u"card -> card, upi *"_s);
    }
};

QTEST_GUILESS_MAIN(TestRuleVersionDiff)
#include "tst_rule_version_diff.moc"
