#include "WallTilesModel.h"

#include "DisplayFormat.h"
#include "WallCohortsModel.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

WallTilesModel::WallTilesModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void WallTilesModel::setResult(const QueryResult& result)
{
    m_error = result.error;
    if (result.ok())
        setTiles(WallTiles::fromResult(result));
    emit resultApplied();
}

void WallTilesModel::setTiles(const WallTiles& tiles)
{
    const bool first = !hasData();
    const WallTiles before = m_tiles;
    m_tiles = tiles;
    m_loadedAt = QDateTime::currentDateTime();
    const auto report = [this](int tile) { emit dataChanged(index(tile), index(tile)); };
    if (first || before.severities != tiles.severities)
        report(OpenDowntimesTile);
    if (first || before.webhookAttempts != tiles.webhookAttempts ||
        before.webhookSuccesses != tiles.webhookSuccesses)
        report(WebhookSuccessTile);
    if (first || before.deadDeliveries != tiles.deadDeliveries ||
        before.deadLastDay != tiles.deadLastDay)
        report(DeadDeliveriesTile);
}

int WallTilesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : TileCount;
}

QVariant WallTilesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int tile = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return figure(tile);
    case TitleRole:
        return title(tile);
    case DetailRole:
        return detail(tile);
    case Qt::ToolTipRole:
        return QString(title(tile) + u": "_s + figure(tile) + u"\n"_s + detail(tile));
    case ToneRole:
        return int(tone(tile));
    case ColorRole:
        return color(tile);
    case ValueRole:
        return value(tile);
    default:
        return {};
    }
}

QString WallTilesModel::title(int tile) const
{
    switch (tile) {
    case OpenDowntimesTile:
        return tr("Open downtimes");
    case WebhookSuccessTile:
        return tr("Webhook success, 15 min");
    case DeadDeliveriesTile:
        return tr("Dead deliveries");
    default:
        return {};
    }
}

QVariant WallTilesModel::value(int tile) const
{
    if (!hasData())
        return {};
    switch (tile) {
    case OpenDowntimesTile:
        return m_tiles.openDowntimes();
    case WebhookSuccessTile:
        if (m_tiles.webhookAttempts == 0)
            return {};
        return double(m_tiles.webhookSuccesses) / double(m_tiles.webhookAttempts);
    case DeadDeliveriesTile:
        return m_tiles.deadDeliveries;
    default:
        return {};
    }
}

QString WallTilesModel::figure(int tile) const
{
    const QVariant number = value(tile);
    if (!number.isValid())
        return u"—"_s;
    if (tile == WebhookSuccessTile)
        return DisplayFormat::percent(number.toDouble());
    return QLocale().toString(number.toLongLong());
}

QString WallTilesModel::detail(int tile) const
{
    if (!hasData())
        return tr("waiting for the store…");
    switch (tile) {
    case OpenDowntimesTile: {
        QStringList parts;
        for (const WallTiles::Severity& severity : m_tiles.severities) {
            if (severity.open > 0)
                parts << tr("%1 %2").arg(QLocale().toString(severity.open), severity.name);
        }
        if (m_tiles.mutedDowntimes() > 0)
            parts << tr("%1 muted").arg(QLocale().toString(m_tiles.mutedDowntimes()));
        return parts.isEmpty() ? tr("none") : parts.join(u" · "_s);
    }
    case WebhookSuccessTile:
        return tr("%1 attempts").arg(QLocale().toString(m_tiles.webhookAttempts));
    case DeadDeliveriesTile:
        return tr("%1 in the last 24 h").arg(QLocale().toString(m_tiles.deadLastDay));
    default:
        return {};
    }
}

WallTilesModel::Tone WallTilesModel::tone(int tile) const
{
    if (!hasData())
        return NeutralTone;
    switch (tile) {
    case OpenDowntimesTile:
        return m_tiles.openDowntimes() > 0 ? BadTone : GoodTone;
    case WebhookSuccessTile: {
        const QVariant rate = value(tile);
        if (!rate.isValid())
            return NeutralTone;
        return rate.toDouble() >= 0.99 ? GoodTone
                                       : (rate.toDouble() >= 0.9 ? WarningTone : BadTone);
    }
    case DeadDeliveriesTile:
        return m_tiles.deadLastDay > 0 ? WarningTone
                                       : (m_tiles.deadDeliveries > 0 ? NeutralTone : GoodTone);
    default:
        return NeutralTone;
    }
}

QColor WallTilesModel::color(int tile) const
{
    if (tile == OpenDowntimesTile && m_tiles.openDowntimes() > 0) {
        for (const WallTiles::Severity& severity : m_tiles.severities) {
            if (severity.open > 0)
                return WallCohortsModel::severityColor(severity.rank);
        }
    }
    switch (tone(tile)) {
    case GoodTone:
        return QColor(0x43, 0xa0, 0x47);
    case WarningTone:
        return QColor(0xfb, 0x8c, 0x00);
    case BadTone:
        return QColor(0xe5, 0x39, 0x35);
    default:
        return {};
    }
}
