#include "RetryDialog.h"

#include "ActionText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

RetryDialog::RetryDialog(const QString& title, const QString& question, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("retryDialog"));
    setWindowTitle(title);
    auto* text = new QLabel(question, this);
    text->setObjectName(QStringLiteral("retryQuestion"));
    text->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("retryReason"));
    m_reason->setPlaceholderText(tr("Why? (kept in the audit log)"));
    m_reason->setMaxLength(1000);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Retry"));
    m_ok->setEnabled(false);
    // A reason with a NUL keeps the button off and says why on it.
    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString& reason) {
        const QString problem = ActionText::problem({{QStringLiteral("reason"), reason}});
        m_ok->setEnabled(!reason.trimmed().isEmpty() && problem.isEmpty());
        m_ok->setToolTip(problem);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(new QLabel(tr("Reason:"), this));
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

QString RetryDialog::reason() const
{
    return m_reason->text().trimmed();
}

void RetryDialog::setActionText(const QString& text)
{
    m_ok->setText(text);
}
