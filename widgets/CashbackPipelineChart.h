#pragma once

#include <QChartView>

class PipelineModel;
class QLineSeries;
class QValueAxis;

// The credit queue drawn live from PipelineModel's bounded history: its depth (left axis)
// and the rates in and out (broker publish and ack, store credits; right axis) over the last
// minutes, time in seconds before now. Redrawn once per new sample, each series in one
// replace(); no animations.
class CashbackPipelineChart : public QChartView
{
    Q_OBJECT
public:
    explicit CashbackPipelineChart(PipelineModel* model, QWidget* parent = nullptr);

    // Points of each series, for tests: depth, publish/s, ack/s, credited/s.
    QList<QLineSeries*> series() const;
    bool isDark() const { return m_dark; }

protected:
    bool event(QEvent* event) override;

private:
    void redraw();
    void applyTheme();

    PipelineModel* m_model;
    QLineSeries* m_depth;
    QLineSeries* m_publish;
    QLineSeries* m_ack;
    QLineSeries* m_credited;
    QValueAxis* m_time;
    QValueAxis* m_messages;
    QValueAxis* m_rate;
    bool m_dark = false;
};
