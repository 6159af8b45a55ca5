#include "AttemptTimelineView.h"

#include "AttemptTimelineModel.h"
#include "DisplayFormat.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <array>
#include <cmath>

namespace {

using Model = AttemptTimelineModel;

// Seconds at which the axis shrinks from linear to logarithmic.
constexpr double knee = 2.0;
constexpr qint64 minimumSpanMs = 60'000;
constexpr int headerHeight = 22;
constexpr int axisOffset = 66; // from the top of the plot
constexpr int legendHeight = 24;
constexpr int sideMargin = 18;
constexpr qreal minimumTickGap = 52;
constexpr std::array<qint64, 22> tickSeconds{
    0,    1,    2,     5,     10,    30,    60,     120,    300,    600,    1800,
    3600, 7200, 10800, 21600, 43200, 86400, 172800, 259200, 432000, 604800, 1209600};

double compress(double seconds)
{
    return std::log1p(std::max(0.0, seconds) / knee);
}

QString tickLabel(qint64 seconds)
{
    if (seconds == 0)
        return AttemptTimelineView::tr("first");
    if (seconds < 60)
        return AttemptTimelineView::tr("+%1 s").arg(seconds);
    if (seconds < 3600)
        return AttemptTimelineView::tr("+%1 min").arg(seconds / 60);
    if (seconds < 86400)
        return AttemptTimelineView::tr("+%1 h").arg(seconds / 3600);
    return AttemptTimelineView::tr("+%1 d").arg(seconds / 86400);
}

qreal radiusFor(const QVariant& durationMs)
{
    if (!durationMs.isValid())
        return 7;
    const double ms = std::max(0, durationMs.toInt());
    return std::clamp(4.0 + 2.2 * std::log10(1.0 + ms / 10.0), 4.0, 13.0);
}

QString timeText(qint64 ms)
{
    return DisplayFormat::dateTime(QDateTime::fromMSecsSinceEpoch(ms));
}

} // namespace

qreal AttemptTimelineView::Scale::x(qint64 ms) const
{
    // A little room after the last mark, so that it is never cut by the edge.
    const double span = compress(double(spanMs) / 1000.0) * 1.04;
    return left + width * compress(double(ms - originMs) / 1000.0) / span;
}

AttemptTimelineView::AttemptTimelineView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("attemptTimeline"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setAccessibleName(tr("Attempt timeline"));
}

void AttemptTimelineView::setModel(QAbstractItemModel* model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (m_model) {
        const auto relayout = [this] {
            m_hoverRow = -1;
            layoutMarks();
            update();
        };
        connect(m_model, &QAbstractItemModel::modelReset, this, relayout);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, relayout);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, relayout);
        connect(m_model, &QAbstractItemModel::dataChanged, this, relayout);
    }
    layoutMarks();
    update();
}

void AttemptTimelineView::setSelectionModel(QItemSelectionModel* selection)
{
    if (m_selection)
        m_selection->disconnect(this);
    m_selection = selection;
    if (m_selection) {
        connect(m_selection, &QItemSelectionModel::selectionChanged, this,
                qOverload<>(&QWidget::update));
        connect(m_selection, &QItemSelectionModel::currentChanged, this,
                qOverload<>(&QWidget::update));
    }
    update();
}

QSize AttemptTimelineView::sizeHint() const
{
    return {720, 170};
}

QSize AttemptTimelineView::minimumSizeHint() const
{
    return {320, 150};
}

QRectF AttemptTimelineView::plotRect() const
{
    const QRectF area = contentsRect();
    return area.adjusted(sideMargin, headerHeight, -sideMargin - 8, -legendHeight);
}

qreal AttemptTimelineView::axisY() const
{
    return plotRect().top() + axisOffset;
}

AttemptTimelineView::Scale AttemptTimelineView::scale() const
{
    Scale result;
    const QRectF plot = plotRect();
    result.left = plot.left() + 14;
    result.width = std::max<qreal>(1, plot.width() - 28);
    if (!m_model || m_model->rowCount() == 0)
        return result;
    const int rows = m_model->rowCount();
    result.originMs = m_model->index(0, 0).data(Model::StartMsRole).toLongLong();
    qint64 end = result.originMs + minimumSpanMs;
    bool open = false;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const qint64 start = index.data(Model::StartMsRole).toLongLong();
        result.originMs = std::min(result.originMs, start);
        end = std::max(end, start + index.data(Model::DurationMsRole).toLongLong());
        open = open || index.data(Model::IsScheduledRole).toBool();
    }
    if (open)
        end = std::max(end, QDateTime::currentMSecsSinceEpoch());
    result.spanMs = std::max<qint64>(1, end - result.originMs);
    return result;
}

void AttemptTimelineView::layoutMarks()
{
    m_marks.clear();
    if (!m_model)
        return;
    const Scale axis = scale();
    const qreal y = axisY();
    const int rows = m_model->rowCount();
    int number = 0;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        Mark mark;
        mark.row = row;
        mark.scheduled = index.data(Model::IsScheduledRole).toBool();
        mark.manual = index.data(Model::IsManualRole).toBool();
        mark.color = index.data(Model::OutcomeColorRole).value<QColor>();
        mark.radius = mark.scheduled ? 7 : radiusFor(index.data(Model::DurationMsRole));
        mark.center = {axis.x(index.data(Model::StartMsRole).toLongLong()), y};
        mark.number = mark.scheduled ? 0 : ++number;
        m_marks.append(mark);
    }
}

QPointF AttemptTimelineView::markCenter(int row) const
{
    for (const Mark& mark : m_marks) {
        if (mark.row == row)
            return mark.center;
    }
    return {};
}

int AttemptTimelineView::rowAt(const QPointF& position) const
{
    int best = -1;
    qreal bestDistance = 0;
    for (const Mark& mark : m_marks) {
        const qreal distance = QLineF(position, mark.center).length();
        if (distance <= mark.radius + 4 && (best < 0 || distance < bestDistance)) {
            best = mark.row;
            bestDistance = distance;
        }
    }
    return best;
}

int AttemptTimelineView::selectedRow() const
{
    if (!m_selection || !m_selection->currentIndex().isValid())
        return -1;
    return m_selection->currentIndex().row();
}

void AttemptTimelineView::selectRow(int row)
{
    if (!m_selection || !m_model || row < 0 || row >= m_model->rowCount())
        return;
    m_selection->setCurrentIndex(m_model->index(row, 0),
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void AttemptTimelineView::paintEvent(QPaintEvent*)
{
    layoutMarks(); // the axis follows the widget's size and the clock
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_marks.isEmpty()) {
        paintEmpty(painter);
        paintLegend(painter);
        return;
    }
    const Scale axis = scale();
    const QRectF plot = plotRect();
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRectF(plot.left(), contentsRect().top() + 2, plot.width(), headerHeight),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     tr("First attempt %1").arg(timeText(axis.originMs)));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(QRectF(plot.left(), contentsRect().top() + 2, plot.width(), headerHeight),
                     Qt::AlignRight | Qt::AlignVCenter,
                     tr("time since the first attempt (log scale)"));
    paintAxis(painter, axis);
    paintNow(painter, axis);
    paintMarks(painter);
    paintLegend(painter);
}

void AttemptTimelineView::paintAxis(QPainter& painter, const Scale& axis) const
{
    const qreal y = axisY();
    const QColor line = palette().color(QPalette::Mid);
    painter.setPen(QPen(line, 1.5));
    painter.drawLine(QPointF(axis.left - 8, y), QPointF(axis.left + axis.width + 8, y));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    qreal lastX = -1e9;
    const qint64 spanSeconds = axis.spanMs * 104 / 100 / 1000;
    for (const qint64 seconds : tickSeconds) {
        if (seconds > spanSeconds)
            break;
        const qreal x = axis.x(axis.originMs + seconds * 1000);
        if (x - lastX < minimumTickGap)
            continue;
        lastX = x;
        painter.setPen(QPen(line, 1));
        painter.drawLine(QPointF(x, y + 14), QPointF(x, y + 19));
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRectF(x - 40, y + 20, 80, 16), Qt::AlignHCenter | Qt::AlignTop,
                         tickLabel(seconds));
    }
    painter.setFont(font());
}

void AttemptTimelineView::paintNow(QPainter& painter, const Scale& axis) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now < axis.originMs || now > axis.originMs + axis.spanMs)
        return;
    const qreal x = axis.x(now);
    const qreal y = axisY();
    QColor scheduled = Model::outcomeColor(QStringLiteral("scheduled"));
    scheduled.setAlpha(150);
    painter.setPen(QPen(scheduled, 1, Qt::DashLine));
    painter.drawLine(QPointF(x, y - 30), QPointF(x, y + 12));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    painter.setPen(Model::outcomeColor(QStringLiteral("scheduled")));
    painter.drawText(QRectF(x - 30, y - 46, 60, 14), Qt::AlignCenter, tr("now"));
    painter.setFont(font());
}

void AttemptTimelineView::paintMarks(QPainter& painter) const
{
    const int selected = selectedRow();
    for (int i = 1; i < m_marks.size(); ++i) {
        if (m_marks.at(i).scheduled) {
            painter.setPen(QPen(m_marks.at(i).color, 1.2, Qt::DotLine));
            painter.drawLine(m_marks.at(i - 1).center, m_marks.at(i).center);
        }
    }
    for (const Mark& mark : m_marks) {
        if (mark.row == selected || mark.row == m_hoverRow) {
            const QColor ring = mark.row == selected ? palette().color(QPalette::Highlight)
                                                     : palette().color(QPalette::Mid);
            painter.setPen(QPen(ring, 2.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(mark.center, mark.radius + 4, mark.radius + 4);
        }
        paintMark(painter, mark);
        if (mark.manual)
            paintFlag(painter, mark);
    }
}

void AttemptTimelineView::paintMark(QPainter& painter, const Mark& mark) const
{
    if (mark.scheduled) {
        painter.setPen(QPen(mark.color, 2, Qt::DashLine));
        painter.setBrush(palette().color(QPalette::Base));
    } else {
        painter.setPen(QPen(mark.color.darker(140), 1));
        painter.setBrush(mark.color);
    }
    painter.drawEllipse(mark.center, mark.radius, mark.radius);
    if (mark.number > 0) {
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.8);
        painter.setFont(small);
        painter.setPen(palette().color(QPalette::Text));
        // Above the mark, left of a manual retry's flag pole.
        const qreal x = mark.manual ? mark.center.x() - 7 : mark.center.x();
        painter.drawText(QRectF(x - 20, mark.center.y() - mark.radius - 16, 40, 14),
                         Qt::AlignHCenter | Qt::AlignBottom, QString::number(mark.number));
        painter.setFont(font());
    }
}

void AttemptTimelineView::paintFlag(QPainter& painter, const Mark& mark) const
{
    const QPointF foot(mark.center.x(), mark.center.y() - mark.radius);
    const QPointF top(foot.x(), foot.y() - 22);
    painter.setPen(QPen(palette().color(QPalette::Text), 1.3));
    painter.drawLine(foot, top);
    QPainterPath flag;
    flag.moveTo(top);
    flag.lineTo(top + QPointF(11, 4));
    flag.lineTo(top + QPointF(0, 8));
    flag.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x6a, 0x1b, 0x9a));
    painter.drawPath(flag);
}

void AttemptTimelineView::paintLegend(QPainter& painter) const
{
    struct Entry
    {
        QString outcome;
        QString label;
    };
    const QList<Entry> entries{
        {QStringLiteral("succeeded"), tr("success")},
        {QStringLiteral("failed"), tr("failure")},
        {QStringLiteral("retry_after"), tr("429 / retry after")},
        {QStringLiteral("timeout"), tr("timeout / no answer")},
        {QStringLiteral("gone"), tr("410 gone")},
    };
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    const QFontMetricsF metrics(small);
    const qreal y = contentsRect().bottom() - legendHeight / 2.0;
    qreal x = plotRect().left();
    const auto label = [&](const QString& text) {
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QPointF(x + 9, y + metrics.ascent() / 2 - 1), text);
        x += 9 + metrics.horizontalAdvance(text) + 16;
    };
    for (const Entry& entry : entries) {
        const QColor color = Model::outcomeColor(entry.outcome);
        painter.setPen(QPen(color.darker(140), 1));
        painter.setBrush(color);
        painter.drawEllipse(QPointF(x + 3, y), 5, 5);
        label(entry.label);
    }
    painter.setPen(QPen(Model::outcomeColor(QStringLiteral("scheduled")), 2, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(QPointF(x + 3, y), 5, 5);
    label(tr("scheduled"));
    Mark flag;
    flag.center = {x + 1, y + 12};
    flag.radius = 0;
    paintFlag(painter, flag);
    label(tr("manual retry"));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), tr("size: duration"));
    painter.setFont(font());
}

void AttemptTimelineView::paintEmpty(QPainter& painter) const
{
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(plotRect(), Qt::AlignCenter,
                     m_model ? tr("No attempts yet") : tr("Select a delivery"));
}

void AttemptTimelineView::mousePressEvent(QMouseEvent* event)
{
    const int row = rowAt(event->position());
    if (row >= 0)
        selectRow(row);
    QWidget::mousePressEvent(event);
}

void AttemptTimelineView::mouseMoveEvent(QMouseEvent* event)
{
    const int row = rowAt(event->position());
    if (row != m_hoverRow) {
        m_hoverRow = row;
        setCursor(row >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void AttemptTimelineView::leaveEvent(QEvent* event)
{
    m_hoverRow = -1;
    update();
    QWidget::leaveEvent(event);
}

void AttemptTimelineView::keyPressEvent(QKeyEvent* event)
{
    const int rows = m_model ? m_model->rowCount() : 0;
    const int current = selectedRow();
    if (event->key() == Qt::Key_Left && rows > 0)
        selectRow(current < 0 ? rows - 1 : std::max(0, current - 1));
    else if (event->key() == Qt::Key_Right && rows > 0)
        selectRow(std::min(rows - 1, current + 1));
    else
        QWidget::keyPressEvent(event);
}

bool AttemptTimelineView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos());
        if (row >= 0 && m_model)
            QToolTip::showText(help->globalPos(),
                               m_model->index(row, 0).data(Qt::ToolTipRole).toString(), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}
