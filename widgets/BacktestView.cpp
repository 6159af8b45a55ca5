#include "BacktestView.h"

#include "BacktestDowntimesModel.h"
#include "BacktestMatrixModel.h"
#include "BacktestTimelineView.h"
#include "backtest/BacktestScore.h"
#include "evaluate/GroundTruth.h"
#include "store/StoreClient.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 minuteMicros = 60'000'000;

QDateTime dateTimeOf(qint64 micros)
{
    return QDateTime::fromMSecsSinceEpoch(micros / 1000, Qt::UTC);
}

QTableView* matrixTable(BacktestMatrixModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    const int rowHeight = table->fontMetrics().height() + 6;
    table->verticalHeader()->setDefaultSectionSize(rowHeight);
    table->setFixedHeight(BacktestMatrixModel::RowCount * rowHeight +
                          table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth() +
                          2);
    return table;
}

} // namespace

BacktestView::BacktestView(StoreClient* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_backtest(new Backtest(this))
    , m_downtimes(new BacktestDowntimesModel(this))
    , m_labelsMatrix(new BacktestMatrixModel(this))
    , m_truthMatrix(new BacktestMatrixModel(this))
    , m_timeline(new BacktestTimelineView(this))
{
    setObjectName(u"backtestView"_s);
    m_timeline->setModel(m_downtimes);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(true);
    scroll->setMinimumHeight(80);

    m_table = new QTableView(this);
    m_table->setObjectName(u"backtestDowntimes"_s);
    m_table->setModel(m_downtimes);
    m_table->setSortingEnabled(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(60);

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(buildMatrices());
    lowerLayout->addWidget(m_table, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(scroll);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({480, 420});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(buildControls());
    layout->addWidget(splitter, 1);

    connect(m_backtest, &Backtest::progress, this,
            [this](double fraction) { m_progress->setValue(int(fraction * 1000)); });
    connect(m_backtest, &Backtest::finished, this, &BacktestView::onFinished);
    connect(m_backtest, &Backtest::cancelled, this,
            [this] { onStopped(tr("Cancelled: no results.")); });
    connect(m_backtest, &Backtest::failed, this,
            [this](const QString& error) { onStopped(tr("The backtest failed: %1").arg(error)); });

    setRunning(false);
    updateRulesText();
    applyPreset(SimulatedDay);
}

// Each time the tab shows: the store may have been opened, or have new events, since.
void BacktestView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refreshNewest();
}

void BacktestView::refreshNewest()
{
    if (!m_store)
        return;
    m_store->run(Backtest::newestEventQuery(), this, [this](const QueryResult& result) {
        if (!result.ok() || result.rows.isEmpty())
            return;
        m_newest = result.rows.first().value(0).toLongLong();
        if (m_preset->currentIndex() != Custom && !isRunning())
            applyPreset(Preset(m_preset->currentIndex()));
    });
}

QWidget* BacktestView::buildControls()
{
    auto* box = new QWidget(this);
    m_preset = new QComboBox(box);
    m_preset->setObjectName(u"backtestPreset"_s);
    m_preset->addItems(
        {tr("Last hour"), tr("Last 24 hours"), tr("Simulated day (30 min)"), tr("Custom")});
    m_preset->setToolTip(tr("Ranges end at the newest stored payment event."));
    m_from = new QDateTimeEdit(box);
    m_to = new QDateTimeEdit(box);
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
        edit->setCalendarPopup(true);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
            if (!m_preset->signalsBlocked() && m_from->hasFocus() + m_to->hasFocus())
                m_preset->setCurrentIndex(Custom);
        });
    }
    m_run = new QPushButton(tr("Run backtest"), box);
    m_run->setObjectName(u"backtestRun"_s);
    m_run->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), box);
    m_cancel->setObjectName(u"backtestCancel"_s);
    m_progress = new QProgressBar(box);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(180);
    m_rules = new QLabel(box);
    m_rules->setWordWrap(true);
    m_status = new QLabel(box);
    m_status->setObjectName(u"backtestStatus"_s);
    m_status->setWordWrap(true);

    connect(m_preset, &QComboBox::activated, this, &BacktestView::onPreset);
    connect(m_run, &QPushButton::clicked, this, &BacktestView::run);
    connect(m_cancel, &QPushButton::clicked, this, &BacktestView::cancel);

    auto* range = new QHBoxLayout;
    range->addWidget(new QLabel(tr("Range:"), box));
    range->addWidget(m_preset);
    range->addWidget(new QLabel(tr("from"), box));
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), box));
    range->addWidget(m_to);
    range->addWidget(new QLabel(tr("UTC"), box));
    range->addStretch(1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_run);
    actions->addWidget(m_progress);
    actions->addWidget(m_cancel);
    actions->addWidget(m_rules, 1);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(range);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    return box;
}

QWidget* BacktestView::buildMatrices()
{
    auto* box = new QWidget(this);
    auto* labels = new QGroupBox(tr("Against the labelled downtimes"), box);
    labels->setToolTip(tr("Downtimes of this rule that operators labelled: true positives are "
                          "the incidents, false positives are known false."));
    auto* labelsLayout = new QVBoxLayout(labels);
    labelsLayout->addWidget(matrixTable(m_labelsMatrix, labels));

    auto* truth = new QGroupBox(tr("Against a ground-truth file"), box);
    auto* truthLayout = new QVBoxLayout(truth);
    auto* fileRow = new QHBoxLayout;
    m_truthFile = new QLabel(tr("No file loaded."), truth);
    m_truthFile->setObjectName(u"backtestTruthFile"_s);
    auto* load = new QPushButton(tr("Load ground truth…"), truth);
    load->setObjectName(u"backtestLoadTruth"_s);
    connect(load, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Ground truth"), QString(), tr("JSON Lines (*.jsonl);;All files (*)"));
        if (!file.isEmpty())
            loadTruth(file);
    });
    fileRow->addWidget(m_truthFile, 1);
    fileRow->addWidget(load);
    truthLayout->addLayout(fileRow);
    truthLayout->addWidget(matrixTable(m_truthMatrix, truth));

    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(labels, 1);
    layout->addWidget(truth, 1);
    return box;
}

void BacktestView::setRules(const std::optional<DetectionRule>& current,
                            const std::optional<DetectionRule>& edited)
{
    m_current = current;
    m_edited = edited;
    m_downtimes->clear();
    m_labelsMatrix->setEvaluations(std::nullopt, std::nullopt);
    m_truthMatrix->setEvaluations(std::nullopt, std::nullopt);
    m_status->clear();
    updateRulesText();
    setRunning(isRunning());
}

QString BacktestView::setDefinitions(qint64 ruleId, int currentVersion, const QString& name,
                                     const QJsonObject& currentDefinition,
                                     const QJsonObject& editedDefinition)
{
    QString error;
    std::optional<DetectionRule> current;
    if (!currentDefinition.isEmpty())
        current = DetectionRule::parse(ruleId, currentVersion, name, currentDefinition, &error);
    error.clear(); // a saved version the detector could not use is left out, as payops detect does
    const auto edited =
        DetectionRule::parse(ruleId, currentVersion + 1, name, editedDefinition, &error);
    setRules(current, edited);
    if (!edited)
        m_status->setText(tr("The edited rule cannot run: %1").arg(error));
    return edited ? QString() : error;
}

void BacktestView::updateRulesText()
{
    if (!m_edited) {
        m_rules->setText(tr("Open a rule in the editor and choose Backtest: its edited "
                            "definition runs next to the saved one."));
        return;
    }
    const QString name = m_edited->name.isEmpty() ? tr("a new rule") : m_edited->name;
    m_rules->setText(m_current ? tr("%1: current version %2 (upper bars) against the edited "
                                    "definition (lower bars).")
                                     .arg(name)
                                     .arg(m_current->version)
                               : tr("%1: the edited definition (no saved version yet).").arg(name));
}

void BacktestView::onPreset(int index)
{
    applyPreset(Preset(index));
}

void BacktestView::applyPreset(Preset preset)
{
    const QSignalBlocker blocker(m_preset);
    m_preset->setCurrentIndex(preset);
    if (preset == Custom)
        return;
    const qint64 end = (m_newest ? m_newest : QDateTime::currentMSecsSinceEpoch() * 1000) + 1000;
    const qint64 length = preset == LastHour  ? 60 * minuteMicros
                          : preset == LastDay ? 1440 * minuteMicros
                                              : 30 * minuteMicros;
    // Whole seconds shown; the end is rounded up so the newest event is inside.
    const qint64 to = (end / 1'000'000 + 1) * 1'000'000;
    m_from->setDateTime(dateTimeOf(to - length));
    m_to->setDateTime(dateTimeOf(to));
}

void BacktestView::setRange(qint64 from, qint64 to)
{
    const QSignalBlocker blocker(m_preset);
    m_preset->setCurrentIndex(Custom);
    m_from->setDateTime(dateTimeOf(from));
    m_to->setDateTime(dateTimeOf(to));
}

qint64 BacktestView::rangeFrom() const
{
    return m_from->dateTime().toMSecsSinceEpoch() * 1000;
}

qint64 BacktestView::rangeTo() const
{
    return m_to->dateTime().toMSecsSinceEpoch() * 1000;
}

void BacktestView::run()
{
    if (!m_edited || !m_store || isRunning())
        return;
    if (rangeTo() <= rangeFrom()) {
        m_status->setText(tr("to: must be later than from"));
        return;
    }
    BacktestRequest request;
    request.conninfo = m_store->readConninfo();
    request.from = rangeFrom();
    request.to = rangeTo();
    request.current = m_current;
    request.edited = *m_edited;
    if (!m_backtest->start(request))
        return;
    m_progress->setValue(0);
    m_status->setText(tr("Reading the stored events…"));
    setRunning(true);
}

void BacktestView::cancel()
{
    m_backtest->cancel();
}

void BacktestView::setRunning(bool running)
{
    m_run->setEnabled(!running && m_edited.has_value());
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    m_preset->setEnabled(!running);
    m_from->setEnabled(!running);
    m_to->setEnabled(!running);
}

void BacktestView::onFinished(const BacktestResult& result)
{
    setRunning(false);
    m_timeline->setRange(result.from, result.to);
    m_timeline->setShowCurrent(result.hasCurrent);
    m_downtimes->setResult(result);
    rescore();
    m_table->resizeColumnsToContents();
    const auto count = [&result](BacktestDowntime::Side side) { return result.of(side).size(); };
    const QLocale locale;
    m_status->setText(
        tr("%1 events in %2 s; current: %3 downtimes over %4 windows; edited: %5 downtimes "
           "over %6 windows; %7 labelled downtimes in the range.")
            .arg(locale.toString(result.events), locale.toString(result.elapsedMs / 1000.0, 'f', 1),
                 result.hasCurrent ? locale.toString(count(BacktestDowntime::Current)) : tr("no"),
                 locale.toString(result.currentWindows),
                 locale.toString(count(BacktestDowntime::Edited)),
                 locale.toString(result.editedWindows),
                 locale.toString(result.labelledTrue.size() + result.labelledFalse.size())));
    emit finished();
}

void BacktestView::onStopped(const QString& message)
{
    setRunning(false);
    m_status->setText(message);
    emit finished();
}

void BacktestView::rescore()
{
    const BacktestResult& result = m_downtimes->result();
    if (result.to <= result.from)
        return;
    const auto evaluate =
        [&result](BacktestDowntime::Side side, const QList<TruthIncident>& incidents,
                  const QList<TruthIncident>& knownFalse) -> std::optional<DetectionEvaluation> {
        if (side == BacktestDowntime::Current && !result.hasCurrent)
            return std::nullopt;
        return BacktestScore::evaluate(result.of(side), incidents, knownFalse);
    };
    const auto againstLabels =
        [&result](BacktestDowntime::Side side) -> std::optional<DetectionEvaluation> {
        if (side == BacktestDowntime::Current && !result.hasCurrent)
            return std::nullopt;
        return BacktestScore::evaluateAgainstLabels(result.of(side), result.labelledTrue,
                                                    result.labelledFalse);
    };
    m_labelsMatrix->setEvaluations(againstLabels(BacktestDowntime::Current),
                                   againstLabels(BacktestDowntime::Edited));
    if (!m_truth) {
        m_truthMatrix->setEvaluations(std::nullopt, std::nullopt);
        return;
    }
    QList<TruthIncident> inRange;
    for (const TruthIncident& incident : std::as_const(*m_truth)) {
        if (incident.endsAt > result.from && incident.startsAt < result.to)
            inRange.append(incident);
    }
    m_truthMatrix->setEvaluations(
        evaluate(BacktestDowntime::Current, inRange, result.labelledFalse),
        evaluate(BacktestDowntime::Edited, inRange, result.labelledFalse));
}

bool BacktestView::loadTruth(const QString& fileName)
{
    const auto truth = GroundTruth::load(fileName, &m_truthError);
    if (!truth) {
        // The file loaded before (if any) stays in use.
        m_truthFile->setText(m_truth ? tr("%1 (the previous file stays in use)").arg(m_truthError)
                                     : m_truthError);
        return false;
    }
    m_truthError.clear();
    m_truth = *truth;
    m_truthFile->setText(
        tr("%1: %n incident(s)", nullptr, int(truth->size())).arg(QFileInfo(fileName).fileName()));
    m_downtimes->setTruth(*truth);
    rescore();
    return true;
}

QString BacktestView::statusText() const
{
    return m_status->text();
}
