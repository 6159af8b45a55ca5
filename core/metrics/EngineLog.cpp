#include "EngineLog.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QTextStream>
#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

std::atomic<EngineLog::Format> currentFormat{EngineLog::Format::Human};
QMutex writeMutex;

// Collects what a QTextStream writes and hands every complete line to EngineLog::line.
class LineDevice : public QIODevice
{
public:
    LineDevice() { open(QIODevice::WriteOnly); }
    ~LineDevice() override
    {
        if (!m_pending.isEmpty())
            EngineLog::line(QString::fromUtf8(m_pending));
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        m_pending.append(data, size);
        qsizetype newline;
        while ((newline = m_pending.indexOf('\n')) >= 0) {
            EngineLog::line(QString::fromUtf8(m_pending.left(newline)));
            m_pending.remove(0, newline + 1);
        }
        return size;
    }

private:
    QByteArray m_pending;
};

QString level(const QString& text)
{
    const QRegularExpression error(u"\\b(refused a step|cannot|could not|fatal)\\b"_s,
                                   QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression warn(
        u"\\b(unavailable|error|failed|reconnecting|retrying|lost|dead-lettered|disabled|"
        u"refused|unusable|left out)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (error.match(text).hasMatch())
        return u"error"_s;
    return warn.match(text).hasMatch() ? u"warn"_s : u"info"_s;
}

QString engine(const QString& text)
{
    const QRegularExpression prefix(
        u"^(?:payops )?(dispatch|detect|cashback|simulate|ingest|compute|credit)\\b"_s);
    const QString name = prefix.match(text).captured(1);
    if (name == u"compute" || name == u"credit")
        return u"cashback"_s;
    return name;
}

void addIds(const QString& text, QJsonObject& record)
{
    const struct
    {
        const char* key;
        QRegularExpression pattern;
        bool numeric;
    } ids[] = {
        {"delivery_id", QRegularExpression(u"\\bdelivery (\\d+)"_s), true},
        {"endpoint_id", QRegularExpression(u"\\bendpoint (\\d+)"_s), true},
        {"downtime_id", QRegularExpression(u"\\bdowntime (\\d+)"_s), true},
        {"shard", QRegularExpression(u"\\bshard (\\d+)"_s), true},
        {"credit", QRegularExpression(u"\\bdead-lettered (\\S+?):"_s), false},
    };
    for (const auto& id : ids) {
        const QRegularExpressionMatch match = id.pattern.match(text);
        if (!match.hasMatch())
            continue;
        const QString value = match.captured(1);
        record.insert(QLatin1String(id.key),
                      id.numeric ? QJsonValue(value.toLongLong()) : QJsonValue(value));
    }
}

} // namespace

void EngineLog::setFormat(Format format)
{
    currentFormat = format;
}

EngineLog::Format EngineLog::format()
{
    return currentFormat;
}

QTextStream& EngineLog::stream()
{
    static LineDevice device;
    static QTextStream stream(&device);
    return stream;
}

void EngineLog::line(const QString& text)
{
    const QByteArray out = record(text, currentFormat, QDateTime::currentDateTimeUtc()) + '\n';
    QMutexLocker lock(&writeMutex);
    std::fwrite(out.constData(), 1, size_t(out.size()), stderr);
    std::fflush(stderr);
}

QByteArray EngineLog::record(const QString& text, Format format, const QDateTime& at)
{
    const QString clean = redact(text);
    if (format == Format::Human)
        return clean.toUtf8();
    QJsonObject record{{u"ts"_s, at.toUTC().toString(Qt::ISODateWithMs)},
                       {u"level"_s, level(clean)},
                       {u"msg"_s, clean}};
    const QString name = engine(clean);
    if (!name.isEmpty())
        record.insert(u"engine"_s, name);
    addIds(clean, record);
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

QString EngineLog::redact(QString text)
{
    const QRegularExpression keyword(u"(password\\s*=\\s*)('[^']*'|\\S+)"_s,
                                     QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression url(u"(://[^:/@\\s]+:)[^@\\s]+@"_s);
    const QRegularExpression secret(u"whsec_[A-Za-z0-9+/=_-]+"_s);
    text.replace(keyword, u"\\1***"_s);
    text.replace(url, u"\\1***@"_s);
    text.replace(secret, u"whsec_***"_s);
    return text;
}
