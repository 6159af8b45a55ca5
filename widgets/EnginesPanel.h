#pragma once

#include "WallTilesBar.h"

#include <QWidget>

class EnginesModel;
class LiveQuery;
class QFrame;
class QTableView;
class StoreClient;

// The Engines panel of the Wall: every engine instance with its state, lag and rate (a table
// over EnginesModel, refreshed every 3 s), and its headline tile — red when an engine kind has
// no live instance or is further behind than the threshold. Clicking the tile shows or hides
// the table.
class EnginesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EnginesPanel(StoreClient* client, QWidget* parent = nullptr);

    EnginesModel* model() const { return m_model; }
    // The tile, to be placed among the Wall's tiles (owned by this panel's parent).
    QFrame* tile() const { return m_tile.frame; }
    QString tileFigure() const;
    bool tileAlarming() const { return m_alarming; }
    void refresh();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showHealth();
    void styleTile();

    EnginesModel* m_model;
    LiveQuery* m_query;
    QTableView* m_table;
    WallTilesBar::Tile m_tile;
    bool m_alarming = false;
    bool m_keyboardFocus = false;
};
