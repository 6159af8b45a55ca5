#include "MuteEditorDialog.h"

#include "ActionText.h"
#include "MuteCoverageModel.h"
#include "downtimes/MuteQuery.h"
#include "store/StoreClient.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

MuteEditorDialog::MuteEditorDialog(StoreClient* store, const QJsonObject& matchers, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_matchers(new QTableWidget(0, 2, this))
    , m_startsNow(new QCheckBox(tr("Now"), this))
    , m_starts(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_ends(new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600), this))
    , m_reason(new QLineEdit(this))
    , m_coverage(new MuteCoverageModel(this))
    , m_preview(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_save(nullptr)
    , m_previewTimer(new QTimer(this))
{
    setObjectName(u"muteEditor"_s);
    setWindowTitle(tr("New mute"));
    m_startsNow->setObjectName(u"muteStartsNow"_s);
    m_startsNow->setChecked(true);
    m_starts->setObjectName(u"muteStarts"_s);
    m_starts->setEnabled(false);
    m_starts->setCalendarPopup(true);
    m_ends->setObjectName(u"muteEnds"_s);
    m_ends->setCalendarPopup(true);
    for (QDateTimeEdit* edit : {m_starts, m_ends})
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_reason->setObjectName(u"muteReason"_s);
    m_reason->setPlaceholderText(tr("Why? (kept with the mute and in the audit log)"));
    m_reason->setMaxLength(1000);
    m_preview->setObjectName(u"mutePreview"_s);
    m_preview->setModel(m_coverage);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_summary->setObjectName(u"mutePreviewSummary"_s);
    m_summary->setWordWrap(true);
    m_message->setObjectName(u"muteMessage"_s);
    m_message->setWordWrap(true);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(400ms);
    connect(m_previewTimer, &QTimer::timeout, this, &MuteEditorDialog::refreshPreview);
    connect(m_startsNow, &QCheckBox::toggled, m_starts,
            [this](bool now) { m_starts->setEnabled(!now); });
    connect(m_reason, &QLineEdit::textChanged, this, &MuteEditorDialog::updateSave);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveMuteButton"_s);
    m_save->setText(tr("Save mute"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MuteEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* starts = new QHBoxLayout;
    starts->addWidget(m_startsNow);
    starts->addWidget(m_starts, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("Matchers:"), createMatchers());
    form->addRow(tr("Starts:"), starts);
    form->addRow(tr("Ends:"), m_ends);
    form->addRow(tr("Reason:"), m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Downtimes a mute covers are still recorded and shown as "
                                    "muted; their notifications are not sent. Every matcher "
                                    "must equal what the downtime's rule and cohort fix."),
                                 this));
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMatchers(matchers);
    resize(640, 620);
}

QWidget* MuteEditorDialog::createMatchers()
{
    m_matchers->setObjectName(u"muteMatchers"_s);
    m_matchers->setHorizontalHeaderLabels({tr("Dimension"), tr("Value")});
    m_matchers->verticalHeader()->hide();
    m_matchers->horizontalHeader()->setStretchLastSection(true);
    m_matchers->setMinimumHeight(150);
    connect(m_matchers, &QTableWidget::itemChanged, this, [this] {
        m_previewTimer->start();
        updateSave();
    });
    auto* add = new QPushButton(tr("Add"), this);
    add->setObjectName(u"addMatcherButton"_s);
    auto* remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(u"removeMatcherButton"_s);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_matchers->rowCount();
        m_matchers->insertRow(row);
        m_matchers->setItem(row, 0, new QTableWidgetItem(u"issuer"_s));
        m_matchers->setItem(row, 1, new QTableWidgetItem());
        m_matchers->editItem(m_matchers->item(row, 1));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_matchers->currentRow() >= 0)
            m_matchers->removeRow(m_matchers->currentRow());
        m_previewTimer->start();
        updateSave();
    });
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_matchers, 1);
    row->addLayout(buttons);
    return box;
}

QJsonObject MuteEditorDialog::matchers() const
{
    QJsonObject matchers;
    for (int row = 0; row < m_matchers->rowCount(); ++row) {
        const QTableWidgetItem* key = m_matchers->item(row, 0);
        const QTableWidgetItem* value = m_matchers->item(row, 1);
        const QString name = key ? key->text().trimmed() : QString();
        const QString text = value ? value->text().trimmed() : QString();
        if (name.isEmpty())
            continue;
        bool number = false;
        const qint64 id = text.toLongLong(&number);
        // rule_id is a number in the store's matchers; every dimension a string.
        matchers.insert(name, name == u"rule_id" && number ? QJsonValue(id) : QJsonValue(text));
    }
    return matchers;
}

void MuteEditorDialog::setMatchers(const QJsonObject& matchers)
{
    const QSignalBlocker blocker(m_matchers);
    m_matchers->setRowCount(0);
    for (auto it = matchers.begin(); it != matchers.end(); ++it) {
        const int row = m_matchers->rowCount();
        m_matchers->insertRow(row);
        m_matchers->setItem(row, 0, new QTableWidgetItem(it.key()));
        const QString value = it.value().isString()
                                  ? it.value().toString()
                                  : QString::number(it.value().toVariant().toLongLong());
        m_matchers->setItem(row, 1, new QTableWidgetItem(value));
    }
    m_matchers->resizeColumnToContents(0);
    updateSave();
    refreshPreview();
}

void MuteEditorDialog::removeMatcher(const QString& key)
{
    QJsonObject now = matchers();
    now.remove(key);
    setMatchers(now);
}

void MuteEditorDialog::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

void MuteEditorDialog::setEndsAt(const QDateTime& endsAt)
{
    m_ends->setDateTime(endsAt);
}

QString MuteEditorDialog::message() const
{
    return m_message->text();
}

void MuteEditorDialog::refreshPreview()
{
    m_previewTimer->stop();
    const QJsonObject wanted = matchers();
    if (wanted.isEmpty()) {
        m_coverage->clear();
        m_summary->setText(tr("Add at least one matcher."));
        return;
    }
    m_summary->setText(tr("Asking the store what it would cover…"));
    const quint64 generation = ++m_previewGeneration;
    m_store->run(MuteQuery::preview(wanted), this, [this, generation](const QueryResult& result) {
        if (generation != m_previewGeneration)
            return;
        m_coverage->setResult(result);
        m_preview->resizeColumnsToContents();
        if (!result.ok()) {
            m_summary->setText(tr("The store refuses these matchers: %1").arg(result.error));
            return;
        }
        m_summary->setText(
            tr("It covers %n open downtime(s) now", nullptr, m_coverage->downtimeCount()) +
            tr(" and cover %n cohort(s) with SR windows in the last hour:", nullptr,
               m_coverage->cohortCount()));
    });
}

void MuteEditorDialog::save()
{
    if (m_saving)
        return;
    if (const QString problem = ActionText::problem({{QStringLiteral("reason"), m_reason->text()}});
        !problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    m_saving = true;
    updateSave();
    showMessage(tr("Saving…"), false);
    const QDateTime starts = m_startsNow->isChecked() ? QDateTime() : m_starts->dateTime();
    m_store->run(MuteQuery::create(matchers(), starts, m_ends->dateTime(), m_reason->text()), this,
                 [this](const QueryResult& result) {
                     m_saving = false;
                     updateSave();
                     if (!result.ok()) {
                         showMessage(tr("The store refused the mute: %1").arg(result.error), true);
                         return;
                     }
                     m_created = result.rows.value(0).value(0).toLongLong();
                     emit muteCreated(m_created);
                     accept();
                 });
}

void MuteEditorDialog::updateSave()
{
    if (m_save)
        m_save->setEnabled(!m_saving && !m_reason->text().trimmed().isEmpty() &&
                           m_matchers->rowCount() > 0);
}

void MuteEditorDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #c62828;"_s : QString());
}
