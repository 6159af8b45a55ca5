#pragma once

#include <QWidget>

class QFrame;
class QLabel;
class WallTilesModel;

// The Wall's headline row: one tile per WallTilesModel row (caption, big figure in its
// colour, detail line), updated as the model reports changes.
class WallTilesBar : public QWidget
{
    Q_OBJECT
public:
    struct Tile
    {
        QFrame* frame;
        QLabel* title;
        QLabel* figure;
        QLabel* detail;
    };
    // One headline tile (caption, big figure, detail), styled as #wallTile by wall mode's
    // style sheet; the Engines panel makes its tile with it too.
    static Tile createTile(QWidget* parent);

    explicit WallTilesBar(WallTilesModel* model, QWidget* parent = nullptr);

    QString figureText(int tile) const;
    QString detailText(int tile) const;

private:
    void showTiles(int first, int last);

    WallTilesModel* m_model;
    QList<Tile> m_tiles;
};
