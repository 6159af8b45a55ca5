#include "CashbackPipelineChart.h"

#include "PipelineModel.h"
#include "Theme.h"

#include <QChart>
#include <QDateTime>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace {

QLineSeries* lineSeries(const QString& name, const QColor& color, bool dashed = false)
{
    auto* series = new QLineSeries;
    series->setName(name);
    QPen pen(color, 2);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    series->setPen(pen);
    return series;
}

// A round upper bound for an axis: 1, 2, 5 × 10^n.
double niceMaximum(double value)
{
    double step = 1;
    while (step * 10 <= value)
        step *= 10;
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (value <= step * factor)
            return step * factor;
    }
    return step * 10;
}

} // namespace

CashbackPipelineChart::CashbackPipelineChart(PipelineModel* model, QWidget* parent)
    : QChartView(parent)
    , m_model(model)
    , m_depth(lineSeries(tr("queue depth (messages)"), QColor(0x15, 0x65, 0xc0)))
    , m_publish(lineSeries(tr("published /s"), QColor(0xef, 0x6c, 0x00), true))
    , m_ack(lineSeries(tr("acknowledged /s"), QColor(0x2e, 0x7d, 0x32), true))
    , m_credited(lineSeries(tr("credited in the store /s"), QColor(0x6a, 0x1b, 0x9a), true))
    , m_time(new QValueAxis)
    , m_messages(new QValueAxis)
    , m_rate(new QValueAxis)
{
    setAccessibleName(tr("Credit pipeline chart"));
    setAccessibleDescription(tr("Queue depth, and credits published, acknowledged and credited "
                                "in the store per second, over the last minutes"));
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_time->setTitleText(tr("seconds before now"));
    m_time->setLabelFormat(QStringLiteral("%d"));
    m_messages->setTitleText(tr("messages"));
    m_messages->setLabelFormat(QStringLiteral("%d"));
    m_rate->setTitleText(tr("per second"));
    m_rate->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_messages, Qt::AlignLeft);
    chart->addAxis(m_rate, Qt::AlignRight);
    for (QLineSeries* series : {m_depth, m_publish, m_ack, m_credited}) {
        chart->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(series == m_depth ? m_messages : m_rate);
    }
    setChart(chart);
    applyTheme();
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    connect(model, &PipelineModel::brokerApplied, this, &CashbackPipelineChart::redraw);
    connect(model, &PipelineModel::storeApplied, this, &CashbackPipelineChart::redraw);
    redraw();
}

// The console's theme changed (Preferences, or the desktop's colour scheme): follow it.
// QApplication::setPalette posts ApplicationPaletteChange to every widget (QWidget does not
// pass it on to changeEvent).
bool CashbackPipelineChart::event(QEvent* event)
{
    const bool handled = QChartView::event(event);
    if (event->type() == QEvent::ApplicationPaletteChange && m_dark != Theme::isDark())
        applyTheme();
    return handled;
}

// The chart's theme from the palette's; the series keep their own colours (setTheme would
// give them the theme's).
void CashbackPipelineChart::applyTheme()
{
    m_dark = Theme::isDark();
    const QList<QLineSeries*> lines = series();
    QList<QPen> pens;
    for (const QLineSeries* line : lines)
        pens << line->pen();
    chart()->setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    for (qsizetype i = 0; i < lines.size(); ++i)
        lines[i]->setPen(pens[i]);
}

QList<QLineSeries*> CashbackPipelineChart::series() const
{
    return {m_depth, m_publish, m_ack, m_credited};
}

void CashbackPipelineChart::redraw()
{
    const QList<PipelineModel::BrokerSample> broker = m_model->brokerHistory();
    const QList<PipelineModel::StoreSample> store = m_model->storeHistory();
    qint64 newest = QDateTime::currentMSecsSinceEpoch();
    if (!broker.isEmpty())
        newest = std::max(newest, broker.last().atMs);
    if (!store.isEmpty())
        newest = std::max(newest, store.last().atMs);
    const auto x = [newest](qint64 atMs) { return double(atMs - newest) / 1000.0; };
    QList<QPointF> depth, publish, ack, credited;
    double oldest = -60, maxMessages = 10, maxRate = 10;
    for (const PipelineModel::BrokerSample& s : broker) {
        depth << QPointF(x(s.atMs), double(s.depth));
        publish << QPointF(x(s.atMs), s.publishRate);
        ack << QPointF(x(s.atMs), s.ackRate);
        oldest = std::min(oldest, x(s.atMs));
        maxMessages = std::max(maxMessages, double(s.depth));
        maxRate = std::max({maxRate, s.publishRate, s.ackRate});
    }
    for (const PipelineModel::StoreSample& s : store) {
        credited << QPointF(x(s.atMs), s.creditedPerSecond);
        oldest = std::min(oldest, x(s.atMs));
        maxRate = std::max(maxRate, s.creditedPerSecond);
    }
    m_depth->replace(depth);
    m_publish->replace(publish);
    m_ack->replace(ack);
    m_credited->replace(credited);
    m_time->setRange(oldest, 0);
    m_messages->setRange(0, niceMaximum(maxMessages * 1.1));
    m_rate->setRange(0, niceMaximum(maxRate * 1.1));
}
