#include "WallTilesBar.h"

#include "WallTilesModel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

WallTilesBar::Tile WallTilesBar::createTile(QWidget* parent)
{
    auto* frame = new QFrame(parent);
    frame->setObjectName(u"wallTile"_s);
    frame->setFrameShape(QFrame::StyledPanel);
    auto* column = new QVBoxLayout(frame);
    column->setContentsMargins(12, 8, 12, 8);
    column->setSpacing(2);
    const Tile tile{frame, new QLabel(frame), new QLabel(frame), new QLabel(frame)};
    tile.title->setObjectName(u"tileTitle"_s);
    tile.figure->setObjectName(u"tileFigure"_s);
    tile.detail->setObjectName(u"tileDetail"_s);
    QFont big = tile.figure->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    tile.figure->setFont(big);
    column->addWidget(tile.title);
    column->addWidget(tile.figure);
    column->addWidget(tile.detail);
    return tile;
}

WallTilesBar::WallTilesBar(WallTilesModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"wallTiles"_s);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(12);
    for (int tile = 0; tile < m_model->rowCount(); ++tile) {
        const Tile labels = createTile(this);
        labels.figure->setTextFormat(Qt::RichText);
        row->addWidget(labels.frame, 1);
        m_tiles.append(labels);
    }
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& first, const QModelIndex& last) {
                showTiles(first.row(), last.row());
            });
    showTiles(0, int(m_tiles.size()) - 1);
}

void WallTilesBar::showTiles(int first, int last)
{
    for (int tile = first; tile <= last && tile < m_tiles.size(); ++tile) {
        const QModelIndex index = m_model->index(tile);
        const Tile& labels = m_tiles.at(tile);
        labels.title->setText(index.data(WallTilesModel::TitleRole).toString());
        const QString figure = index.data().toString().toHtmlEscaped();
        const QColor color = index.data(WallTilesModel::ColorRole).value<QColor>();
        labels.figure->setText(
            color.isValid() ? u"<span style=\"color:%1\">%2</span>"_s.arg(color.name(), figure)
                            : figure);
        labels.detail->setText(index.data(WallTilesModel::DetailRole).toString());
        labels.title->parentWidget()->setToolTip(index.data(Qt::ToolTipRole).toString());
        // A screen reader reads a tile as its title, then its figure and detail.
        labels.frame->setAccessibleName(labels.title->text());
        labels.frame->setAccessibleDescription(
            QStringList{index.data().toString(), labels.detail->text()}.join(u'\n'));
    }
}

QString WallTilesBar::figureText(int tile) const
{
    return m_model->index(tile).data().toString();
}

QString WallTilesBar::detailText(int tile) const
{
    return m_tiles.at(tile).detail->text();
}
