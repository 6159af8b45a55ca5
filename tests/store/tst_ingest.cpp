#include "TestStore.h"
#include "store/PgConnection.h"
#include "store/PgResult.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray eventLine(const QByteArray& id, const QByteArray& occurredAt = "2026-11-24T16:00:00Z",
                     const QByteArray& more = {})
{
    return "{\"id\":\"" + id + "\",\"payment_id\":\"pay_" + id +
           "\",\"merchant_id\":\"m_1042\",\"status\":\"captured\",\"method\":\"card\",\"issuer\":"
           "\"HDFC\","
           "\"network\":\"visa\",\"card_type\":\"credit\",\"gateway\":\"gw_a\",\"amount\":49900,"
           "\"currency\":\"INR\",\"error_code\":null,\"error_source\":null,\"occurred_at\":\"" +
           occurredAt + '"' + more + '}';
}

QByteArray lines(const QList<QByteArray>& list)
{
    return list.join('\n') + '\n';
}

} // namespace

class IngestTest : public QObject
{
    Q_OBJECT

    std::optional<TestStore> m_store;
    QTemporaryDir m_dir;

    QString dsn() const { return m_store->dsnAs(u"ingest"_s); }

    QString write(const QString& name, const QByteArray& content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }

    QProcess* start(const QStringList& arguments, const QString& dsn)
    {
        auto* process = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PAYOPS_DSN"_s, dsn);
        process->setProcessEnvironment(env);
        process->start(qEnvironmentVariable("PAYOPS_BIN"), QStringList{u"ingest"_s} + arguments);
        return process;
    }

    static Run finish(QProcess* process)
    {
        Run run;
        if (process->waitForFinished(120000) && process->exitStatus() == QProcess::NormalExit)
            run.exitCode = process->exitCode();
        run.out = QString::fromUtf8(process->readAllStandardOutput()).trimmed();
        run.err = QString::fromUtf8(process->readAllStandardError());
        process->deleteLater();
        return run;
    }

    Run ingest(const QStringList& arguments, const QByteArray& input = {})
    {
        QProcess* process = start(arguments, dsn());
        process->write(input);
        process->closeWriteChannel();
        return finish(process);
    }

    PgConnection owner() const { return PgConnection::open(m_store->ownerDsn()); }

    qint64 count(const QString& sql) { return owner().exec(sql).toInt(0, 0); }

    // The quarantine rows of one source: line -> (reason, raw, raw_bytes).
    struct Quarantined
    {
        QString reason;
        QByteArray raw;
        qint64 rawBytes = 0;
    };
    QMap<qint64, Quarantined> quarantine(const QString& source)
    {
        const PgResult result =
            owner().exec(u"SELECT line, reason, raw, raw_bytes FROM payops.ingest_quarantine "
                         u"WHERE source = $1 ORDER BY line"_s,
                         {source});
        QMap<qint64, Quarantined> rows;
        for (int r = 0; r < result.rows(); ++r)
            rows.insert(result.toInt(r, 0),
                        {result.text(r, 1), result.value(r, 2).toByteArray(), result.toInt(r, 3)});
        return rows;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store.emplace(u"ingest"_s);
    }

    void init()
    {
        owner().exec(u"TRUNCATE payops.payment_events, payops.payment_event_ids, "
                     u"payops.ingest_quarantine"_s);
    }

    void goodLinesAreLoadedAndDuplicatesCounted()
    {
        QList<QByteArray> input;
        for (int i = 0; i < 250; ++i)
            input << eventLine("evt_" + QByteArray::number(i));
        for (int i = 0; i < 20; ++i) // repeats, some in the same batch, some in later ones
            input << eventLine("evt_" + QByteArray::number(i * 12));
        const QString path = write(u"good.jsonl"_s, lines(input));

        Run run = ingest({u"--batch"_s, u"100"_s, path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"250 loaded, 20 duplicates, 0 quarantined"),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(u"270 lines read"));
        QCOMPARE(count(u"SELECT count(*) FROM payops.payment_events"_s), 250);
        QCOMPARE(count(u"SELECT count(DISTINCT id) FROM payops.payment_events"_s), 250);
        QCOMPARE(count(u"SELECT count(*) FROM payops.payment_event_ids"_s), 250);

        run = ingest({path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"0 loaded, 270 duplicates, 0 quarantined"),
                 qPrintable(run.out));
        QCOMPARE(count(u"SELECT count(*) FROM payops.payment_events"_s), 250);
    }

    void eventsAreStoredAsWritten()
    {
        const QByteArray failed =
            "{\"id\":\"evt_f\",\"payment_id\":\"pay_f\",\"merchant_id\":\"m_7\",\"status\":"
            "\"failed\","
            "\"method\":\"upi\",\"amount\":0,\"currency\":\"USD\",\"error_code\":\"BANK_DECLINED\","
            "\"error_source\":\"bank\",\"occurred_at\":\"2026-11-24T21:30:00.123456+05:30\","
            "\"risk\":{\"score\":0.5,\"tags\":[\"a\",\"b\"]},\"note\":\"tab"
            "\\"
            "there\"}";
        const QString path = write(u"stored.jsonl"_s, lines({eventLine("evt_c"), failed}));
        QCOMPARE(ingest({path}).exitCode, 0);

        const PgResult row = owner().exec(
            u"SELECT payment_id, merchant_id, status, method, issuer, network, card_type, gateway,"
            u" amount, currency, error_code, error_source,"
            u" to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'),"
            u" extra->'risk'->>'score', extra->'risk'->'tags'->>1, extra->>'note', received_at"
            u" FROM payops.payment_events WHERE id = 'evt_f'"_s);
        QCOMPARE(row.rows(), 1);
        const QStringList expected{u"pay_f"_s, u"m_7"_s, u"failed"_s, u"upi"_s};
        for (int c = 0; c < expected.size(); ++c)
            QCOMPARE(row.text(0, c), expected.at(c));
        for (int c = 4; c < 8; ++c)
            QVERIFY(row.isNull(0, c)); // absent optional fields are NULL
        QCOMPARE(row.toInt(0, 8), 0);
        QCOMPARE(row.text(0, 9), u"USD"_s);
        QCOMPARE(row.text(0, 10), u"BANK_DECLINED"_s);
        QCOMPARE(row.text(0, 11), u"bank"_s);
        QCOMPARE(row.text(0, 12), u"2026-11-24 16:00:00.123456"_s);
        QCOMPARE(row.text(0, 13), u"0.5"_s);
        QCOMPARE(row.text(0, 14), u"b"_s);
        QCOMPARE(row.text(0, 15), u"tab\there"_s);
        QVERIFY(!row.isNull(0, 16));

        const PgResult plain = owner().exec(
            u"SELECT amount, issuer, extra IS NULL FROM payops.payment_events WHERE id = 'evt_c'"_s);
        QCOMPARE(plain.toInt(0, 0), 49900);
        QCOMPARE(plain.text(0, 1), u"HDFC"_s);
        QCOMPARE(plain.value(0, 2).toBool(), true);
    }

    void everyBadKindIsQuarantined()
    {
        const QByteArray huge =
            "{\"id\":\"evt_huge\",\"pad\":\"" + QByteArray(10 << 20, 'x') + "\"}";
        const QList<QByteArray> input{
            eventLine("ok_1"),                                                                 // 1
            "{\"id\":\"evt_1\", \"status\":",                                                  // 2
            "{\"id\":\"evt_\xff\xfe\"}",                                                       // 3
            "[\"not\",\"an\",\"object\"]",                                                     // 4
            eventLine("bad_4").replace("\"method\":\"card\",", ""),                            // 5
            eventLine("bad_5").replace("\"amount\":49900", "\"amount\":\"49900\""),            // 6
            eventLine("bad_6").replace("captured", "lost"),                                    // 7
            eventLine("bad_7").replace("49900", "-5"),                                         // 8
            eventLine("bad_8").replace("49900", "499.5"),                                      // 9
            eventLine("bad_9", "2026-11-24 16:00"),                                            // 10
            eventLine("bad_10", "1999-12-31T23:59:59Z"),                                       // 11
            eventLine("bad_11").replace("\"error_source\":null", "\"error_source\":\"moon\""), // 12
            huge,                                                                              // 13
            "",                                             // 14: blank
            eventLine("ok_2", "2026-11-24T18:00:00+02:00"), // 15
        };
        const QString path = write(u"bad.jsonl"_s, lines(input));

        const Run run = ingest({path});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.startsWith(u"2 loaded, 0 duplicates, 12 quarantined"),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(u"15 lines read, 1 blank"));
        QCOMPARE(count(u"SELECT count(*) FROM payops.payment_events"_s), 2);

        const auto rows = quarantine(path);
        QCOMPARE(rows.keys(), (QList<qint64>{2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}));
        const QMap<qint64, QString> reasons{
            {2, u"invalid JSON"_s},
            {3, u"invalid UTF-8 at byte 12"_s},
            {4, u"expected a JSON object, got an array"_s},
            {5, u"method: missing"_s},
            {6, u"amount: expected an integer, got a string"_s},
            {7, u"status: unknown value \"lost\""_s},
            {8, u"amount: must not be negative, got -5"_s},
            {9, u"amount: must be an integer"_s},
            {10, u"occurred_at: not an RFC 3339 date-time"_s},
            {11, u"occurred_at: before 2000-01-01"_s},
            {12, u"error_source: unknown value \"moon\""_s},
            {13, u"line: 10485786 bytes, over the limit of 1048576"_s},
        };
        for (auto it = reasons.begin(); it != reasons.end(); ++it)
            QVERIFY2(rows[it.key()].reason.startsWith(it.value()),
                     qPrintable(u"line %1: %2"_s.arg(it.key()).arg(rows[it.key()].reason)));
        for (qint64 line : {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}) {
            QCOMPARE(rows[line].raw, input.at(line - 1));
            QCOMPARE(rows[line].rawBytes, input.at(line - 1).size());
        }
        QCOMPARE(rows[13].rawBytes, huge.size());
        QCOMPARE(rows[13].raw, huge.left(64 << 10));
        QCOMPARE(count(u"SELECT count(*) FROM payops.payment_events WHERE id = 'ok_2' AND "
                       u"occurred_at = '2026-11-24 16:00:00+00'"_s),
                 1);
    }

    void stdinAndSourceName()
    {
        Run run = ingest({u"-"_s}, lines({eventLine("in_1"), "{oops"}));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.startsWith(u"1 loaded, 0 duplicates, 1 quarantined"), qPrintable(run.out));
        QCOMPARE(quarantine(u"stdin"_s).keys(), QList<qint64>{2});

        run = ingest({u"--source"_s, u"feed-7"_s},
                     "{oops}\n" + eventLine("in_1") + '\n' + eventLine("in_2"));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.startsWith(u"1 loaded, 1 duplicates, 1 quarantined"), qPrintable(run.out));
        QCOMPARE(quarantine(u"feed-7"_s).keys(), QList<qint64>{1});
        QCOMPARE(count(u"SELECT count(*) FROM payops.payment_events"_s), 2);
    }

    // Found by fuzz/payment_event_parser_fuzzer: the reason carried the NUL of the field's
    // name into the quarantine row, which COPY refuses.
    void aNulInAnUnknownFieldNameIsQuarantined()
    {
        const Run run =
            ingest({u"-"_s}, lines({eventLine("nul_1", "2026-11-24T16:00:00Z", ",\"a\\u0000b\":1"),
                                    eventLine("nul_2")}));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.startsWith(u"1 loaded, 0 duplicates, 1 quarantined"), qPrintable(run.out));
        QCOMPARE(quarantine(u"stdin"_s).value(1).reason,
                 u"a?b: contains a NUL character, which the store cannot keep"_s);
    }

    void eventsOfAnyMonthFindTheirPartition()
    {
        const QString path =
            write(u"months.jsonl"_s, lines({eventLine("m_1", "2001-03-04T05:06:07Z"),
                                            eventLine("m_2", "2026-01-31T23:59:59Z"),
                                            eventLine("m_3", "2026-02-01T00:30:00+01:00")}));
        const Run run = ingest({path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(count(u"SELECT count(*) FROM payops.payment_events_2001_03"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM payops.payment_events_2026_01"_s), 2);
    }

    void eachBatchNotifiesOnce()
    {
        PgConnection listener = owner();
        listener.listen(u"payops_events"_s);
        QList<QByteArray> input;
        for (int i = 0; i < 25; ++i)
            input << eventLine("n_" + QByteArray::number(i));
        QCOMPARE(ingest({u"--batch"_s, u"10"_s, write(u"notify.jsonl"_s, lines(input))}).exitCode,
                 0);

        QStringList payloads;
        QDeadlineTimer deadline(10000);
        while (payloads.size() < 3 && !deadline.hasExpired()) {
            for (const PgNotification& n : listener.takeNotifications())
                payloads << n.payload;
            QThread::msleep(20);
        }
        payloads.sort();
        QCOMPARE(payloads, (QStringList{u"ingested:10"_s, u"ingested:10"_s, u"ingested:5"_s}));
    }

    void concurrentIngestsLoadEachIdOnce()
    {
        QList<QByteArray> input;
        for (int i = 0; i < 3000; ++i)
            input << eventLine("c_" + QByteArray::number(i));
        const QString path = write(u"concurrent.jsonl"_s, lines(input));
        QList<QProcess*> processes;
        for (int i = 0; i < 3; ++i)
            processes << start({u"--batch"_s, u"500"_s, path}, dsn());
        qint64 loaded = 0;
        for (QProcess* process : processes) {
            const Run run = finish(process);
            QCOMPARE(run.exitCode, 0);
            loaded += run.out.section(u' ', 0, 0).toLongLong();
            QVERIFY2(run.out.contains(u" duplicates"), qPrintable(run.out));
        }
        QCOMPARE(loaded, 3000);
        QCOMPARE(count(u"SELECT count(*) FROM payops.payment_events"_s), 3000);
    }

    void failuresAndUsageErrors()
    {
        const QString path = write(u"one.jsonl"_s, lines({eventLine("f_1")}));
        Run run = ingest({m_dir.filePath(u"missing.jsonl"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"missing.jsonl"), qPrintable(run.err));

        run = finish(start({path}, u"host=%1/nowhere user=engine dbname=x"_s.arg(m_dir.path())));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
        QCOMPARE(count(u"SELECT count(*) FROM payops.payment_events"_s), 0);

        for (const QStringList& arguments :
             {QStringList{u"--batch"_s, u"0"_s, path}, QStringList{path, path},
              QStringList{u"--no-such-option"_s}, QStringList{u"--connections"_s, u"x"_s}}) {
            run = ingest(arguments);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(u"payops ingest"), qPrintable(run.err));
        }
        run = ingest({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"Exit status"));
    }
};

QTEST_GUILESS_MAIN(IngestTest)
#include "tst_ingest.moc"
