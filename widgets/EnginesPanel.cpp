#include "EnginesPanel.h"

#include "EnginesModel.h"
#include "StatusColor.h"
#include "TabOrder.h"
#include "WallTilesBar.h"
#include "console/LiveQuery.h"
#include "wall/EnginesQuery.h"

#include <QEvent>
#include <QFrame>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

EnginesPanel::EnginesPanel(StoreClient* client, QWidget* parent)
    : QWidget(parent)
    , m_model(new EnginesModel(this))
    , m_query(new LiveQuery(client, EnginesQuery::build(), this))
    , m_table(new QTableView(this))
    , m_tile(WallTilesBar::createTile(this))
{
    setObjectName(u"enginesPanel"_s);
    m_table->setObjectName(u"enginesTable"_s);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    setMaximumHeight(220);
    hide();

    m_tile.frame->setCursor(Qt::PointingHandCursor);
    m_tile.frame->setToolTip(tr("Engines: click to show or hide every instance"));
    m_tile.frame->installEventFilter(this);
    m_tile.title->setText(tr("Engines"));
    // Enter or Space on the tile does what a click does.
    m_tile.frame->setFocusPolicy(Qt::StrongFocus);
    m_tile.frame->setAccessibleName(m_tile.title->text());
    m_tile.detail->setWordWrap(true);

    // Stale is judged by the store (three missed 5 s beats); reading every 3 s shows it
    // within about 18 s of the last beat.
    m_query->setInterval(3s);
    connect(m_query, &LiveQuery::resultReady, m_model, &EnginesModel::setResult);
    connect(m_model, &EnginesModel::healthChanged, this, &EnginesPanel::showHealth);
    showHealth();
}

void EnginesPanel::refresh()
{
    m_query->refresh();
}

QString EnginesPanel::tileFigure() const
{
    return m_tile.figure->text();
}

bool EnginesPanel::eventFilter(QObject* watched, QEvent* event)
{
    const auto isKey = [event](Qt::Key key) {
        return event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == key;
    };
    if (watched == m_tile.frame &&
        (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)) {
        m_keyboardFocus = event->type() == QEvent::FocusIn &&
                          TabOrder::byKeyboard(static_cast<QFocusEvent*>(event)->reason());
        styleTile();
    }
    if (watched == m_tile.frame &&
        (event->type() == QEvent::MouseButtonRelease || isKey(Qt::Key_Return) ||
         isKey(Qt::Key_Enter) || isKey(Qt::Key_Space)))
        setVisible(!isVisible());
    return QWidget::eventFilter(watched, event);
}

// Red where no engine is live; keyboard focus (not a click's, not the window's first) shows as
// a highlight border, or a dashed one over the red.
void EnginesPanel::styleTile()
{
    const QString red = StatusColor::of(StatusColor::Bad).name();
    m_tile.figure->setStyleSheet(m_alarming ? u"color: %1"_s.arg(red) : QString());
    const QString ring =
        m_tile.frame->hasFocus() && m_keyboardFocus
            ? (m_alarming ? u"border-style: dashed;"_s : u"border: 2px solid palette(highlight);"_s)
            : QString();
    m_tile.frame->setStyleSheet(
        m_alarming ? u"QFrame#wallTile { border: 2px solid %1; %2 }"_s.arg(red, ring)
                   : u"QFrame#wallTile { %1 }"_s.arg(ring));
}

void EnginesPanel::showHealth()
{
    int live = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        live += !m_model->index(row, 0).data(EnginesModel::StaleRole).toBool();
    const QStringList problems = m_model->problems();
    // No live engine at all means nothing on the wall moves any more.
    m_alarming = !problems.isEmpty() || (m_model->hasData() && live == 0);
    if (!m_model->hasData())
        m_tile.figure->setText(u"–"_s);
    else
        m_tile.figure->setText(tr("%1 live").arg(live));
    styleTile();
    if (!m_model->error().isEmpty())
        m_tile.detail->setText(tr("cannot read: %1").arg(m_model->error()));
    else if (!problems.isEmpty())
        m_tile.detail->setText(problems.join(u'\n'));
    else if (m_model->hasData() && m_model->rowCount() == 0)
        m_tile.detail->setText(tr("no engine has registered"));
    else
        m_tile.detail->setText(tr("all running, none behind"));
    m_tile.frame->setAccessibleDescription(m_tile.figure->text() + u'\n' + m_tile.detail->text());
}
