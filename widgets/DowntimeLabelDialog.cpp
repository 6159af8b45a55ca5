#include "DowntimeLabelDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DowntimeLabelDialog::DowntimeLabelDialog(qint64 downtimeId, const QString& label,
                                         const QString& note, QWidget* parent)
    : QDialog(parent)
    , m_label(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
{
    setObjectName(u"downtimeLabelDialog"_s);
    setWindowTitle(tr("Label downtime %1").arg(downtimeId));
    m_label->setObjectName(u"labelChoice"_s);
    m_label->addItem(tr("True positive: a real outage"), u"true_positive"_s);
    m_label->addItem(tr("False positive: noise, not an outage"), u"false_positive"_s);
    m_label->addItem(tr("No label"), QString());
    setLabel(label.isEmpty() ? u"true_positive"_s : label);
    m_note->setObjectName(u"labelNote"_s);
    m_note->setPlaceholderText(tr("Why? (kept with the label and in the audit log)"));
    m_note->setPlainText(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save label"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* text = new QLabel(tr("Labels feed payops evaluate and the backtest: a false positive "
                               "counts against the rule's precision."),
                            this);
    text->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Label:"), m_label);
    form->addRow(tr("Note:"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, 260);
}

QString DowntimeLabelDialog::label() const
{
    return m_label->currentData().toString();
}

void DowntimeLabelDialog::setLabel(const QString& label)
{
    const int index = m_label->findData(label);
    if (index >= 0)
        m_label->setCurrentIndex(index);
}

QString DowntimeLabelDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void DowntimeLabelDialog::setNote(const QString& note)
{
    m_note->setPlainText(note);
}
