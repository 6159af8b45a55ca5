#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

class QTextStream;

// The engines' log on stderr. Human: each line as written. JSON (--log-format json): one
// object a line: ts, level (info | warn | error, judged from the text), engine, msg, and the
// ids the line names (delivery_id, endpoint_id, downtime_id, shard, credit). Both formats
// mask DSN passwords, URL passwords and signing secrets (whsec_…) whatever wrote them.
class EngineLog
{
public:
    enum class Format
    {
        Human,
        Json
    };

    static void setFormat(Format format);
    static Format format();

    // A stream whose complete lines become records (one thread: the main one).
    static QTextStream& stream();
    // One record; thread-safe.
    static void line(const QString& text);

    // The record of one line as written (no newline), for tests.
    static QByteArray record(const QString& text, Format format, const QDateTime& at);
    static QString redact(QString text);
};
