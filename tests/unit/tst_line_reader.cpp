#include "ingest/BatchBuilder.h"
#include "ingest/CopyEncoder.h"
#include "ingest/LineReader.h"
#include "ingest/Rfc3339.h"

#include <QBuffer>
#include <QTest>
#include <string>

using namespace std::string_literals;

namespace {

struct Seen
{
    std::string bytes;
    std::int64_t number;
    std::int64_t length;
    bool tooLong;
};

std::vector<Seen> readAll(const QByteArray& input, std::size_t maxLine, std::size_t kept)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    LineReader reader(buffer, 64, maxLine, kept);
    std::vector<Seen> seen;
    LineReader::Line line;
    while (reader.next(line))
        seen.push_back({std::string(line.bytes), line.number, line.length, line.tooLong});
    if (reader.position() != input.size())
        qFatal("position %lld, input %lld", (long long)reader.position(), (long long)input.size());
    return seen;
}

} // namespace

class TestLineReader : public QObject
{
    Q_OBJECT
private slots:
    void splitsLines()
    {
        const auto seen = readAll("a\r\n\nbc\nlast", 100, 10);
        QCOMPARE(seen.size(), 4u);
        QCOMPARE(seen[0].bytes, "a\r"s);
        QCOMPARE(seen[1].bytes, ""s);
        QCOMPARE(seen[2].bytes, "bc"s);
        QCOMPARE(seen[3].bytes, "last"s); // no final newline: still a line
        QCOMPARE(seen[3].number, 4);
        QVERIFY(readAll("", 100, 10).empty());
    }

    void longLinesKeepAPrefixAndTheirLength()
    {
        // Lines longer than the limit, within one read and across many (the chunk is 4 MiB).
        const QByteArray big(9 << 20, 'y');
        const auto seen =
            readAll("ok\n" + QByteArray(101, 'x') + "\n" + big + "\nafter\n" + big, 100, 10);
        QCOMPARE(seen.size(), 5u);
        QCOMPARE(seen[1].bytes, std::string(10, 'x'));
        QCOMPARE(seen[1].length, 101);
        QVERIFY(seen[1].tooLong);
        QCOMPARE(seen[2].bytes, std::string(10, 'y'));
        QCOMPARE(seen[2].length, big.size());
        QVERIFY(seen[2].tooLong);
        QCOMPARE(seen[3].bytes, "after"s);
        QCOMPARE(seen[3].number, 4);
        QVERIFY(!seen[3].tooLong);
        QCOMPARE(seen[4].length, big.size()); // at the end, without a newline
        QVERIFY(seen[4].tooLong);
    }

    void lineAtTheLimitIsWhole()
    {
        const auto seen = readAll(QByteArray(100, 'z') + "\n", 100, 10);
        QCOMPARE(seen.size(), 1u);
        QVERIFY(!seen[0].tooLong);
        QCOMPARE(seen[0].bytes.size(), 100u);
    }

    void copyTextIsEscaped()
    {
        std::string out;
        CopyEncoder::appendText(out, "a\tb\nc\\d\re");
        QCOMPARE(out, "a\\tb\\nc\\\\d\\re"s);
        out.clear();
        CopyEncoder::appendNullable(out, std::nullopt);
        QCOMPARE(out, "\\N"s);
        out.clear();
        CopyEncoder::appendQuarantine(out, "f\tx", 7, "why", "\x01\xff", 9);
        QCOMPARE(out, "f\\tx\t7\twhy\t\\\\x01ff\t9\n"s);
    }

    void batchesCountWhatTheySaw()
    {
        const QByteArray good = "{\"id\":\"e1\",\"payment_id\":\"p\",\"merchant_id\":\"m\","
                                "\"status\":\"created\",\"method\":\"card\",\"amount\":1,"
                                "\"currency\":\"INR\",\"occurred_at\":\"2026-01-01T00:00:00Z\"}";
        QBuffer buffer;
        buffer.setData(good + "\n \n" + good + "\nnope\n" + QByteArray(good).replace("e1", "e2"));
        buffer.open(QIODevice::ReadOnly);
        LineReader reader(buffer, PaymentEventParser::padding);
        PaymentEventParser parser(Rfc3339::microsOfDate(2026, 11, 25));
        BatchBuilder builder(reader, parser, {"src", 1});
        const auto first = builder.next(); // one event a batch: the batch ends after e1
        QVERIFY(first);
        QCOMPARE(first->eventCount, 1);
        QCOMPARE(first->lines, 1);
        const auto second = builder.next();
        QVERIFY(second);
        QCOMPARE(second->blank, 1);
        QCOMPARE(second->eventCount, 1); // e1 again: a new batch, so the store tells duplicates
        const auto third = builder.next();
        QVERIFY(third);
        QCOMPARE(third->quarantined, 1);
        QCOMPARE(third->eventCount, 1);
        QVERIFY(third->quarantine.starts_with("src\t4\tinvalid JSON"));
        QCOMPARE(third->months.size(), 1u);
        QVERIFY(!builder.next());
    }
};

QTEST_APPLESS_MAIN(TestLineReader)
#include "tst_line_reader.moc"
