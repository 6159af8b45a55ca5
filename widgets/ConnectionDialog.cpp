#include "ConnectionDialog.h"

#include "console/ConsoleSettings.h"
#include "store/Dsn.h"
#include "ui_ConnectionDialog.h"

#include <QPushButton>

ConnectionDialog::ConnectionDialog(const QString& conninfo, QWidget* parent,
                                   const QString& readConninfo)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
{
    m_ui->setupUi(this);
    QPalette problem = m_ui->dsnProblem->palette();
    problem.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_ui->dsnProblem->setPalette(problem);
    m_ui->readDsnProblem->setPalette(problem);
    m_ui->dsnEdit->setText(Dsn::withoutPassword(conninfo));
    m_ui->readDsnEdit->setText(Dsn::withoutPassword(readConninfo));
    connect(m_ui->dsnEdit, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_ui->readDsnEdit, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    validate();
}

ConnectionDialog::~ConnectionDialog() = default;

QString ConnectionDialog::conninfo() const
{
    return Dsn::withPassword(m_ui->dsnEdit->text().trimmed(), m_ui->passwordEdit->text());
}

QString ConnectionDialog::readConninfo() const
{
    const QString text = m_ui->readDsnEdit->text().trimmed();
    return text.isEmpty() ? QString() : Dsn::withPassword(text, m_ui->passwordEdit->text());
}

void ConnectionDialog::validate()
{
    const QString text = m_ui->dsnEdit->text().trimmed();
    QString problem;
    if (text.isEmpty())
        problem = tr("Enter a connection string.");
    else if (const auto error = Dsn::validate(text))
        problem = tr("Not a valid connection string: %1").arg(*error);
    m_ui->dsnProblem->setText(problem);
    m_ui->dsnProblem->setVisible(!problem.isEmpty());
    const QString read = m_ui->readDsnEdit->text().trimmed();
    QString readProblem;
    if (const auto error = read.isEmpty() ? std::nullopt : Dsn::validate(read))
        readProblem = tr("Read from: not a valid connection string: %1").arg(*error);
    m_ui->readDsnProblem->setText(readProblem);
    m_ui->readDsnProblem->setVisible(!readProblem.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(problem.isEmpty() && readProblem.isEmpty());
}

void ConnectionDialog::accept()
{
    const QString text = m_ui->dsnEdit->text().trimmed();
    const QString read = m_ui->readDsnEdit->text().trimmed();
    if (text.isEmpty() || Dsn::validate(text) || (!read.isEmpty() && Dsn::validate(read)))
        return;
    ConsoleSettings::rememberDsn(text);
    ConsoleSettings::rememberReadDsn(read);
    QDialog::accept();
}
