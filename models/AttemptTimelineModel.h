#pragma once

#include "store/Query.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDateTime>
#include <QList>
#include <QVariantMap>
#include <optional>

// The attempts of one delivery (core/deliveries/AttemptsQuery), oldest first, one row each.
// When the delivery still waits for another attempt (state pending or failed with a
// next_attempt_at), a trailing "scheduled" row stands for it: IsScheduledRole is true, it has
// no duration, outcome or result, and its trigger is manual:<who> when a manual retry asked
// for it. Timeline views draw it as the hollow mark.
class AttemptTimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StartedColumn,
        DurationColumn,
        OutcomeColumn,
        ResultColumn, // HTTP status or transport error
        TriggerColumn,
        NextAttemptColumn,
        ColumnCount
    };
    enum Role
    {
        StartMsRole = Qt::UserRole + 1, // qint64, ms since the epoch
        DurationMsRole,                 // int, or invalid when unknown / scheduled
        OutcomeRole,                    // the store's outcome name ("succeeded", "timeout"…)
        OutcomeColorRole,               // QColor of the outcome
        IsManualRole,                   // bool: a manual retry
        RequestedByRole,                // who asked for a manual retry
        IsScheduledRole,                // bool: the delivery's next scheduled attempt
        AttemptIdRole,                  // qint64, invalid for the scheduled row
        HttpStatusRole,                 // int, invalid without a response
        TransportErrorRole,             // QString
        RequestHeadersRole,             // QVariantMap of the request's headers
        ResponseExcerptRole,            // QString
    };

    explicit AttemptTimelineModel(QObject* parent = nullptr);

    // A result of AttemptsQuery::forDelivery. An error result keeps the rows and sets error().
    void setResult(const QueryResult& result);
    void clear();

    QString error() const { return m_error; }
    QString deliveryState() const { return m_deliveryState; }
    // The row of an attempt id, or -1.
    int rowOfAttempt(qint64 attemptId) const;
    bool hasScheduledRow() const { return m_scheduled.has_value(); }

    static QColor outcomeColor(const QString& outcome);
    static QString outcomeName(const QString& outcome);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void resultApplied();

private:
    struct Attempt
    {
        qint64 id = 0;
        int number = 0;
        QDateTime startedAt;
        QVariant durationMs;
        QString outcome;
        QVariant httpStatus;
        QString transportError;
        QString trigger;
        QDateTime nextAttemptAt;
        QVariantMap requestHeaders;
        QString responseExcerpt;
    };
    struct Scheduled
    {
        QDateTime at;
        QString requestedBy;
    };
    void applyRows(const QueryResult& result);
    QVariant displayValue(const Attempt& attempt, int column) const;
    QVariant scheduledValue(int column) const;
    QVariant scheduledData(int column, int role) const;
    QVariant attemptData(const Attempt& attempt, int column, int role) const;
    QString toolTip(const Attempt& attempt) const;

    QList<Attempt> m_attempts;
    std::optional<Scheduled> m_scheduled;
    QString m_deliveryState;
    QString m_error;
};
