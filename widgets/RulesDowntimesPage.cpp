#include "RulesDowntimesPage.h"

#include "AuditView.h"
#include "BacktestView.h"
#include "DowntimesView.h"
#include "MutesView.h"
#include "PageTitle.h"
#include "StoreBanner.h"
#include "RulesView.h"

#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

RulesDowntimesPage::RulesDowntimesPage(StoreClient* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_tabs(new QTabWidget(this))
    , m_rules(new RulesView(store, this))
{
    m_tabs->setObjectName(QStringLiteral("rulesDowntimesTabs"));
    m_tabs->setDocumentMode(true);

    // The tabs, in order: Rules, then each helper's tab (one addTab line each).
    m_rules->setObjectName(QStringLiteral("rulesView"));
    addTab(m_rules, tr("&Rules"));
    auto* backtest = new BacktestView(store, this);
    addTab(backtest, tr("&Backtest"));
    connect(m_rules, &RulesView::backtestRequested, this,
            [this, backtest](qint64 ruleId, int version, const QString& name,
                             const QJsonObject& current, const QJsonObject& edited) {
                // The edited definition runs as the version it would become when saved.
                std::optional<DetectionRule> saved;
                if (!current.isEmpty())
                    saved = DetectionRule::parse(ruleId, version, name, current, nullptr);
                backtest->setRules(
                    saved, DetectionRule::parse(ruleId, version + 1, name, edited, nullptr));
                showTab(backtest);
            });

    // Downtimes, Mutes and Audit: a mute made from a downtime shows up in Mutes at once.
    auto* downtimes = new DowntimesView(store, this);
    auto* mutes = new MutesView(store, this);
    auto* audit = new AuditView(store, this);
    addTab(downtimes, tr("&Downtimes"));
    addTab(mutes, tr("M&utes"));
    addTab(audit, tr("&Audit"));
    connect(downtimes, &DowntimesView::muteCreated, mutes, &MutesView::refresh);
    connect(downtimes, &DowntimesView::labelled, audit, &AuditView::refresh);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->addWidget(new PageTitle(tr("Rules & downtimes"), this));
    auto* intro = new QLabel(tr("Detection rules and their versions, the downtimes they found, "
                                "mutes, true/false-positive labels and the audit log."),
                             this);
    intro->setObjectName(QStringLiteral("description"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(new StoreBanner(store, this));
    // Some tabs need more room than a small window has: they scroll then, instead of forcing
    // the main window to grow.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_tabs);
    layout->addWidget(scroll, 1);
}

int RulesDowntimesPage::addTab(QWidget* page, const QString& title)
{
    return m_tabs->addTab(page, title);
}

void RulesDowntimesPage::showTab(QWidget* page)
{
    m_tabs->setCurrentWidget(page);
}
