#include "RuleVersionsView.h"

#include "RuleDiffModel.h"
#include "RuleVersionsModel.h"
#include "rules/RuleListQuery.h"
#include "store/StoreClient.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

RuleVersionsView::RuleVersionsView(StoreClient* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_versions(new RuleVersionsModel(this))
    , m_diff(new RuleDiffModel(this))
    , m_versionTable(new QTableView(this))
    , m_diffTable(new QTableView(this))
    , m_message(new QLabel(this))
{
    m_versionTable->setObjectName(QStringLiteral("ruleVersions"));
    m_versionTable->setModel(m_versions);
    m_versionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versionTable->setSelectionMode(QAbstractItemView::MultiSelection);
    m_versionTable->setWordWrap(false);
    m_versionTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_versionTable->horizontalHeader()->setStretchLastSection(true);
    m_versionTable->verticalHeader()->hide();
    m_diffTable->setObjectName(QStringLiteral("ruleDiff"));
    m_diffTable->setModel(m_diff);
    m_diffTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_diffTable->verticalHeader()->hide();
    m_message->setObjectName(QStringLiteral("ruleVersionsMessage"));
    m_message->setWordWrap(true);
    connect(m_versionTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RuleVersionsView::compareSelection);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_versionTable);
    split->addWidget(m_diffTable);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    m_message->setText(tr("Select a rule to see its versions."));
}

void RuleVersionsView::showRule(qint64 ruleId)
{
    m_ruleId = ruleId;
    if (ruleId <= 0) {
        m_loadedRule = 0;
        m_versions->clear();
        m_diff->clear();
        m_message->setText(tr("Select a rule to see its versions."));
        return;
    }
    m_store->run(RuleListQuery::versions(ruleId), this, [this, ruleId](const QueryResult& r) {
        if (ruleId != m_ruleId)
            return;
        // A reload of the same rule keeps the two versions being compared (read now, not
        // when asked: the user may have chosen them while the query ran).
        QList<int> kept;
        if (m_loadedRule == ruleId)
            for (const QModelIndex& index : m_versionTable->selectionModel()->selectedRows())
                kept.append(m_versions->version(index.row()).version);
        m_versions->setResult(r);
        if (!r.ok()) {
            m_message->setText(tr("Could not load the versions: %1").arg(r.error));
        } else {
            m_loadedRule = ruleId;
            m_message->setText(tr("Select one version to compare it with the one before, or "
                                  "two to compare them (Ctrl+click)."));
            if (kept.size() == 2)
                selectVersions(kept.first(), kept.last());
            else if (m_versions->rowCount() > 0)
                m_versionTable->selectRow(0); // the newest against the one before
        }
        emit versionsLoaded();
    });
}

void RuleVersionsView::selectVersions(int first, int second)
{
    QItemSelectionModel* selection = m_versionTable->selectionModel();
    selection->clearSelection();
    for (int row = 0; row < m_versions->rowCount(); ++row) {
        const int version = m_versions->version(row).version;
        if (version == first || version == second)
            selection->select(m_versions->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void RuleVersionsView::compareSelection()
{
    QList<int> rows;
    for (const QModelIndex& index : m_versionTable->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    // Rows are newest first: the older version is the larger row.
    int older = -1, newer = -1;
    if (rows.size() == 1 && rows[0] + 1 < m_versions->rowCount()) {
        newer = rows[0];
        older = rows[0] + 1;
    } else if (rows.size() >= 2) {
        newer = rows.first();
        older = rows.last();
    }
    if (older < 0) {
        m_diff->clear();
        return;
    }
    const RuleVersionsModel::Version& a = m_versions->version(older);
    const RuleVersionsModel::Version& b = m_versions->version(newer);
    m_diff->compare(a.version, a.content, b.version, b.content);
}
