#pragma once

#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QItemSelectionModel;

// The attempts of one delivery on a time axis (AttemptTimelineModel's roles): each attempt a
// mark coloured by outcome and sized by duration, the next scheduled attempt hollow, manual
// retries flagged. The axis is logarithmic in the time since the first attempt, so the
// seconds-apart first retries and the day-apart last ones both stay readable across the
// schedule's 28 hours. Clicking a mark selects its row in the shared selection model.
class AttemptTimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit AttemptTimelineView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model);
    void setSelectionModel(QItemSelectionModel* selection);

    // The mark's centre of a row in widget coordinates (for tests and tooltips); null when the
    // row is not drawn.
    QPointF markCenter(int row) const;
    int rowAt(const QPointF& position) const; // -1 when no mark is there

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Mark
    {
        int row = 0;
        QPointF center;
        qreal radius = 0;
        QColor color;
        bool scheduled = false;
        bool manual = false;
        int number = 0;
    };
    struct Scale
    {
        qint64 originMs = 0;
        qint64 spanMs = 1;
        qreal left = 0;
        qreal width = 1;
        qreal x(qint64 ms) const;
    };
    void layoutMarks();
    Scale scale() const;
    qreal axisY() const;
    QRectF plotRect() const;
    void paintAxis(QPainter& painter, const Scale& scale) const;
    void paintNow(QPainter& painter, const Scale& scale) const;
    void paintMarks(QPainter& painter) const;
    void paintMark(QPainter& painter, const Mark& mark) const;
    void paintFlag(QPainter& painter, const Mark& mark) const;
    void paintLegend(QPainter& painter) const;
    void paintEmpty(QPainter& painter) const;
    void selectRow(int row);
    int selectedRow() const;

    QPointer<QAbstractItemModel> m_model;
    QPointer<QItemSelectionModel> m_selection;
    QList<Mark> m_marks;
    int m_hoverRow = -1;
};
