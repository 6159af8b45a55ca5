#include "BacktestTimelineView.h"

#include "BacktestDowntimesModel.h"
#include "WallCohortsModel.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace {

constexpr int labelWidth = 260;
constexpr int axisHeight = 26;
constexpr int subRow = 11;
constexpr int laneGap = 7;
constexpr int laneHeight = 2 * subRow + laneGap;
constexpr int rightMargin = 12;

QVariant roleOf(const QAbstractItemModel* model, int row, int role)
{
    return model->index(row, 0).data(role);
}

} // namespace

BacktestTimelineView::BacktestTimelineView(QWidget* parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Backtest timeline: the downtimes of the current and the edited rule"));
}

void BacktestTimelineView::setModel(QAbstractItemModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &BacktestTimelineView::relayout);
        connect(model, &QAbstractItemModel::dataChanged, this, qOverload<>(&QWidget::update));
    }
    relayout();
}

void BacktestTimelineView::setRange(qint64 from, qint64 to)
{
    m_from = from;
    m_to = std::max(from + 1, to);
    update();
}

void BacktestTimelineView::setShowCurrent(bool show)
{
    m_showCurrent = show;
    update();
}

void BacktestTimelineView::relayout()
{
    m_cohorts.clear();
    for (int row = 0; m_model && row < m_model->rowCount(); ++row) {
        const QString key = roleOf(m_model, row, BacktestDowntimesModel::CohortKeyRole).toString();
        if (!m_cohorts.contains(key))
            m_cohorts.append(key); // by first start: the model is ordered by start
    }
    updateGeometry();
    resize(width(), sizeHint().height());
    update();
}

int BacktestTimelineView::barCount(int side) const
{
    int count = 0;
    for (int row = 0; m_model && row < m_model->rowCount(); ++row) {
        count += roleOf(m_model, row, BacktestDowntimesModel::SideRole).toInt() == side &&
                         !barRect(row).isNull()
                     ? 1
                     : 0;
    }
    return count;
}

qreal BacktestTimelineView::xOf(qint64 micros) const
{
    const qreal span = width() - labelWidth - rightMargin;
    const qreal fraction = qreal(std::clamp(micros, m_from, m_to) - m_from) / qreal(m_to - m_from);
    return labelWidth + fraction * span;
}

QRectF BacktestTimelineView::barRect(int row) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return {};
    const int side = roleOf(m_model, row, BacktestDowntimesModel::SideRole).toInt();
    if (side == 0 && !m_showCurrent)
        return {};
    const int lane = int(
        m_cohorts.indexOf(roleOf(m_model, row, BacktestDowntimesModel::CohortKeyRole).toString()));
    const qint64 start = roleOf(m_model, row, BacktestDowntimesModel::StartedRole).toLongLong();
    const qint64 end = roleOf(m_model, row, BacktestDowntimesModel::EndRole).toLongLong();
    const qreal left = xOf(start);
    const qreal right = std::max(left + 3, xOf(end));
    const qreal top = axisHeight + lane * laneHeight + side * subRow;
    return QRectF(left, top + 1, right - left, subRow - 2);
}

QSize BacktestTimelineView::sizeHint() const
{
    return {labelWidth + 500,
            axisHeight + int(std::max<qsizetype>(1, m_cohorts.size())) * laneHeight + laneGap};
}

QSize BacktestTimelineView::minimumSizeHint() const
{
    return {labelWidth + 200, sizeHint().height()};
}

void BacktestTimelineView::paintAxis(QPainter& painter) const
{
    const qint64 span = m_to - m_from;
    static constexpr qint64 steps[] = {60, 300, 600, 1800, 3600, 3 * 3600, 6 * 3600, 86400};
    qint64 step = steps[std::size(steps) - 1] * 1'000'000;
    for (qint64 seconds : steps) {
        if (span / (seconds * 1'000'000) <= 8) {
            step = seconds * 1'000'000;
            break;
        }
    }
    const QColor grid = palette().color(QPalette::Mid);
    for (qint64 tick = (m_from / step + 1) * step; tick < m_to; tick += step) {
        const qreal x = xOf(tick);
        painter.setPen(QPen(grid, 1, Qt::DotLine));
        painter.drawLine(QPointF(x, axisHeight - 4), QPointF(x, height()));
        painter.setPen(palette().color(QPalette::Text));
        const QString label =
            QDateTime::fromMSecsSinceEpoch(tick / 1000, Qt::UTC).toString(u"HH:mm"_s);
        painter.drawText(QRectF(x - 40, 2, 80, axisHeight - 8), Qt::AlignCenter, label);
    }
}

void BacktestTimelineView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    painter.setRenderHint(QPainter::Antialiasing);
    paintAxis(painter);
    const QColor text = palette().color(QPalette::Text);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    for (int lane = 0; lane < m_cohorts.size(); ++lane) {
        const qreal top = axisHeight + lane * laneHeight;
        if (lane % 2 == 1) {
            painter.fillRect(QRectF(0, top - laneGap / 2.0, width(), laneHeight),
                             palette().color(QPalette::AlternateBase));
        }
        painter.setPen(text);
        painter.drawText(
            QRectF(6, top, labelWidth - 70, 2 * subRow), Qt::AlignLeft | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(m_cohorts[lane], Qt::ElideMiddle, labelWidth - 76));
        painter.setPen(palette().color(QPalette::PlaceholderText));
        if (m_showCurrent) {
            painter.drawText(QRectF(labelWidth - 64, top, 58, subRow),
                             Qt::AlignRight | Qt::AlignVCenter, tr("current"));
        }
        painter.drawText(QRectF(labelWidth - 64, top + subRow, 58, subRow),
                         Qt::AlignRight | Qt::AlignVCenter, tr("edited"));
    }
    for (int row = 0; m_model && row < m_model->rowCount(); ++row) {
        const QRectF bar = barRect(row);
        if (bar.isNull())
            continue;
        const int rank = roleOf(m_model, row, BacktestDowntimesModel::SeverityRankRole).toInt();
        painter.setBrush(WallCohortsModel::severityColor(rank));
        const bool matched = roleOf(m_model, row, BacktestDowntimesModel::MatchedRole).toBool();
        painter.setPen(matched ? QPen(text, 1.5) : Qt::NoPen);
        painter.drawRoundedRect(bar, 2, 2);
    }
}

bool BacktestTimelineView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        const auto* help = static_cast<QHelpEvent*>(event);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (!barRect(row).contains(help->pos()))
                continue;
            QStringList lines;
            for (int column = 0; column < m_model->columnCount(); ++column) {
                const QString value = m_model->index(row, column).data().toString();
                if (!value.isEmpty()) {
                    lines.append(m_model->headerData(column, Qt::Horizontal).toString() + u": "_s +
                                 value);
                }
            }
            QToolTip::showText(help->globalPos(), lines.join(u'\n'), this);
            return true;
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}
