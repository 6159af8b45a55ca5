#include "CohortDetailDialog.h"

#include "CohortDowntimesModel.h"
#include "DisplayFormat.h"
#include "SrChart.h"
#include "WallCohortsModel.h"
#include "console/LiveQuery.h"
#include "wall/WallCohortsQuery.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {} // namespace

CohortDetailDialog::CohortDetailDialog(StoreClient* client, WallCohortsModel* cohorts,
                                       const QString& cohortId, WallRange range, QWidget* parent)
    : QDialog(parent)
    , m_cohorts(cohorts)
    , m_cohortId(cohortId)
    , m_range(range)
    , m_downtimes(new CohortDowntimesModel(this))
    , m_query(nullptr)
    , m_heading(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_chart(new SrChart(this))
    , m_table(new QTableView(this))
{
    setObjectName(u"cohortDetail"_s);
    setWindowTitle(tr("Cohort"));
    const int row = m_cohorts->rowOf(cohortId);
    const WallCohort cohort = row >= 0 ? m_cohorts->cohort(row) : WallCohort{};
    m_query = new LiveQuery(
        client, WallCohortsQuery::cohortDowntimes(cohort.ruleId, cohort.cohortKey), this);
    m_query->setMinimumGap(1s);
    m_query->setInterval(15s);
    m_query->refreshOn(u"payops_detection"_s);
    connect(m_query, &LiveQuery::resultReady, m_downtimes, &CohortDowntimesModel::setResult);
    connect(m_cohorts, &WallCohortsModel::resultApplied, this, &CohortDetailDialog::showCohort);

    m_heading->setObjectName(u"cohortHeading"_s);
    m_heading->setTextFormat(Qt::PlainText);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);
    m_facts->setObjectName(u"cohortFacts"_s);
    m_facts->setWordWrap(true);
    m_chart->setMinimumHeight(260);
    m_chart->setCursor(Qt::ArrowCursor);
    m_table->setObjectName(u"cohortDowntimes"_s);
    m_table->setModel(m_downtimes);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_facts);
    layout->addWidget(m_chart, 2);
    layout->addWidget(new QLabel(tr("Downtimes of this cohort, newest first:"), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 640);
    showCohort();
}

void CohortDetailDialog::setRange(WallRange range)
{
    m_range = range;
    showCohort();
}

void CohortDetailDialog::showCohort()
{
    const int row = m_cohorts->rowOf(m_cohortId);
    if (row < 0) {
        m_facts->setText(tr("This cohort has no data in the Wall's time range any more."));
        return;
    }
    const WallCohort& cohort = m_cohorts->cohort(row);
    const QString label = cohort.cohortKey == u"all" ? tr("all payments") : cohort.cohortLabel;
    m_heading->setText(tr("%1 — rule %2").arg(label, cohort.ruleName));
    setWindowTitle(tr("Cohort %1").arg(cohort.cohortKey));
    QString facts = tr("Cohort %1 of rule %2 (#%3). Newest window: SR %4 over %5 attempts. "
                       "A downtime opens below %6.")
                        .arg(cohort.cohortKey, cohort.ruleName, QString::number(cohort.ruleId),
                             DisplayFormat::percent(cohort.currentSr),
                             QLocale().toString(cohort.currentAttempts),
                             DisplayFormat::percent(cohort.threshold));
    if (cohort.hasOpenDowntime())
        facts += u' ' + tr("Open downtime: %1.").arg(cohort.worstSeverity);
    m_facts->setText(facts);
    m_chart->setCohort(cohort, m_cohorts->asOf(), wallRangeSeconds(m_range));
}
