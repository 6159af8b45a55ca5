#include "CampaignEditorDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace {

QDateTimeEdit* timeEdit(const QDateTime& at, const QString& name, QWidget* parent)
{
    auto* edit =
        new QDateTimeEdit(at.isValid() ? at.toLocalTime() : QDateTime::currentDateTime(), parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    return edit;
}

} // namespace

CampaignEditorDialog::CampaignEditorDialog(const CashbackCampaign& c, QWidget* parent)
    : QDialog(parent)
    , m_id(c.id)
    , m_name(addLine(QStringLiteral("campaignName"), c.name))
    , m_targetKind(new QComboBox(this))
    , m_target(addLine(QStringLiteral("campaignTarget"),
                       c.merchantGroup.isEmpty() ? c.merchantId : c.merchantGroup))
    , m_percent(addLine(QStringLiteral("campaignPercent"), c.percent))
    , m_cap(addLine(QStringLiteral("campaignCap"),
                    c.capAmount > 0 ? QString::number(c.capAmount) : QString()))
    , m_customerCap(addLine(QStringLiteral("campaignCustomerCap"),
                            c.customerCap > 0 ? QString::number(c.customerCap) : QString()))
    , m_period(new QComboBox(this))
    , m_minimum(addLine(QStringLiteral("campaignMinimum"), QString::number(c.minAmount)))
    , m_currency(addLine(QStringLiteral("campaignCurrency"),
                         c.currency.isEmpty() ? QStringLiteral("INR") : c.currency))
    , m_from(timeEdit(c.validFrom, QStringLiteral("campaignFrom"), this))
    , m_to(timeEdit(c.validTo.isValid() ? c.validTo : QDateTime::currentDateTime().addDays(30),
                    QStringLiteral("campaignTo"), this))
    , m_enabled(new QCheckBox(tr("Enabled"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("campaignEditor"));
    setWindowTitle(c.id > 0 ? tr("Edit campaign %1").arg(c.id) : tr("New campaign"));
    m_targetKind->setObjectName(QStringLiteral("campaignTargetKind"));
    m_targetKind->addItem(tr("Merchant"));
    m_targetKind->addItem(tr("Merchant group"));
    m_targetKind->setCurrentIndex(c.merchantGroup.isEmpty() ? 0 : 1);
    m_period->setObjectName(QStringLiteral("campaignPeriod"));
    m_period->addItem(tr("per day"), QStringLiteral("day"));
    m_period->addItem(tr("per week"), QStringLiteral("week"));
    m_period->addItem(tr("per month"), QStringLiteral("month"));
    m_period->addItem(tr("per campaign"), QStringLiteral("campaign"));
    m_period->setCurrentIndex(std::max(0, m_period->findData(c.capPeriod)));
    m_enabled->setObjectName(QStringLiteral("campaignEnabled"));
    m_enabled->setChecked(c.enabled);
    // Only the shape is checked here; the store checks the values and says why it refuses.
    const QRegularExpression digits(QStringLiteral("\\d{0,15}"));
    for (QLineEdit* edit : {m_cap, m_customerCap, m_minimum})
        edit->setValidator(new QRegularExpressionValidator(digits, edit));
    m_percent->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{0,3}([.]\\d{0,4})?")), m_percent));
    m_percent->setPlaceholderText(tr("e.g. 2.5"));
    m_customerCap->setPlaceholderText(tr("empty: no cap"));
    m_error->setObjectName(QStringLiteral("campaignError"));
    m_error->setWordWrap(true);
    QPalette problem = m_error->palette();
    problem.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(problem);
    m_error->hide();

    auto* target = new QHBoxLayout;
    target->addWidget(m_targetKind);
    target->addWidget(m_target, 1);
    auto* customerCap = new QHBoxLayout;
    customerCap->addWidget(m_customerCap, 1);
    customerCap->addWidget(m_period);
    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Applies to"), target);
    form->addRow(tr("Cashback (%)"), m_percent);
    form->addRow(tr("Cap per payment (minor units)"), m_cap);
    form->addRow(tr("Cap per customer (minor units)"), customerCap);
    form->addRow(tr("Minimum payment (minor units)"), m_minimum);
    form->addRow(tr("Currency"), m_currency);
    form->addRow(tr("Valid from"), m_from);
    form->addRow(tr("Valid to"), m_to);
    form->addRow(QString(), m_enabled);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("campaignSaveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        m_error->hide();
        emit saveRequested(campaign());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QLineEdit* CampaignEditorDialog::addLine(const QString& name, const QString& text)
{
    auto* edit = new QLineEdit(text, this);
    edit->setObjectName(name);
    return edit;
}

CashbackCampaign CampaignEditorDialog::campaign() const
{
    CashbackCampaign c;
    c.id = m_id;
    c.name = m_name->text().trimmed();
    (m_targetKind->currentIndex() == 0 ? c.merchantId : c.merchantGroup) =
        m_target->text().trimmed();
    c.percent = m_percent->text().trimmed();
    c.capAmount = m_cap->text().toLongLong();
    c.customerCap = m_customerCap->text().toLongLong();
    c.capPeriod = m_period->currentData().toString();
    c.minAmount = m_minimum->text().toLongLong();
    c.currency = m_currency->text().trimmed();
    c.validFrom = m_from->dateTime().toUTC();
    c.validTo = m_to->dateTime().toUTC();
    c.enabled = m_enabled->isChecked();
    return c;
}

void CampaignEditorDialog::showRefusal(const QString& error)
{
    m_error->setText(tr("The store refused the campaign: %1").arg(error));
    m_error->show();
    setBusy(false);
}

void CampaignEditorDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
}
