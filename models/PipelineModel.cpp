#include "PipelineModel.h"

#include "CashbackTime.h"
#include "StatusColor.h"

#include <QColor>
#include <QLocale>

namespace {

QString rateText(double perSecond)
{
    return QLocale().toString(perSecond, 'f', perSecond < 10 ? 1 : 0);
}

} // namespace

PipelineModel::PipelineModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

template<typename T> void PipelineModel::append(QList<T>& history, const T& sample)
{
    history.append(sample);
    if (history.size() > m_maximumSamples)
        history.remove(0, history.size() - m_maximumSamples);
}

void PipelineModel::setStoreResult(const QueryResult& result)
{
    m_storeError = result.error;
    if (result.ok() && !result.rows.isEmpty()) {
        const CashbackPipelineFigures f = CashbackPipelineFigures::fromResult(result);
        m_figures = f;
        const qint64 at =
            f.at.isValid() ? f.at.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
        append(m_storeHistory, StoreSample{at, f.perSecond(f.computed), f.perSecond(f.queued),
                                           f.perSecond(f.credited), f.waitingCredit});
        emit dataChanged(index(0, 0), index(RowCount - 1, ColumnCount - 1));
    }
    emit storeApplied();
}

void PipelineModel::setBroker(const BrokerQueueStats::Snapshot& snapshot)
{
    m_brokerError = snapshot.error;
    const BrokerQueueFigures* credits = snapshot.queue(QString::fromLatin1(creditQueue));
    const BrokerQueueFigures* dead = snapshot.queue(QString::fromLatin1(deadQueue));
    m_credits = credits ? std::optional(*credits) : std::nullopt;
    m_dead = dead ? std::optional(*dead) : std::nullopt;
    if (credits) {
        append(m_brokerHistory,
               BrokerSample{snapshot.at.toMSecsSinceEpoch(), credits->messages, credits->unacked,
                            credits->consumers, credits->publishRate, credits->ackRate,
                            dead ? dead->messages : 0});
    }
    emit dataChanged(index(0, 0), index(RowCount - 1, ColumnCount - 1));
    emit brokerApplied();
}

QString PipelineModel::lagText() const
{
    if (!m_figures || m_figures->lagMedian < 0)
        return tr("nothing credited in the last %1 s")
            .arg(m_figures ? m_figures->windowSeconds : 60);
    const auto ms = [](double seconds) { return CashbackTime::duration(qint64(seconds * 1000)); };
    return tr("median %1 · p95 %2 · max %3")
        .arg(ms(m_figures->lagMedian), ms(m_figures->lagP95), ms(m_figures->lagMax));
}

int PipelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int PipelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PipelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return index.column() == InColumn || index.column() == OutColumn ||
                       index.column() == WaitingColumn
                   ? QVariant::fromValue(Qt::AlignVCenter | Qt::AlignRight)
                   : QVariant();
    case Qt::ForegroundRole:
        if (index.row() == DeadLetterRow && index.column() == WaitingColumn && m_dead &&
            m_dead->messages > 0)
            return StatusColor::of(StatusColor::Bad);
        return {};
    default:
        return {};
    }
}

QVariant PipelineModel::display(int row, int column) const
{
    switch (column) {
    case StageColumn:
        return stageName(row);
    case InColumn:
        return rateIn(row);
    case OutColumn:
        return rateOut(row);
    case WaitingColumn:
        return waiting(row);
    case DetailColumn:
        return detail(row);
    default:
        return {};
    }
}

QString PipelineModel::stageName(int row) const
{
    switch (row) {
    case CapturedRow:
        return tr("Payments captured");
    case ComputedRow:
        return tr("Cashbacks computed");
    case QueueRow:
        return tr("Credit queue (RabbitMQ)");
    case CreditedRow:
        return tr("Credited");
    case ReversedRow:
        return tr("Reversed");
    case DeadLetterRow:
        return tr("Dead letters");
    default:
        return {};
    }
}

QVariant PipelineModel::rateIn(int row) const
{
    const QString unknown = QStringLiteral("—");
    if (row == QueueRow)
        return m_credits ? rateText(m_credits->publishRate) : unknown;
    if (!m_figures)
        return unknown;
    const CashbackPipelineFigures& f = *m_figures;
    switch (row) {
    case CapturedRow:
        return rateText(f.perSecond(f.captured));
    case ComputedRow:
        return rateText(f.perSecond(f.computed));
    case CreditedRow:
        return rateText(f.perSecond(f.credited));
    case ReversedRow:
        return rateText(f.perSecond(f.reversed));
    case DeadLetterRow:
        return rateText(f.perSecond(f.deadLettered));
    default:
        return {};
    }
}

QVariant PipelineModel::rateOut(int row) const
{
    if (row == QueueRow)
        return m_credits ? rateText(m_credits->ackRate) : QStringLiteral("—");
    if (!m_figures)
        return QStringLiteral("—");
    const CashbackPipelineFigures& f = *m_figures;
    switch (row) {
    case CapturedRow:
        return rateText(f.perSecond(f.computed));
    case ComputedRow:
        return rateText(f.perSecond(f.queued));
    default:
        return {};
    }
}

QVariant PipelineModel::waiting(int row) const
{
    if (row == QueueRow)
        return m_credits ? QVariant(m_credits->messages) : QVariant(QStringLiteral("—"));
    if (row == DeadLetterRow)
        return m_dead ? QVariant(m_dead->messages) : QVariant(QStringLiteral("—"));
    if (!m_figures)
        return QStringLiteral("—");
    switch (row) {
    case ComputedRow:
        return m_figures->waitingQueue;
    case CreditedRow:
        return m_figures->waitingCredit;
    case ReversedRow:
        return m_figures->waitingReversal;
    default:
        return {};
    }
}

QString PipelineModel::detail(int row) const
{
    switch (row) {
    case CapturedRow:
        return tr("out: those that earned a cashback");
    case ComputedRow:
        return tr("waiting: not yet confirmed by the broker");
    case QueueRow:
        if (!m_credits)
            return m_brokerError;
        return tr("%1 ready · %2 unacknowledged · %n consumer(s)", nullptr, m_credits->consumers)
            .arg(m_credits->ready)
            .arg(m_credits->unacked);
    case CreditedRow:
        return tr("waiting: queued, not yet in the ledger");
    case ReversedRow:
        return tr("waiting: refunded, not yet reversed");
    case DeadLetterRow:
        return tr("waiting: messages in %1").arg(QString::fromLatin1(deadQueue));
    default:
        return {};
    }
}

QVariant PipelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StageColumn:
        return tr("Stage");
    case InColumn:
        return tr("In /s");
    case OutColumn:
        return tr("Out /s");
    case WaitingColumn:
        return tr("Waiting");
    case DetailColumn:
        return QString();
    default:
        return {};
    }
}
