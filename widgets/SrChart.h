#pragma once

#include "wall/WallCohort.h"

#include <QChartView>

class QLineSeries;
class QValueAxis;

// One cohort's live success-rate chart on the Wall: the SR line, the rule's opening threshold
// (dashed) and its downtimes shaded by severity (muted ones grey). Time runs along x relative
// to the store's clock at the last result ("minutes ago"), which keeps the values small for
// the float maths of the OpenGL path. The series objects are made once and refilled with one
// replace() per update; a chart is never rebuilt. Emits clicked() on a left click.
class SrChart : public QChartView
{
    Q_OBJECT
public:
    explicit SrChart(QWidget* parent = nullptr);

    void setCohort(const WallCohort& cohort, const QDateTime& asOf, int rangeSeconds);
    void clearCohort();
    void setDark(bool dark);
    // Larger fonts and thicker lines, for a wall across a room.
    void setLarge(bool large);

    QString cohortId() const { return m_cohortId; }
    QLineSeries* srSeries() const { return m_sr; }
    QLineSeries* thresholdSeries() const { return m_threshold; }
    QValueAxis* timeAxis() const { return m_x; }
    // The downtime spans drawn, in axis units (from, to) with their colours.
    struct Span
    {
        double from = 0;
        double to = 0;
        QColor color;
    };
    const QList<Span>& spans() const { return m_spans; }

signals:
    void clicked(const QString& cohortId);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    void applyTheme();
    void setTimeAxis(int rangeSeconds);
    void setSrAxis(const WallCohort& cohort);
    void setTitle(const WallCohort& cohort);
    void setSpans(const WallCohort& cohort, qint64 asOfMs);

    QChart* m_chart;
    QLineSeries* m_sr;
    QLineSeries* m_threshold;
    QValueAxis* m_x;
    QValueAxis* m_y;
    QList<QPointF> m_points; // reused between updates
    QList<Span> m_spans;
    QString m_cohortId;
    QString m_ruleName;
    double m_unitMs = 60'000;
    QColor m_titleColor;
    bool m_dark = false;
    bool m_wallDark = false; // wall mode: dark whatever the console's theme
    bool m_large = false;
    bool m_focusRing = false; // focus came from the keyboard
};
