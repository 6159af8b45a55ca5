#pragma once

#include <QWidget>

class QLabel;
class WallTilesModel;

// The Wall's headline row: one tile per WallTilesModel row (caption, big figure in its
// colour, detail line), updated as the model reports changes.
class WallTilesBar : public QWidget
{
    Q_OBJECT
public:
    explicit WallTilesBar(WallTilesModel* model, QWidget* parent = nullptr);

    QString figureText(int tile) const;
    QString detailText(int tile) const;

private:
    struct Tile
    {
        QLabel* title;
        QLabel* figure;
        QLabel* detail;
    };
    void showTiles(int first, int last);

    WallTilesModel* m_model;
    QList<Tile> m_tiles;
};
