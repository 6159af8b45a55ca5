#include "SrChart.h"

#include "DisplayFormat.h"
#include "TabOrder.h"
#include "Theme.h"
#include "WallCohortsModel.h"

#include <QKeyEvent>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QColor lineColor(0x42, 0xa5, 0xf5);
const QColor thresholdColor(0xef, 0x53, 0x50);

} // namespace

SrChart::SrChart(QWidget* parent)
    : QChartView(parent)
    , m_chart(new QChart)
    , m_sr(new QLineSeries(m_chart))
    , m_threshold(new QLineSeries(m_chart))
    , m_x(new QValueAxis(m_chart))
    , m_y(new QValueAxis(m_chart))
{
    setObjectName(u"srChart"_s);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(4);
    m_chart->addSeries(m_sr);
    m_chart->addSeries(m_threshold);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    for (QLineSeries* series : {m_sr, m_threshold}) {
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    m_y->setRange(80, 100);
    m_y->setLabelFormat(u"%.0f %%"_s);
    m_y->setTickCount(3);
    setTimeAxis(15 * 60);
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(220, 150);
    setAccessibleName(tr("Success rate chart")); // then its cohort and SR (setTitle)
    setDark(false);
}

void SrChart::setCohort(const WallCohort& cohort, const QDateTime& asOf, int rangeSeconds)
{
    m_cohortId = cohort.id();
    const qint64 asOfMs = asOf.toMSecsSinceEpoch();
    setTimeAxis(rangeSeconds);
    m_points.clear();
    m_points.reserve(cohort.series.size());
    for (const WallPoint& point : cohort.series) {
        if (!std::isnan(point.sr))
            m_points.append(QPointF(double(point.atMs - asOfMs) / m_unitMs, point.sr * 100));
    }
    m_sr->replace(m_points);
    const double lowest = m_x->min();
    if (std::isnan(cohort.threshold))
        m_threshold->clear();
    else
        m_threshold->replace(
            {QPointF(lowest, cohort.threshold * 100), QPointF(0, cohort.threshold * 100)});
    setSrAxis(cohort);
    setTitle(cohort);
    setSpans(cohort, asOfMs);
    setToolTip(tr("%1 — %2\nClick for its downtimes").arg(cohort.cohortKey, cohort.ruleName));
    viewport()->update();
}

void SrChart::clearCohort()
{
    m_cohortId.clear();
    m_sr->clear();
    m_threshold->clear();
    m_spans.clear();
    m_chart->setTitle(QString());
    setToolTip(QString());
    viewport()->update();
}

void SrChart::setTimeAxis(int rangeSeconds)
{
    const bool hours = rangeSeconds > 3600;
    m_unitMs = hours ? 3'600'000.0 : 60'000.0;
    const double span = rangeSeconds * 1000.0 / m_unitMs;
    if (m_x->min() == -span && m_x->max() == 0)
        return;
    m_x->setRange(-span, 0);
    m_x->setLabelFormat(hours ? u"%.0fh"_s : u"%.0fm"_s);
    m_x->setTickCount(rangeSeconds == 24 * 3600 ? 5 : 4);
}

void SrChart::setSrAxis(const WallCohort& cohort)
{
    double lowest = std::isnan(cohort.threshold) ? 1.0 : cohort.threshold;
    for (const QPointF& point : std::as_const(m_points))
        lowest = std::min(lowest, point.y() / 100);
    // Steps of 10 points so the axis does not jitter with every new window.
    const double bottom = std::clamp(std::floor(lowest * 10 - 0.2) * 10, 0.0, 90.0);
    if (m_y->min() != bottom)
        m_y->setRange(bottom, 100);
}

void SrChart::setTitle(const WallCohort& cohort)
{
    const QString label = cohort.cohortKey == u"all" ? tr("all payments") : cohort.cohortLabel;
    const QString sr = DisplayFormat::percent(cohort.currentSr);
    QString title = tr("%1  %2").arg(label, sr);
    if (cohort.hasOpenDowntime())
        title += u"  ▲ "_s + cohort.worstSeverity;
    m_chart->setTitle(title);
    setAccessibleName(title);
    setAccessibleDescription(cohort.ruleName);
    m_ruleName = cohort.ruleName;
    m_titleColor =
        cohort.hasOpenDowntime() ? WallCohortsModel::severityColor(cohort.worstRank) : QColor();
    applyTheme();
}

void SrChart::setSpans(const WallCohort& cohort, qint64 asOfMs)
{
    m_spans.clear();
    for (const WallDowntime& downtime : cohort.downtimes) {
        const double from = double(downtime.startedAt.toMSecsSinceEpoch() - asOfMs) / m_unitMs;
        const double to = downtime.isOpen()
                              ? 0
                              : double(downtime.resolvedAt.toMSecsSinceEpoch() - asOfMs) / m_unitMs;
        if (to < m_x->min())
            continue;
        m_spans.append({std::max(from, m_x->min()), std::min(to, 0.0),
                        WallCohortsModel::severityColor(downtime.rank, downtime.muted)});
    }
}

void SrChart::setDark(bool dark)
{
    m_wallDark = dark;
    m_dark = dark || Theme::isDark(palette());
    applyTheme();
}

// The console's theme changed (Preferences, or the desktop's colour scheme): follow it.
void SrChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange &&
        m_dark != (m_wallDark || Theme::isDark(palette())))
        setDark(m_wallDark);
}

void SrChart::setLarge(bool large)
{
    m_large = large;
    applyTheme();
}

void SrChart::applyTheme()
{
    const QColor background = m_dark ? QColor(0x12, 0x12, 0x12) : QColor(Qt::white);
    const QColor text = m_dark ? QColor(0xee, 0xee, 0xee) : QColor(0x21, 0x21, 0x21);
    const QColor grid = m_dark ? QColor(0x42, 0x42, 0x42) : QColor(0xe0, 0xe0, 0xe0);
    m_chart->setBackgroundBrush(background);
    m_chart->setTitleBrush(m_titleColor.isValid() ? m_titleColor : text);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * (m_large ? 1.5 : 1.0));
    m_chart->setTitleFont(titleFont);
    QFont labelFont = font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * (m_large ? 1.2 : 0.85));
    for (QValueAxis* axis : {m_x, m_y}) {
        axis->setLabelsBrush(text);
        axis->setLabelsFont(labelFont);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    QPen line(m_dark ? QColor(0x4f, 0xc3, 0xf7) : lineColor);
    line.setWidthF(m_large ? 3 : 2);
    m_sr->setPen(line);
    QPen threshold(thresholdColor);
    threshold.setStyle(Qt::DashLine);
    threshold.setWidthF(m_large ? 2 : 1.5);
    m_threshold->setPen(threshold);
    setBackgroundBrush(background);
}

void SrChart::drawForeground(QPainter* painter, const QRectF& rect)
{
    QChartView::drawForeground(painter, rect);
    const QRectF plot = m_chart->plotArea();
    painter->save();
    if (!m_cohortId.isEmpty()) {
        // The rule under the title, small: the title keeps the room for the cohort and its SR.
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * (m_large ? 1.1 : 0.8));
        painter->setFont(small);
        painter->setPen(m_dark ? QColor(0xbd, 0xbd, 0xbd) : QColor(0x75, 0x75, 0x75));
        const QRectF line(plot.left() + 4, plot.top() + (m_large ? 8 : 6), plot.width() - 8,
                          painter->fontMetrics().height());
        painter->drawText(
            line, Qt::AlignLeft | Qt::AlignTop,
            painter->fontMetrics().elidedText(m_ruleName, Qt::ElideRight, int(line.width())));
    }
    painter->setPen(Qt::NoPen);
    for (const Span& span : std::as_const(m_spans)) {
        const qreal left = m_chart->mapToPosition(QPointF(span.from, m_y->max()), m_sr).x();
        const qreal right = m_chart->mapToPosition(QPointF(span.to, m_y->max()), m_sr).x();
        QRectF area(QPointF(left, plot.top()), QPointF(std::max(right, left + 2), plot.bottom()));
        area = area.intersected(plot);
        QColor shade = span.color;
        shade.setAlpha(m_dark ? 70 : 55);
        painter->fillRect(area, shade);
        painter->fillRect(QRectF(area.left(), plot.top(), area.width(), m_large ? 6 : 4),
                          span.color);
    }
    if (hasFocus() && m_focusRing) { // the keyboard's place on the Wall (Enter opens the cohort)
        painter->setPen(QPen(palette().color(QPalette::Highlight), m_large ? 4 : 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(mapToScene(viewport()->rect()).boundingRect().adjusted(1, 1, -2, -2));
    }
    painter->restore();
}

void SrChart::focusInEvent(QFocusEvent* event)
{
    QChartView::focusInEvent(event);
    m_focusRing = TabOrder::byKeyboard(event->reason());
    viewport()->update();
}

void SrChart::focusOutEvent(QFocusEvent* event)
{
    QChartView::focusOutEvent(event);
    viewport()->update();
}

void SrChart::mouseReleaseEvent(QMouseEvent* event)
{
    QChartView::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && !m_cohortId.isEmpty() &&
        rect().contains(event->position().toPoint()))
        emit clicked(m_cohortId);
}

void SrChart::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        !m_cohortId.isEmpty()) {
        emit clicked(m_cohortId);
        return;
    }
    QChartView::keyPressEvent(event);
}
