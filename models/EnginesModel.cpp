#include "EnginesModel.h"

#include "StatusColor.h"

#include <QColor>
#include <QLocale>
#include <QMap>

using namespace Qt::StringLiterals;

EnginesModel::EnginesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void EnginesModel::setResult(const QueryResult& result)
{
    if (!result.ok()) {
        m_error = result.error;
        emit healthChanged();
        return;
    }
    QList<Instance> instances;
    const auto at = [&result](const QVariantList& row, const char* name) {
        return row.value(result.column(QString::fromLatin1(name)));
    };
    for (const QVariantList& row : result.rows) {
        Instance instance;
        instance.id = at(row, "id").toLongLong();
        instance.kind = at(row, "kind").toString();
        instance.host = at(row, "host").toString();
        instance.pid = at(row, "pid").toLongLong();
        instance.version = at(row, "version").toString();
        instance.startedAt = at(row, "started_at").toDateTime();
        instance.stale = at(row, "health").toString() != u"live";
        instance.silentSeconds = at(row, "silent_seconds").toDouble();
        instance.lagSeconds = at(row, "lag_seconds");
        instance.rate = at(row, "rate");
        instances.append(instance);
    }
    beginResetModel();
    m_instances = instances;
    endResetModel();
    m_error.clear();
    m_loadedAt = QDateTime::currentDateTimeUtc();
    emit healthChanged();
}

void EnginesModel::setLagThreshold(double seconds)
{
    m_lagThreshold = seconds;
    emit healthChanged();
}

QStringList EnginesModel::problems() const
{
    QMap<QString, double> bestLag; // kind -> smallest lag among its live instances
    QMap<QString, bool> live;
    for (const Instance& instance : m_instances) {
        live[instance.kind] = live.value(instance.kind) || !instance.stale;
        if (instance.stale)
            continue;
        const double lag = instance.lagSeconds.isNull() ? 0 : instance.lagSeconds.toDouble();
        bestLag[instance.kind] =
            bestLag.contains(instance.kind) ? std::min(bestLag[instance.kind], lag) : lag;
    }
    QStringList lines;
    for (auto it = live.cbegin(); it != live.cend(); ++it) {
        if (!it.value())
            lines.append(tr("%1: no live instance").arg(it.key()));
        else if (bestLag.value(it.key()) > m_lagThreshold)
            lines.append(tr("%1: %2 s behind")
                             .arg(it.key(), QLocale().toString(bestLag.value(it.key()), 'f', 0)));
    }
    return lines;
}

QString EnginesModel::stalenessNotice() const
{
    const QStringList lines = problems();
    if (lines.isEmpty())
        return {};
    return tr("Data on screen may be older than it should be — %1").arg(lines.join(u"; "_s));
}

int EnginesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_instances.size());
}

int EnginesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnginesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Instance& instance = m_instances.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(instance, index.column());
    case Qt::ForegroundRole:
        if (index.column() == StateColumn)
            return instance.stale ? StatusColor::of(StatusColor::Bad)
                                  : StatusColor::of(StatusColor::Good);
        if (index.column() == LagColumn && !instance.lagSeconds.isNull() &&
            instance.lagSeconds.toDouble() > m_lagThreshold)
            return StatusColor::of(StatusColor::Bad);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LagColumn || index.column() == RateColumn ||
            index.column() == PidColumn || index.column() == LastBeatColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StaleRole:
        return instance.stale;
    case LagSecondsRole:
        return instance.lagSeconds.isNull() ? QVariant() : instance.lagSeconds.toDouble();
    default:
        return {};
    }
}

QVariant EnginesModel::display(const Instance& instance, int column) const
{
    const QLocale locale;
    switch (column) {
    case KindColumn:
        return instance.kind;
    case StateColumn:
        return instance.stale ? tr("stale") : tr("live");
    case LagColumn:
        return instance.lagSeconds.isNull()
                   ? QString()
                   : tr("%1 s").arg(locale.toString(instance.lagSeconds.toDouble(), 'f', 1));
    case RateColumn:
        return instance.rate.isNull()
                   ? QString()
                   : tr("%1/s").arg(locale.toString(instance.rate.toDouble(), 'f', 1));
    case LastBeatColumn:
        return tr("%1 s ago").arg(locale.toString(instance.silentSeconds, 'f', 0));
    case HostColumn:
        return instance.host;
    case PidColumn:
        return instance.pid;
    case VersionColumn:
        return instance.version;
    case StartedColumn:
        return locale.toString(instance.startedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant EnginesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Engine");
    case StateColumn:
        return tr("State");
    case LagColumn:
        return tr("Lag");
    case RateColumn:
        return tr("Rate");
    case LastBeatColumn:
        return tr("Last beat");
    case HostColumn:
        return tr("Host");
    case PidColumn:
        return tr("PID");
    case VersionColumn:
        return tr("Version");
    case StartedColumn:
        return tr("Started");
    default:
        return {};
    }
}
