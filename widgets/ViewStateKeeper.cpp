#include "ViewStateKeeper.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

namespace {

QString segment(const QObject* object)
{
    if (!object->objectName().isEmpty())
        return object->objectName();
    const QObject* parent = object->parent();
    const char* className = object->metaObject()->className();
    int index = 0;
    if (parent)
        for (const QObject* sibling : parent->children()) {
            if (sibling == object)
                break;
            if (qstrcmp(sibling->metaObject()->className(), className) == 0)
                ++index;
        }
    return QString::fromLatin1(className) + u'#' + QString::number(index);
}

} // namespace

QString ViewStateKeeper::keyFor(const QWidget* widget)
{
    QStringList path;
    for (const QObject* object = widget; object; object = object->parent())
        path.prepend(segment(object));
    return QStringLiteral("views/") + path.join(u'/');
}

void ViewStateKeeper::keepAll(QWidget* root)
{
    for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>())
        if (auto* table = qobject_cast<QTableView*>(view))
            keep(table->horizontalHeader());
        else if (auto* tree = qobject_cast<QTreeView*>(view))
            keep(tree->header());
    for (QSplitter* splitter : root->findChildren<QSplitter*>())
        keep(splitter);
}

void ViewStateKeeper::keep(QHeaderView* header)
{
    if (!header->findChild<ViewStateKeeper*>(QString(), Qt::FindDirectChildrenOnly))
        new ViewStateKeeper(header);
}

void ViewStateKeeper::keep(QSplitter* splitter)
{
    const QString key = keyFor(splitter);
    splitter->restoreState(QSettings().value(key).toByteArray());
    connect(splitter, &QSplitter::splitterMoved, splitter,
            [splitter, key] { QSettings().setValue(key, splitter->saveState()); });
}

ViewStateKeeper::ViewStateKeeper(QHeaderView* header)
    : QObject(header)
    , m_header(header)
    , m_key(keyFor(header))
{
    // Kept with the number of columns it was made for: a table that gained or lost a column
    // since starts afresh rather than with its sections shuffled.
    const QVariantList saved = QSettings().value(m_key).toList();
    if (saved.size() == 2) {
        m_columns = saved.at(0).toInt();
        m_state = saved.at(1).toByteArray();
    }
    header->viewport()->installEventFilter(this);
    if (QAbstractItemModel* model = header->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &ViewStateKeeper::reapplyLater);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ViewStateKeeper::reapplyLater);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ViewStateKeeper::reapplyLater);
    }
    connect(header, &QHeaderView::sectionCountChanged, this, &ViewStateKeeper::reapplyLater);
    reapply();
}

// Views size their columns to contents in the same call that brings new rows: put the
// user's widths back once that is done.
void ViewStateKeeper::reapplyLater()
{
    if (m_state.isEmpty() || m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, &ViewStateKeeper::reapply);
}

void ViewStateKeeper::reapply()
{
    m_pending = false;
    if (!m_state.isEmpty() && m_header->count() == m_columns)
        m_header->restoreState(m_state);
}

void ViewStateKeeper::remember()
{
    m_state = m_header->saveState();
    m_columns = m_header->count();
    QSettings().setValue(m_key, QVariantList{m_columns, m_state});
}

bool ViewStateKeeper::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonRelease)
        QTimer::singleShot(0, this, &ViewStateKeeper::remember);
    return QObject::eventFilter(watched, event);
}
