#include "RuleEditorDialog.h"

#include "RuleListModel.h"
#include "detect/Cohort.h"
#include "detect/DetectionRule.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

const QString sep = QStringLiteral(", ");

// A number when the text is one; otherwise the text itself, so that the check names the field.
QJsonValue numberOrText(const QString& text)
{
    const QString t = text.trimmed();
    bool ok = false;
    const qlonglong integer = t.toLongLong(&ok);
    if (ok)
        return double(integer);
    const double real = QLocale::c().toDouble(t, &ok);
    return ok ? QJsonValue(real) : QJsonValue(t);
}

QString valueText(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 12);
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items.append(valueText(item));
        return items.join(sep);
    }
    return value.toString();
}

QStringList splitList(const QString& text)
{
    QStringList items;
    for (const QString& item : text.split(u',', Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    return items;
}

QString textProblem(const QString& field, const QString& text, int maxLength)
{
    if (text.trimmed().isEmpty())
        return field + QStringLiteral(": must not be empty");
    if (text.size() > maxLength)
        return field + QStringLiteral(": must be at most %1 characters").arg(maxLength);
    return {};
}

QJsonObject newRuleDefinition()
{
    return QJsonObject{
        {QStringLiteral("cohort"),
         QJsonObject{{QStringLiteral("group_by"), QJsonArray{QStringLiteral("method")}}}},
        {QStringLiteral("window"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("time")},
                                               {QStringLiteral("size_seconds"), 300},
                                               {QStringLiteral("step_seconds"), 30}}},
        {QStringLiteral("min_volume"), 50},
        {QStringLiteral("open_below"), 0.8},
        {QStringLiteral("recover_above"), 0.9},
        {QStringLiteral("open_after"), 2},
        {QStringLiteral("resolve_after"), 2},
        {QStringLiteral("severity"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("critical")},
                                {QStringLiteral("below"), 0.5}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("major")},
                                {QStringLiteral("below"), 0.7}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("minor")},
                                {QStringLiteral("below"), 0.8}}}}};
}

} // namespace

RuleEditorDialog::RuleEditorDialog(qint64 ruleId, int version, const QString& name, bool enabled,
                                   const QJsonObject& definition, bool editable, QWidget* parent)
    : QDialog(parent)
    , m_ruleId(ruleId)
    , m_editable(editable)
    , m_summary(new QLabel(this))
    , m_general(new QLabel(this))
{
    setObjectName(QStringLiteral("ruleEditor"));
    if (ruleId <= 0)
        setWindowTitle(tr("New rule"));
    else if (editable)
        setWindowTitle(tr("Edit rule %1 (version %2)").arg(name).arg(version));
    else
        setWindowTitle(tr("Rule %1 (version %2, read only)").arg(name).arg(version));

    auto* formHost = new QWidget(this);
    auto* form = new QFormLayout(formHost);
    buildForm(form);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // fields narrow instead
    scroll->setWidget(formHost);

    m_summary->setObjectName(QStringLiteral("ruleSummary"));
    m_summary->setWordWrap(true);
    m_general->setObjectName(QStringLiteral("ruleError"));
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_general->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_save = new QPushButton(tr("&Save new version"), this);
    m_save->setObjectName(QStringLiteral("saveRule"));
    if (editable)
        buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    else
        m_save->hide(); // the button box would show it again
    buttons->addButton(editable ? QDialogButtonBox::Cancel : QDialogButtonBox::Close);
    m_backtest = new QPushButton(tr("&Backtest…"), this);
    m_backtest->setObjectName(QStringLiteral("backtestRule"));
    m_backtest->setToolTip(tr("Run this definition over past payments next to the saved "
                              "version, before saving"));
    buttons->addButton(m_backtest, QDialogButtonBox::ActionRole);
    connect(m_backtest, &QPushButton::clicked, this, &RuleEditorDialog::backtestRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] {
        validate();
        if (m_problem.isEmpty())
            emit saveRequested();
    });

    auto* layout = new QVBoxLayout(this);
    if (!editable) {
        auto* note = new QLabel(tr("Only administrators can change rules."), this);
        note->setObjectName(QStringLiteral("readOnlyNote"));
        layout->addWidget(note);
    }
    layout->addWidget(scroll, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_general);
    layout->addWidget(buttons);

    load(name, enabled, ruleId <= 0 && definition.isEmpty() ? newRuleDefinition() : definition);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it->editor->setEnabled(editable);
    resize(720, 800);
}

void RuleEditorDialog::buildForm(QFormLayout* form)
{
    m_name = addLine(form, QStringLiteral("name"), tr("&Name"));
    m_enabled = new QCheckBox(tr("Detects downtimes"), this);
    addField(form, QStringLiteral("enabled"), tr("&Enabled"), m_enabled);
    connect(m_enabled, &QCheckBox::toggled, this, &RuleEditorDialog::validate);
    for (const QString& dimension : Cohort::dimensionNames())
        m_filters.insert(dimension, addLine(form, QStringLiteral("cohort.filters.") + dimension,
                                            tr("Filter %1").arg(dimension),
                                            tr("any; a value, or values separated by commas")));
    m_groupBy = addLine(form, QStringLiteral("cohort.group_by"), tr("&Group by"),
                        tr("dimensions in order, e.g. method, issuer"));
    m_windowKind = new QComboBox(this);
    m_windowKind->addItem(tr("Time (size, step)"), QStringLiteral("time"));
    m_windowKind->addItem(tr("Count (last n payments)"), QStringLiteral("count"));
    addField(form, QStringLiteral("window.kind"), tr("&Window"), m_windowKind);
    connect(m_windowKind, &QComboBox::currentIndexChanged, this, [this] {
        updateWindowKind();
        validate();
    });
    m_size = addLine(form, QStringLiteral("window.size_seconds"), tr("Window size (s)"));
    m_step = addLine(form, QStringLiteral("window.step_seconds"), tr("Window step (s)"));
    m_count = addLine(form, QStringLiteral("window.n"), tr("Window payments (n)"));
    m_minVolume = addLine(form, QStringLiteral("min_volume"), tr("&Minimum volume"),
                          tr("payments a window needs to count"));
    m_openBelow = addLine(form, QStringLiteral("open_below"), tr("&Open below (SR)"),
                          tr("a fraction, e.g. 0.8"));
    m_recoverAbove = addLine(form, QStringLiteral("recover_above"), tr("&Recover above (SR)"),
                             tr("a fraction above open below, e.g. 0.9"));
    m_openAfter = addLine(form, QStringLiteral("open_after"), tr("Open after (windows)"));
    m_resolveAfter = addLine(form, QStringLiteral("resolve_after"), tr("Resolve after (windows)"));
    addField(form, QStringLiteral("severity"), tr("Se&verity bands"), createSeverityEditor());
    m_comment = addLine(form, QStringLiteral("comment"), tr("&Comment"),
                        tr("why this change (required, kept with the version)"));
}

QLineEdit* RuleEditorDialog::addLine(QFormLayout* form, const QString& field, const QString& label,
                                     const QString& placeholder)
{
    auto* line = new QLineEdit(this);
    line->setPlaceholderText(placeholder);
    addField(form, field, label, line);
    connect(line, &QLineEdit::textChanged, this, &RuleEditorDialog::validate);
    return line;
}

void RuleEditorDialog::addField(QFormLayout* form, const QString& field, const QString& label,
                                QWidget* editor)
{
    auto* host = new QWidget(this);
    host->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // no stray height
    auto* box = new QVBoxLayout(host);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    editor->setObjectName(field);
    auto* error = new QLabel(host);
    error->setObjectName(field + QStringLiteral("Error"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #c62828;"));
    error->hide();
    box->addWidget(editor);
    box->addWidget(error);
    form->addRow(label, host);
    if (auto* labelWidget = qobject_cast<QLabel*>(form->labelForField(host)))
        labelWidget->setBuddy(editor);
    m_fields.insert(field, {editor, error});
}

QWidget* RuleEditorDialog::createSeverityEditor()
{
    auto* host = new QWidget(this);
    auto* layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bands = new QTableWidget(0, 2, host);
    m_bands->setObjectName(QStringLiteral("severityBands"));
    m_bands->setHorizontalHeaderLabels({tr("Name"), tr("Below (SR)")});
    m_bands->horizontalHeader()->setStretchLastSection(true);
    m_bands->verticalHeader()->hide();
    m_bands->setMinimumHeight(120);
    connect(m_bands, &QTableWidget::itemChanged, this, &RuleEditorDialog::validate);
    auto* add = new QPushButton(tr("&Add band"), host);
    add->setObjectName(QStringLiteral("addBand"));
    auto* remove = new QPushButton(tr("Remo&ve band"), host);
    remove->setObjectName(QStringLiteral("removeBand"));
    connect(add, &QPushButton::clicked, this, [this] {
        addBand({}, {});
        validate();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_bands->currentRow();
        m_bands->removeRow(row >= 0 ? row : m_bands->rowCount() - 1);
        validate();
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addWidget(m_bands);
    layout->addLayout(buttons);
    return host;
}

void RuleEditorDialog::addBand(const QString& name, const QString& below)
{
    const int row = m_bands->rowCount();
    m_bands->insertRow(row);
    m_bands->setItem(row, 0, new QTableWidgetItem(name));
    m_bands->setItem(row, 1, new QTableWidgetItem(below));
}

void RuleEditorDialog::load(const QString& name, bool enabled, const QJsonObject& definition)
{
    m_loading = true;
    m_name->setText(name);
    m_enabled->setChecked(enabled);
    const QJsonObject cohort = definition.value(QStringLiteral("cohort")).toObject();
    const QJsonObject filters = cohort.value(QStringLiteral("filters")).toObject();
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it)
        it.value()->setText(valueText(filters.value(it.key())));
    m_groupBy->setText(valueText(cohort.value(QStringLiteral("group_by"))));
    const QJsonObject window = definition.value(QStringLiteral("window")).toObject();
    const bool count = window.value(QStringLiteral("kind")).toString() == u"count";
    m_windowKind->setCurrentIndex(count ? 1 : 0);
    m_size->setText(valueText(window.value(QStringLiteral("size_seconds"))));
    m_step->setText(valueText(window.value(QStringLiteral("step_seconds"))));
    m_count->setText(valueText(window.value(QStringLiteral("n"))));
    const auto text = [&definition](const char* key) {
        return valueText(definition.value(QLatin1String(key)));
    };
    m_minVolume->setText(text("min_volume"));
    m_openBelow->setText(text("open_below"));
    m_recoverAbove->setText(text("recover_above"));
    m_openAfter->setText(text("open_after"));
    m_resolveAfter->setText(text("resolve_after"));
    for (const QJsonValue& band : definition.value(QStringLiteral("severity")).toArray())
        addBand(band.toObject().value(QStringLiteral("name")).toString(),
                valueText(band.toObject().value(QStringLiteral("below"))));
    m_loading = false;
    updateWindowKind();
    validate();
}

void RuleEditorDialog::updateWindowKind()
{
    const bool count = m_windowKind->currentData().toString() == u"count";
    for (const char* field : {"window.size_seconds", "window.step_seconds"}) {
        QWidget* host = m_fields.value(QLatin1String(field)).editor->parentWidget();
        host->setVisible(!count);
        if (auto* form = qobject_cast<QFormLayout*>(host->parentWidget()->layout()))
            form->setRowVisible(host, !count);
    }
    QWidget* host = m_fields.value(QStringLiteral("window.n")).editor->parentWidget();
    if (auto* form = qobject_cast<QFormLayout*>(host->parentWidget()->layout()))
        form->setRowVisible(host, count);
}

QString RuleEditorDialog::name() const
{
    return m_name->text().trimmed();
}

bool RuleEditorDialog::isRuleEnabled() const
{
    return m_enabled->isChecked();
}

QString RuleEditorDialog::comment() const
{
    return m_comment->text().trimmed();
}

QJsonObject RuleEditorDialog::definition() const
{
    QJsonObject filters;
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it) {
        const QStringList values = splitList(it.value()->text());
        if (values.size() == 1)
            filters.insert(it.key(), values.first());
        else if (!values.isEmpty())
            filters.insert(it.key(), QJsonArray::fromStringList(values));
    }
    QJsonObject cohort;
    if (!filters.isEmpty())
        cohort.insert(QStringLiteral("filters"), filters);
    const QStringList groups = splitList(m_groupBy->text());
    if (!groups.isEmpty())
        cohort.insert(QStringLiteral("group_by"), QJsonArray::fromStringList(groups));

    QJsonObject window{{QStringLiteral("kind"), m_windowKind->currentData().toString()}};
    const auto put = [](QJsonObject& object, const QString& key, const QLineEdit* line) {
        if (!line->text().trimmed().isEmpty())
            object.insert(key, numberOrText(line->text()));
    };
    if (m_windowKind->currentData().toString() == u"count") {
        put(window, QStringLiteral("n"), m_count);
    } else {
        put(window, QStringLiteral("size_seconds"), m_size);
        put(window, QStringLiteral("step_seconds"), m_step);
    }
    QJsonObject definition{{QStringLiteral("cohort"), cohort}, {QStringLiteral("window"), window}};
    put(definition, QStringLiteral("min_volume"), m_minVolume);
    put(definition, QStringLiteral("open_below"), m_openBelow);
    put(definition, QStringLiteral("recover_above"), m_recoverAbove);
    put(definition, QStringLiteral("open_after"), m_openAfter);
    put(definition, QStringLiteral("resolve_after"), m_resolveAfter);
    QJsonArray bands;
    for (int row = 0; row < m_bands->rowCount(); ++row) {
        const QTableWidgetItem* name = m_bands->item(row, 0);
        const QTableWidgetItem* below = m_bands->item(row, 1);
        QJsonObject band{{QStringLiteral("name"), name ? name->text().trimmed() : QString()}};
        if (below && !below->text().trimmed().isEmpty())
            band.insert(QStringLiteral("below"), numberOrText(below->text()));
        bands.append(band);
    }
    definition.insert(QStringLiteral("severity"), bands);
    return definition;
}

void RuleEditorDialog::validate()
{
    if (m_loading)
        return;
    for (const FieldView& view : std::as_const(m_fields))
        view.error->hide();
    m_general->hide();
    QStringList problems;
    if (const QString p = textProblem(QStringLiteral("name"), m_name->text(), 200); !p.isEmpty())
        problems.append(p);
    QString definitionProblem;
    const auto rule = DetectionRule::parse(m_ruleId, 1, name(), definition(), &definitionProblem);
    if (!rule)
        problems.append(definitionProblem);
    if (m_editable) {
        const QString p = textProblem(QStringLiteral("comment"), m_comment->text(), 2000);
        if (!p.isEmpty())
            problems.append(p);
    }
    for (const QString& problem : std::as_const(problems))
        showProblem(problem);
    m_problem = problems.value(0);
    m_summary->setText(rule ? tr("Watches %1, windows of %2, %3.")
                                  .arg(RuleListModel::cohortText(*rule),
                                       RuleListModel::windowText(*rule),
                                       RuleListModel::thresholdsText(*rule))
                            : QString());
    m_save->setEnabled(m_editable && !m_busy && m_problem.isEmpty());
    m_backtest->setEnabled(rule.has_value());
}

QString RuleEditorDialog::fieldFor(const QString& path) const
{
    QString field = path;
    const qsizetype bracket = field.indexOf(u'[');
    if (bracket >= 0)
        field.truncate(bracket);
    if (field.startsWith(u"severity"))
        return QStringLiteral("severity");
    if (field == u"window")
        return QStringLiteral("window.kind");
    return m_fields.contains(field) ? field : QString();
}

void RuleEditorDialog::showProblem(const QString& problem)
{
    const qsizetype colon = problem.indexOf(QStringLiteral(": "));
    const QString field = colon > 0 ? fieldFor(problem.left(colon)) : QString();
    QLabel* label = field.isEmpty() ? m_general : m_fields.value(field).error;
    label->setText(problem);
    label->show();
}

QString RuleEditorDialog::fieldError(const QString& field) const
{
    const FieldView view = m_fields.value(field);
    return view.error && !view.error->isHidden() ? view.error->text() : QString();
}

void RuleEditorDialog::showRefusal(const QString& error)
{
    setBusy(false);
    showProblem(error);
    m_general->setText(tr("The store refused the rule: %1").arg(error));
    m_general->show();
}

void RuleEditorDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_save->setEnabled(m_editable && !m_busy && m_problem.isEmpty());
}
