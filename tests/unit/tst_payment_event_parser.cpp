#include "ingest/PaymentEventParser.h"
#include "ingest/Rfc3339.h"

#include <QTest>
#include <string>

using namespace std::string_literals;

namespace {

// 2026-11-25T00:00:00Z: "now" for every test, so that the future limit is fixed.
const std::int64_t now = Rfc3339::microsOfDate(2026, 11, 25);

const std::string good =
    R"({"id":"evt_1","payment_id":"pay_9f2","merchant_id":"m_1042","status":"captured",)"
    R"("method":"card","issuer":"HDFC","network":"visa","card_type":"credit","gateway":"gw_a",)"
    R"("amount":49900,"currency":"INR","error_code":null,"error_source":null,)"
    R"("occurred_at":"2026-11-24T16:00:00.123Z"})";

// The good event with one field's JSON text replaced (or removed when value is empty).
std::string with(const std::string& field, const std::string& value)
{
    std::string line = good;
    const std::string key = "\"" + field + "\":";
    const auto start = line.find(key);
    auto end = start + key.size();
    int depth = 0;
    bool inString = false;
    for (; end < line.size(); ++end) {
        const char c = line[end];
        if (inString) {
            if (c == '\\')
                ++end;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth-- == 0)
                break;
        } else if (c == ',' && depth == 0) {
            break;
        }
    }
    if (value.empty()) {
        const bool last = line[end] == '}';
        return line.substr(0, last ? start - 1 : start) + line.substr(last ? end : end + 1);
    }
    return line.substr(0, start + key.size()) + value + line.substr(end);
}

std::string reasonFor(const std::string& line)
{
    PaymentEventParser parser(now);
    auto result = parser.parse(line);
    if (auto* reason = std::get_if<std::string>(&result))
        return *reason;
    return {};
}

PaymentEvent eventFor(const std::string& line)
{
    PaymentEventParser parser(now);
    auto result = parser.parse(line);
    if (auto* reason = std::get_if<std::string>(&result))
        qFatal("refused: %s", reason->c_str());
    return std::get<PaymentEvent>(result);
}

std::string utc(std::int64_t micros)
{
    std::string text;
    Rfc3339::appendUtc(text, micros);
    return text;
}

} // namespace

class TestPaymentEventParser : public QObject
{
    Q_OBJECT
private slots:
    void goodEvent()
    {
        const PaymentEvent event = eventFor(good);
        QCOMPARE(event.id, "evt_1"s);
        QCOMPARE(event.paymentId, "pay_9f2"s);
        QCOMPARE(event.merchantId, "m_1042"s);
        QCOMPARE(event.status, "captured"s);
        QCOMPARE(event.method, "card"s);
        QCOMPARE(event.issuer.value_or("?"), "HDFC"s);
        QCOMPARE(event.network.value_or("?"), "visa"s);
        QCOMPARE(event.cardType.value_or("?"), "credit"s);
        QCOMPARE(event.gateway.value_or("?"), "gw_a"s);
        QCOMPARE(event.amount, 49900);
        QCOMPARE(event.currency, "INR"s);
        QVERIFY(!event.errorCode);
        QVERIFY(!event.errorSource);
        QCOMPARE(utc(event.occurredAt), "2026-11-24 16:00:00.123000+00"s);
        QVERIFY(event.extra.empty());
    }

    void optionalFieldsMayBeAbsent()
    {
        std::string line = good;
        for (const char* field :
             {"issuer", "network", "card_type", "gateway", "error_code", "error_source"})
            line = [&] {
                std::string reduced = line;
                const std::string key = "\""s + field + "\":";
                const auto start = reduced.find(key);
                reduced.erase(start, reduced.find(',', start) - start + 1);
                return reduced;
            }();
        QVERIFY(line.find("issuer") == std::string::npos);
        const PaymentEvent event = eventFor(line);
        QVERIFY(!event.issuer && !event.network && !event.cardType && !event.gateway);
        QVERIFY(!event.errorCode && !event.errorSource);
    }

    void failedEventKeepsErrorFields()
    {
        std::string line = with("error_source", R"("bank")");
        line.replace(line.find("captured"), 8, "failed");
        line.replace(line.find(R"("error_code":null)"), 17, R"("error_code":"BANK_DECLINED")");
        const PaymentEvent event = eventFor(line);
        QCOMPARE(event.status, "failed"s);
        QCOMPARE(event.errorCode.value_or("?"), "BANK_DECLINED"s);
        QCOMPARE(event.errorSource.value_or("?"), "bank"s);
    }

    void unknownFieldsAreKept()
    {
        std::string line = good;
        line.insert(1, "\"risk\":{\"score\":0.93,\"rules\":[\"velocity\",\"geo\"]},"
                       "\"note\":\"a\\\"b\\\\c\\u00e9\",");
        const PaymentEvent event = eventFor(line);
        QCOMPARE(event.extra, "{\"risk\":{\"score\":0.93,\"rules\":[\"velocity\",\"geo\"]},"
                              "\"note\":\"a\\\"b\\\\c\xC3\xA9\"}"s);
        QCOMPARE(event.amount, 49900);
    }

    void badLinesAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("reasonStart");
        const auto row = [](const char* name, const std::string& line, const char* reason) {
            QTest::newRow(name) << QByteArray::fromStdString(line) << QString::fromUtf8(reason);
        };
        row("invalid JSON", R"({"id":"evt_1", "status":)", "invalid JSON");
        row("trailing garbage", good + " x", "invalid JSON");
        row("not an object", R"(["evt_1"])", "expected a JSON object, got an array");
        row("a string", R"("evt_1")", "expected a JSON object, got a string");
        row("id missing", with("id", ""), "id: missing");
        row("payment_id missing", with("payment_id", ""), "payment_id: missing");
        row("merchant_id missing", with("merchant_id", ""), "merchant_id: missing");
        row("status missing", with("status", ""), "status: missing");
        row("method missing", with("method", ""), "method: missing");
        row("amount missing", with("amount", ""), "amount: missing");
        row("currency missing", with("currency", ""), "currency: missing");
        row("occurred_at missing", with("occurred_at", ""), "occurred_at: missing");
        row("id a number", with("id", "17"), "id: expected a string, got a number");
        row("id null", with("id", "null"), "id: expected a string, got null");
        row("id empty", with("id", R"("")"), "id: empty");
        row("issuer a number", with("issuer", "3"), "issuer: expected a string or null");
        row("unknown status", with("status", R"("lost")"), "status: unknown value \"lost\"");
        row("status case", with("status", R"("Captured")"), "status: unknown value");
        row("negative amount", with("amount", "-5"), "amount: must not be negative, got -5");
        row("fractional amount", with("amount", "499.5"), "amount: must be an integer");
        row("amount 49900.0", with("amount", "49900.0"), "amount: must be an integer");
        row("amount 1e3", with("amount", "1e3"), "amount: must be an integer");
        row("amount a string", with("amount", R"("49900")"), "amount: expected an integer");
        row("amount too large", with("amount", "18446744073709551615"), "amount: too large");
        row("amount given twice", with("amount", "1,\"amount\":2"), "amount: given twice");
        row("currency lowercase", with("currency", R"("inr")"), "currency: expected three");
        row("bad error_source", with("error_source", R"("weather")"),
            "error_source: unknown value \"weather\"");
        row("time without zone", with("occurred_at", R"("2026-11-24T16:00:00")"),
            "occurred_at: not an RFC 3339");
        row("time as a date", with("occurred_at", R"("2026-11-24")"), "occurred_at: not an RFC");
        row("time in words", with("occurred_at", R"("yesterday")"), "occurred_at: not an RFC");
        row("time a number", with("occurred_at", "1700000000"),
            "occurred_at: expected an RFC 3339 string, got a number");
        row("no such day", with("occurred_at", R"("2026-02-29T10:00:00Z")"),
            "occurred_at: no such date");
        row("no such hour", with("occurred_at", R"("2026-11-24T24:00:00Z")"),
            "occurred_at: no such time of day");
        row("before 2000", with("occurred_at", R"("1999-12-31T23:59:59Z")"),
            "occurred_at: before 2000-01-01");
        row("far future", with("occurred_at", R"("2026-11-26T00:00:01Z")"),
            "occurred_at: more than a day in the future");
        row("NUL in a field", with("merchant_id", "\"m_\\u0000\""), "merchant_id: contains a NUL");
        row("NUL in an unknown field", with("error_code", "null,\"x\":[\"\\u0000\"]"),
            "x: contains a NUL");
        // Found by fuzz/payment_event_parser_fuzzer: the NUL went into the quarantine reason,
        // which the store refuses.
        row("NUL in an unknown field's name", with("error_code", "null,\"a\\u0000b\":1"),
            "a?b: contains a NUL");
        row("invalid UTF-8 in a string",
            with("issuer", "\"HD\xFF\xFE"
                           "FC\""),
            "invalid UTF-8 at byte ");
        row("truncated UTF-8", with("issuer", "\"HD\xC3\""), "invalid UTF-8");
    }
    void badLinesAreRefusedNamingTheField()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, reasonStart);
        const QString reason = QString::fromStdString(reasonFor(line.toStdString()));
        QVERIFY2(reason.startsWith(reasonStart), qPrintable(reason));
    }

    void invalidUtf8IsLocated()
    {
        const std::string line = with("issuer", "\"HD\xFF"
                                                "C\"");
        const auto at = line.find('\xFF') + 1;
        QCOMPARE(reasonFor(line), "invalid UTF-8 at byte " + std::to_string(at));
    }

    void reasonsStayValidUtf8()
    {
        // A long unknown status is cut in the message, never inside a character.
        const std::string status = "\"" + std::string(59, 'x') + "\xC3\xA9\xC3\xA9\"";
        const QByteArray reason = QByteArray::fromStdString(reasonFor(with("status", status)));
        QVERIFY2(reason.startsWith("status: unknown value"), reason.constData());
        QVERIFY(QString::fromUtf8(reason).toUtf8() == reason);
        QVERIFY(reason.contains("...\""));
    }

    void timestampsAreNormalisedToUtc_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("utc");
        QTest::newRow("Z") << QByteArray("2026-11-24T16:00:00Z")
                           << QByteArray("2026-11-24 16:00:00.000000+00");
        QTest::newRow("India") << QByteArray("2026-11-24T21:30:00.5+05:30")
                               << QByteArray("2026-11-24 16:00:00.500000+00");
        QTest::newRow("west, across midnight and a month")
            << QByteArray("2026-10-31T22:15:00-03:00")
            << QByteArray("2026-11-01 01:15:00.000000+00");
        QTest::newRow("lowercase, nanoseconds truncated")
            << QByteArray("2024-02-29t12:00:00.123456789z")
            << QByteArray("2024-02-29 12:00:00.123456+00");
        QTest::newRow("unknown local offset") << QByteArray("2026-01-01T00:00:00-00:00")
                                              << QByteArray("2026-01-01 00:00:00.000000+00");
        QTest::newRow("first instant allowed")
            << QByteArray("2000-01-01T00:00:00Z") << QByteArray("2000-01-01 00:00:00.000000+00");
    }
    void timestampsAreNormalisedToUtc()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, utc);
        const PaymentEvent event = eventFor(with("occurred_at", "\"" + text.toStdString() + "\""));
        QCOMPARE(QByteArray::fromStdString(::utc(event.occurredAt)), utc);
    }

    void malformedTimestampsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        for (const char* text :
             {"2026-11-24 16:00:00Z", "2026-11-24T16:00Z", "2026-11-24T16:00:00.Z",
              "2026-11-24T16:00:00+0530", "2026-11-24T16:00:00+24:00", "2026-13-01T00:00:00Z",
              "2026-11-24T16:00:60Z", "26-11-24T16:00:00Z", "2026-11-24T16:00:00Z "})
            QTest::newRow(text) << QByteArray(text);
    }
    void malformedTimestampsAreRefused()
    {
        QFETCH(QByteArray, text);
        QVERIFY(std::holds_alternative<std::string>(Rfc3339::parse(text.toStdString())));
    }

    void monthsOfTimes()
    {
        const std::int64_t t = Rfc3339::microsOfDate(2026, 11, 24) + 1;
        QCOMPARE(Rfc3339::monthIndex(t), (2026 - 1970) * 12 + 10);
        QCOMPARE(Rfc3339::microsOfMonth(Rfc3339::monthIndex(t)),
                 Rfc3339::microsOfDate(2026, 11, 1));
        QCOMPARE(Rfc3339::monthIndex(Rfc3339::microsOfDate(1969, 12, 31)), -1);
    }

    void parserIsReusable()
    {
        PaymentEventParser parser(now);
        PaymentEvent event;
        std::string padded = with("issuer", R"("SBI")") + std::string(64, ' ');
        QCOMPARE(parser.parsePadded(std::string_view(padded).substr(0, padded.size() - 64), event),
                 ""s);
        QCOMPARE(event.issuer.value_or("?"), "SBI"s);
        padded = with("issuer", "") + std::string(64, ' ');
        QCOMPARE(parser.parsePadded(std::string_view(padded).substr(0, padded.size() - 64), event),
                 ""s);
        QVERIFY(!event.issuer); // not left over from the line before
    }
};

QTEST_APPLESS_MAIN(TestPaymentEventParser)
#include "tst_payment_event_parser.moc"
