#include "WallPage.h"

#include "PageTitle.h"
#include "StoreOverviewModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QString timeText(const QDateTime& at)
{
    const QDateTime local = at.toLocalTime();
    if (local.date() == QDate::currentDate())
        return local.toString(QStringLiteral("HH:mm:ss"));
    return QLocale().toString(local, QLocale::ShortFormat);
}

} // namespace

WallPage::WallPage(StoreOverviewModel* overview, QWidget* parent)
    : QWidget(parent)
    , m_overview(overview)
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
{
    auto* intro = new QLabel(tr("Payment events in the store by status, as the engines wrote "
                                "them. Live success-rate charts per cohort join this page "
                                "once payops detect fills sr_windows."),
                             this);
    intro->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("overviewSummary"));
    m_error->setObjectName(QStringLiteral("overviewError"));
    m_error->setWordWrap(true);
    QPalette problem = m_error->palette();
    problem.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(problem);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(new PageTitle(tr("Store overview"), this));
    layout->addWidget(intro);
    layout->addWidget(createTable());
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addStretch(1);
    connect(m_overview, &StoreOverviewModel::resultApplied, this, &WallPage::showSummary);
    showSummary();
}

QTableView* WallPage::createTable()
{
    auto* table = new QTableView(this);
    table->setObjectName(QStringLiteral("overviewTable"));
    table->setModel(m_overview);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setMaximumWidth(720);
    const int rows = m_overview->rowCount();
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() +
                          rows * table->verticalHeader()->defaultSectionSize() +
                          2 * table->frameWidth());
    return table;
}

void WallPage::showSummary()
{
    QStringList parts;
    if (m_overview->schemaVersion() > 0)
        parts << tr("Schema version %1").arg(m_overview->schemaVersion());
    if (m_overview->latestEventAt().isValid())
        parts << tr("latest event %1").arg(timeText(m_overview->latestEventAt()));
    if (m_overview->hasData())
        parts << tr("updated %1").arg(timeText(m_overview->loadedAt()));
    else
        parts << tr("Waiting for the store…");
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    const QString error = m_overview->error();
    m_error->setText(error.isEmpty() ? QString()
                                     : tr("Could not read the overview: %1").arg(error));
    m_error->setVisible(!error.isEmpty());
}
