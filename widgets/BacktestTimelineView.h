#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;

// The downtimes of a backtest on the range's time axis (BacktestDowntimesModel's roles): a
// lane per cohort, the current version's downtimes above the edited version's, shaded by
// severity (as on the Wall), open ones fading out at the end of the range, those matching a
// true label or an incident of the ground truth outlined. Taller than its viewport when there
// are many cohorts: meant for a QScrollArea.
class BacktestTimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit BacktestTimelineView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model);
    void setRange(qint64 from, qint64 to); // microseconds since the epoch
    void setShowCurrent(bool show);

    QStringList cohorts() const { return m_cohorts; } // lanes, top to bottom
    // Bars drawn per side (0 current, 1 edited), for tests.
    int barCount(int side) const;
    QRectF barRect(int row) const; // of the model's row; null when not drawn

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    void relayout();
    qreal xOf(qint64 micros) const;
    void paintAxis(QPainter& painter) const;

    QPointer<QAbstractItemModel> m_model;
    qint64 m_from = 0;
    qint64 m_to = 1;
    bool m_showCurrent = true;
    QStringList m_cohorts;
};
