#include "AttemptTimelineModel.h"

#include "DisplayFormat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

const QString manualPrefix = QStringLiteral("manual:");

// The store records an outcome per attempt; rows written before it did get one from their result.
QString derivedOutcome(const QVariant& httpStatus, const QString& transportError)
{
    if (httpStatus.isValid() && !httpStatus.isNull()) {
        const int status = httpStatus.toInt();
        if (status >= 200 && status < 300)
            return QStringLiteral("succeeded");
        if (status == 410)
            return QStringLiteral("gone");
        if (status == 429 || status == 503)
            return QStringLiteral("retry_after");
        return QStringLiteral("failed");
    }
    if (transportError.contains(u"timeout", Qt::CaseInsensitive) ||
        transportError.contains(u"timed out", Qt::CaseInsensitive))
        return QStringLiteral("timeout");
    return QStringLiteral("failed");
}

QVariantMap headersFrom(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
}

QString timeText(const QDateTime& at)
{
    if (!at.isValid())
        return {};
    return DisplayFormat::dateTime(at, true);
}

QString durationText(const QVariant& ms)
{
    if (!ms.isValid() || ms.isNull())
        return {};
    const int value = ms.toInt();
    if (value < 1000)
        return AttemptTimelineModel::tr("%1 ms").arg(value);
    return AttemptTimelineModel::tr("%1 s").arg(QLocale().toString(value / 1000.0, 'f', 2));
}

bool isManual(const QString& trigger)
{
    return trigger.startsWith(manualPrefix);
}

QString requester(const QString& trigger)
{
    return isManual(trigger) ? trigger.mid(manualPrefix.size()) : QString();
}

QString triggerText(const QString& trigger)
{
    if (isManual(trigger))
        return AttemptTimelineModel::tr("manual: %1").arg(requester(trigger));
    return AttemptTimelineModel::tr("schedule");
}

} // namespace

AttemptTimelineModel::AttemptTimelineModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AttemptTimelineModel::setResult(const QueryResult& result)
{
    m_error = result.error;
    if (result.ok()) {
        beginResetModel();
        applyRows(result);
        endResetModel();
    }
    emit resultApplied();
}

void AttemptTimelineModel::clear()
{
    beginResetModel();
    m_attempts.clear();
    m_scheduled.reset();
    m_deliveryState.clear();
    m_error.clear();
    endResetModel();
}

void AttemptTimelineModel::applyRows(const QueryResult& result)
{
    const auto col = [&result](const char* name) {
        return result.column(QString::fromLatin1(name));
    };
    const int state = col("delivery_state"), deliveryNext = col("delivery_next_attempt_at"),
              requestedBy = col("manual_requested_by"), id = col("attempt_id"),
              number = col("attempt_no"), started = col("started_at"),
              duration = col("duration_ms"), outcome = col("outcome"),
              httpStatus = col("http_status"), transportError = col("transport_error"),
              trigger = col("trigger"), next = col("next_attempt_at"),
              headers = col("request_headers"), excerpt = col("response_excerpt");
    m_attempts.clear();
    m_scheduled.reset();
    m_deliveryState.clear();
    for (const QVariantList& row : result.rows) {
        m_deliveryState = row.value(state).toString();
        if (row.value(id).isNull() || !row.value(id).isValid())
            continue;
        Attempt attempt;
        attempt.id = row.value(id).toLongLong();
        attempt.number = row.value(number).toInt();
        attempt.startedAt = row.value(started).toDateTime();
        attempt.durationMs = row.value(duration);
        attempt.httpStatus = row.value(httpStatus);
        attempt.transportError = row.value(transportError).toString();
        attempt.outcome = row.value(outcome).toString();
        if (attempt.outcome.isEmpty())
            attempt.outcome = derivedOutcome(attempt.httpStatus, attempt.transportError);
        attempt.trigger = row.value(trigger).toString();
        attempt.nextAttemptAt = row.value(next).toDateTime();
        attempt.requestHeaders = headersFrom(row.value(headers).toString());
        attempt.responseExcerpt = row.value(excerpt).toString();
        m_attempts.append(attempt);
    }
    if (!result.rows.isEmpty() && (m_deliveryState == u"pending" || m_deliveryState == u"failed")) {
        const QVariantList& first = result.rows.constFirst();
        const QDateTime at = first.value(deliveryNext).toDateTime();
        if (at.isValid())
            m_scheduled = Scheduled{at, first.value(requestedBy).toString()};
    }
}

int AttemptTimelineModel::rowOfAttempt(qint64 attemptId) const
{
    for (int row = 0; row < m_attempts.size(); ++row) {
        if (m_attempts.at(row).id == attemptId)
            return row;
    }
    return -1;
}

QColor AttemptTimelineModel::outcomeColor(const QString& outcome)
{
    if (outcome == u"succeeded")
        return QColor(0x2e, 0x9d, 0x4f);
    if (outcome == u"failed")
        return QColor(0xd9, 0x30, 0x25);
    if (outcome == u"retry_after")
        return QColor(0xf2, 0x8c, 0x0c);
    if (outcome == u"gone")
        return QColor(0x8e, 0x24, 0xaa);
    if (outcome == u"circuit_open")
        return QColor(0x60, 0x7d, 0x8b);
    if (outcome == u"scheduled")
        return QColor(0x42, 0x85, 0xf4);
    return QColor(0x8a, 0x8a, 0x8a); // timeout, refused: the request got no answer
}

QString AttemptTimelineModel::outcomeName(const QString& outcome)
{
    if (outcome == u"succeeded")
        return tr("succeeded");
    if (outcome == u"failed")
        return tr("failed");
    if (outcome == u"retry_after")
        return tr("retry after");
    if (outcome == u"gone")
        return tr("gone (410)");
    if (outcome == u"timeout")
        return tr("timeout");
    if (outcome == u"refused")
        return tr("refused");
    if (outcome == u"circuit_open")
        return tr("circuit open");
    if (outcome == u"scheduled")
        return tr("scheduled");
    return outcome;
}

int AttemptTimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_attempts.size()) + (m_scheduled ? 1 : 0);
}

int AttemptTimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttemptTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == m_attempts.size())
        return scheduledData(index.column(), role);
    return attemptData(m_attempts.at(index.row()), index.column(), role);
}

QVariant AttemptTimelineModel::attemptData(const Attempt& attempt, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(attempt, column);
    case Qt::ToolTipRole:
        return toolTip(attempt);
    case Qt::DecorationRole:
        return column == OutcomeColumn ? outcomeColor(attempt.outcome) : QVariant();
    case Qt::TextAlignmentRole:
        return column == DurationColumn ? QVariant::fromValue(Qt::AlignVCenter | Qt::AlignRight)
                                        : QVariant();
    case StartMsRole:
        return attempt.startedAt.toMSecsSinceEpoch();
    case DurationMsRole:
        return attempt.durationMs.isNull() ? QVariant() : QVariant(attempt.durationMs.toInt());
    case OutcomeRole:
        return attempt.outcome;
    case OutcomeColorRole:
        return outcomeColor(attempt.outcome);
    case IsManualRole:
        return isManual(attempt.trigger);
    case RequestedByRole:
        return requester(attempt.trigger);
    case IsScheduledRole:
        return false;
    case AttemptIdRole:
        return attempt.id;
    case HttpStatusRole:
        return attempt.httpStatus.isNull() ? QVariant() : QVariant(attempt.httpStatus.toInt());
    case TransportErrorRole:
        return attempt.transportError;
    case RequestHeadersRole:
        return attempt.requestHeaders;
    case ResponseExcerptRole:
        return attempt.responseExcerpt;
    default:
        return {};
    }
}

QVariant AttemptTimelineModel::displayValue(const Attempt& attempt, int column) const
{
    switch (column) {
    case StartedColumn:
        return timeText(attempt.startedAt);
    case DurationColumn:
        return durationText(attempt.durationMs);
    case OutcomeColumn:
        return outcomeName(attempt.outcome);
    case ResultColumn:
        if (!attempt.httpStatus.isNull() && attempt.httpStatus.isValid())
            return tr("HTTP %1").arg(attempt.httpStatus.toInt());
        return attempt.transportError;
    case TriggerColumn:
        return triggerText(attempt.trigger);
    case NextAttemptColumn:
        return attempt.nextAttemptAt.isValid() ? timeText(attempt.nextAttemptAt) : tr("—");
    default:
        return {};
    }
}

QVariant AttemptTimelineModel::scheduledData(int column, int role) const
{
    const Scheduled& scheduled = *m_scheduled;
    switch (role) {
    case Qt::DisplayRole:
        return scheduledValue(column);
    case Qt::ToolTipRole:
        return scheduled.requestedBy.isEmpty()
                   ? tr("Next attempt scheduled for %1").arg(timeText(scheduled.at))
                   : tr("Manual retry asked by %1, due %2")
                         .arg(scheduled.requestedBy, timeText(scheduled.at));
    case Qt::DecorationRole:
        return column == OutcomeColumn ? outcomeColor(QStringLiteral("scheduled")) : QVariant();
    case StartMsRole:
        return scheduled.at.toMSecsSinceEpoch();
    case OutcomeRole:
        return QStringLiteral("scheduled");
    case OutcomeColorRole:
        return outcomeColor(QStringLiteral("scheduled"));
    case IsManualRole:
        return !scheduled.requestedBy.isEmpty();
    case RequestedByRole:
        return scheduled.requestedBy;
    case IsScheduledRole:
        return true;
    case RequestHeadersRole:
        return QVariantMap();
    case TransportErrorRole:
    case ResponseExcerptRole:
        return QString();
    default:
        return {};
    }
}

QVariant AttemptTimelineModel::scheduledValue(int column) const
{
    switch (column) {
    case StartedColumn:
        return timeText(m_scheduled->at);
    case OutcomeColumn:
        return outcomeName(QStringLiteral("scheduled"));
    case TriggerColumn:
        return m_scheduled->requestedBy.isEmpty()
                   ? triggerText(QStringLiteral("schedule"))
                   : triggerText(manualPrefix + m_scheduled->requestedBy);
    case DurationColumn:
    case ResultColumn:
    case NextAttemptColumn:
        return QString();
    default:
        return {};
    }
}

QString AttemptTimelineModel::toolTip(const Attempt& attempt) const
{
    QStringList lines;
    lines << tr("Attempt %1 — %2").arg(attempt.number).arg(outcomeName(attempt.outcome));
    lines << tr("Started %1").arg(timeText(attempt.startedAt));
    if (!attempt.durationMs.isNull() && attempt.durationMs.isValid())
        lines << tr("Took %1").arg(durationText(attempt.durationMs));
    const QString result = displayValue(attempt, ResultColumn).toString();
    if (!result.isEmpty())
        lines << result;
    if (isManual(attempt.trigger))
        lines << tr("Manual retry asked by %1").arg(requester(attempt.trigger));
    return lines.join(u'\n');
}

QVariant AttemptTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case OutcomeColumn:
        return tr("Outcome");
    case ResultColumn:
        return tr("HTTP status / error");
    case TriggerColumn:
        return tr("Trigger");
    case NextAttemptColumn:
        return tr("Next attempt");
    default:
        return {};
    }
}
