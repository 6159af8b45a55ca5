#include "ScreenshotSteps.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMouseEvent>
#include <QTabWidget>

using namespace std::chrono_literals;

namespace {

constexpr auto stepPause = 1000ms;
constexpr auto retryPause = 250ms;
constexpr int retries = 40; // a step that cannot play is tried again for 10 s

// A number from 1, or 0 when text is none.
int ordinal(const QString& text)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    return ok && number >= 1 ? number : 0;
}

void leftClick(QWidget* widget)
{
    // A scroll area (a chart view, a table) takes its mouse events on its viewport.
    if (auto* area = qobject_cast<QAbstractScrollArea*>(widget))
        widget = area->viewport();
    const QPointF centre = QRectF(widget->rect()).center();
    const QPointF global = widget->mapToGlobal(centre);
    for (const QEvent::Type type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease}) {
        QMouseEvent event(type, centre, global, Qt::LeftButton,
                          type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton,
                          Qt::NoModifier);
        QCoreApplication::sendEvent(widget, &event);
    }
}

} // namespace

QList<ScreenshotSteps::Step> ScreenshotSteps::parse(const QStringList& steps, QString* problem)
{
    QList<Step> parsed;
    for (const QString& text : steps) {
        const qsizetype colon = text.indexOf(u':');
        const qsizetype equals = text.indexOf(u'=', colon + 1);
        Step step{text.left(colon), text.mid(colon + 1, equals < 0 ? -1 : equals - colon - 1),
                  equals < 0 ? QString() : text.mid(equals + 1), text};
        QString reason;
        if (colon < 0 || step.name.isEmpty())
            reason = tr("expected ACTION:NAME or ACTION:NAME=VALUE");
        else if (step.action == u"wait")
            reason = ordinal(step.name) ? QString() : tr("wait takes milliseconds");
        else if (step.action == u"tab" || step.action == u"select")
            reason = ordinal(step.value) ? QString()
                                         : tr("%1 needs =N, a number from 1").arg(step.action);
        else if (step.action == u"set")
            reason = equals < 0 ? tr("set needs =VALUE") : QString();
        else if (step.action == u"click" || step.action == u"show" || step.action == u"grab")
            reason = equals < 0 ? QString() : tr("%1 takes no value").arg(step.action);
        else
            reason = tr("unknown action “%1” (tab, set, click, select, show, grab or wait)")
                         .arg(step.action);
        if (!reason.isEmpty()) {
            *problem = tr("--step %1: %2").arg(text, reason);
            return {};
        }
        parsed.append(step);
    }
    return parsed;
}

ScreenshotSteps::ScreenshotSteps(QList<Step> steps, QWidget* window)
    : QObject(window)
    , m_steps(std::move(steps))
    , m_window(window)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ScreenshotSteps::playNext);
}

void ScreenshotSteps::start()
{
    m_next = 0;
    m_failures = 0;
    m_done = false;
    m_timer.start(0ms);
}

void ScreenshotSteps::playNext()
{
    if (m_done)
        return;
    if (m_next == m_steps.size()) {
        m_done = true;
        emit finished({});
        return;
    }
    const Step& step = m_steps.at(m_next++);
    if (step.action == u"wait") {
        m_timer.start(std::chrono::milliseconds(ordinal(step.name)));
        return;
    }
    // The next step is due before this one plays: a click may open a modal dialog, whose own
    // event loop then plays it.
    m_timer.start(stepPause);
    const QString problem = play(step);
    if (problem.isEmpty()) {
        m_failures = 0;
        return;
    }
    // The widget or its rows may not be there yet (a dialog opening, a query answering).
    if (++m_failures < retries) {
        --m_next;
        m_timer.start(retryPause);
        return;
    }
    m_done = true;
    emit finished(tr("--step %1: %2").arg(step.text, problem));
}

QString ScreenshotSteps::play(const Step& step)
{
    QWidget* widget = find(step.name);
    if (!widget)
        return tr("no widget named “%1”").arg(step.name);
    const int number = ordinal(step.value);
    if (step.action == u"tab") {
        auto* tabs = qobject_cast<QTabWidget*>(widget);
        if (!tabs || number > tabs->count())
            return tr("not a tab widget with %1 tabs").arg(number);
        tabs->setCurrentIndex(number - 1);
    } else if (step.action == u"select") {
        auto* view = qobject_cast<QAbstractItemView*>(widget);
        if (!view || !view->model() || number > view->model()->rowCount())
            return tr("not a view with %1 rows").arg(number);
        view->setCurrentIndex(view->model()->index(number - 1, 0));
        view->selectionModel()->select(view->currentIndex(), QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
    } else if (step.action == u"set") {
        if (auto* line = qobject_cast<QLineEdit*>(widget)) {
            line->setText(step.value);
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            const int index = combo->findText(step.value);
            if (index < 0 && (!number || number > combo->count()))
                return tr("the combo box has no item “%1”").arg(step.value);
            combo->setCurrentIndex(index >= 0 ? index : number - 1);
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget);
                   button && button->isCheckable()) {
            if (step.value != u"on" && step.value != u"off")
                return tr("a check box is set on or off, not “%1”").arg(step.value);
            button->setChecked(step.value == u"on");
        } else {
            return tr("not a line edit, combo box or check box");
        }
    } else if (step.action == u"click") {
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            button->click();
        else
            leftClick(widget);
    } else if (step.action == u"show") {
        widget->show();
    } else if (step.action == u"grab") {
        m_target = widget;
    }
    return {};
}

QWidget* ScreenshotSteps::find(const QString& name) const
{
    // Every widget of the application, dialogs included; a visible one first (object names
    // such as "description" recur on every page).
    QWidget* hidden = nullptr;
    for (QWidget* widget : QApplication::allWidgets()) {
        if (widget->objectName() != name)
            continue;
        if (widget->isVisible())
            return widget;
        hidden = hidden ? hidden : widget;
    }
    return hidden;
}
