#pragma once

#include "wall/WallTiles.h"

#include <QAbstractListModel>
#include <QDateTime>

// The Wall's headline tiles, one row each: open downtimes (by severity), the webhook success
// rate over the last 15 minutes, dead deliveries. The rows are fixed; a result reports
// dataChanged only for tiles whose figures changed. An error keeps the last figures.
class WallTilesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Tile
    {
        OpenDowntimesTile,
        WebhookSuccessTile,
        DeadDeliveriesTile,
        TileCount
    };
    enum Tone
    {
        NeutralTone,
        GoodTone,
        WarningTone,
        BadTone
    };
    enum Role
    {
        TitleRole = Qt::UserRole + 1, // the tile's caption
        DetailRole,                   // the line under the figure
        ToneRole,                     // Tone
        ColorRole,                    // the figure's colour (invalid: the theme's text colour)
        ValueRole                     // the figure as a number (invalid before data)
    };

    explicit WallTilesModel(QObject* parent = nullptr);

    void setResult(const QueryResult& result);
    void setTiles(const WallTiles& tiles);
    const WallTiles& tiles() const { return m_tiles; }
    bool hasData() const { return m_loadedAt.isValid(); }
    QString error() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

signals:
    void resultApplied();

private:
    QString title(int tile) const;
    QString figure(int tile) const;
    QString detail(int tile) const;
    QVariant value(int tile) const;
    Tone tone(int tile) const;
    QColor color(int tile) const;

    WallTiles m_tiles;
    QDateTime m_loadedAt;
    QString m_error;
};
