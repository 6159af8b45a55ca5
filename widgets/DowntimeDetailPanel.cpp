#include "DowntimeDetailPanel.h"

#include "DisplayFormat.h"
#include "SrChart.h"
#include "downtimes/DowntimeQuery.h"
#include "downtimes/MuteRow.h"
#include "store/StoreClient.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString when(const QDateTime& at)
{
    return DisplayFormat::dateTime(at);
}

QString duration(qint64 seconds)
{
    if (seconds < 3600)
        return QObject::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return QObject::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

} // namespace

DowntimeDetailPanel::DowntimeDetailPanel(StoreClient* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_heading(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_chart(new SrChart(this))
    , m_label(new QPushButton(tr("&Label…"), this))
    , m_mute(new QPushButton(tr("&Mute like this…"), this))
{
    setObjectName(u"downtimeDetail"_s);
    m_heading->setObjectName(u"downtimeHeading"_s);
    m_heading->setTextFormat(Qt::PlainText);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_heading->setFont(big);
    m_facts->setObjectName(u"downtimeFacts"_s);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart->setObjectName(u"downtimeChart"_s);
    m_chart->setCursor(Qt::ArrowCursor);
    m_chart->setMinimumHeight(220);
    m_label->setObjectName(u"labelDowntimeButton"_s);
    m_label->setToolTip(tr("Label it a true or false positive, with a note."));
    m_mute->setObjectName(u"muteFromDowntimeButton"_s);
    m_mute->setToolTip(tr("A mute of this rule and cohort, editable before it is saved: "
                          "downtimes it covers are still recorded but not notified."));
    connect(m_label, &QPushButton::clicked, this, [this] { emit labelRequested(m_downtime.id); });
    connect(m_mute, &QPushButton::clicked, this, [this] { emit muteRequested(m_downtime.id); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_heading, 1);
    buttons->addWidget(m_label);
    buttons->addWidget(m_mute);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_facts);
    clear();
}

void DowntimeDetailPanel::showDowntime(const DowntimeRow& downtime)
{
    const bool other = downtime.id != m_downtime.id;
    m_downtime = downtime;
    m_heading->setText(tr("Downtime %1 · %2").arg(downtime.id).arg(downtime.cohortKey));
    m_facts->setText(factsText());
    m_label->setEnabled(true);
    m_mute->setEnabled(true);
    if (other) {
        m_chartFor = 0;
        m_chart->clearCohort();
    }
    if (other || downtime.isOpen())
        readChart();
}

void DowntimeDetailPanel::clear()
{
    m_downtime = {};
    m_chartFor = 0;
    m_heading->setText(tr("No downtime selected"));
    m_facts->setText(tr("Select a downtime to see its SR chart and details."));
    m_chart->clearCohort();
    m_label->setEnabled(false);
    m_mute->setEnabled(false);
}

void DowntimeDetailPanel::setActionsVisible(bool visible)
{
    m_label->setVisible(visible);
    m_mute->setVisible(visible);
}

QString DowntimeDetailPanel::facts() const
{
    return m_facts->text();
}

void DowntimeDetailPanel::readChart()
{
    const DowntimeRow shown = m_downtime;
    m_store->run(DowntimeQuery::chart(shown.id), this, [this, shown](const QueryResult& result) {
        if (shown.id != m_downtime.id)
            return;
        if (!result.ok()) {
            m_facts->setText(factsText() + u"\n"_s +
                             tr("Could not read its SR windows: %1").arg(result.error));
            return;
        }
        const DowntimeChart chart = DowntimeChart::fromResult(m_downtime, result);
        m_chart->setCohort(chart.cohort, chart.asOf, chart.rangeSeconds);
        m_chart->setToolTip(tr("SR of %1 (rule %2) from 10 minutes before the downtime to 10 "
                               "minutes after it; the dashed line is where it opens.")
                                .arg(m_downtime.cohortKey, m_downtime.ruleName));
        m_chartFor = shown.id;
    });
}

QString DowntimeDetailPanel::factsText() const
{
    const DowntimeRow& d = m_downtime;
    QStringList lines;
    lines.append(tr("Rule %1 (#%2) version %3 · severity %4 · lowest SR %5 % · payments %6")
                     .arg(d.ruleName)
                     .arg(d.ruleId)
                     .arg(d.ruleVersion)
                     .arg(d.severity, QLocale().toString(d.lowestSr * 100, 'f', 1),
                          QLocale().toString(d.volume)));
    if (d.isOpen())
        lines.append(
            tr("Started %1, open (detected %2).").arg(when(d.startedAt), when(d.detectedAt)));
    else
        lines.append(tr("Started %1, resolved %2 (%3) after %4.")
                         .arg(when(d.startedAt), when(d.resolvedAt), d.resolvedReason,
                              duration(d.startedAt.secsTo(d.resolvedAt))));
    if (d.muted && d.muteId == 0)
        lines.append(tr("Muted: not notified."));
    else if (d.muted)
        lines.append(tr("Muted by mute %1 of %2 (%3): not notified.")
                         .arg(d.muteId)
                         .arg(d.muteAuthor, d.muteReason));
    if (d.label.isEmpty())
        lines.append(tr("Not labelled."));
    else
        lines.append(
            tr("Labelled %1 by %2 at %3%4")
                .arg(d.label == u"true_positive" ? tr("true positive") : tr("false positive"),
                     d.labelledBy, when(d.labelledAt),
                     d.labelNote.isEmpty() ? u"."_s : u": "_s + d.labelNote));
    lines.append(tr("Mute matchers for it: %1").arg(MuteRow::matchersText(d.matchers())));
    return lines.join(u'\n');
}
