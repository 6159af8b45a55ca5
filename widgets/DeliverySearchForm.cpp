#include "DeliverySearchForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

DeliverySearchForm::DeliverySearchForm(QWidget* parent)
    : QWidget(parent)
    , m_merchant(addField(QStringLiteral("merchantEdit"), tr("Merchant id")))
    , m_payment(addField(QStringLiteral("paymentEdit"), tr("Payment id")))
    , m_event(addField(QStringLiteral("eventEdit"), tr("Event id")))
    , m_endpoint(addField(QStringLiteral("endpointEdit"), tr("Endpoint id or part of its URL")))
    , m_state(new QComboBox(this))
    , m_fromEnabled(new QCheckBox(tr("From"), this))
    , m_toEnabled(new QCheckBox(tr("To"), this))
    , m_from(addTimeEdit(QStringLiteral("fromEdit"), m_fromEnabled))
    , m_to(addTimeEdit(QStringLiteral("toEdit"), m_toEnabled))
    , m_search(new QPushButton(tr("&Search"), this))
    , m_problem(new QLabel(this))
{
    m_state->setObjectName(QStringLiteral("stateCombo"));
    m_state->addItem(tr("Any state"), QString());
    m_state->addItem(tr("Pending"), QStringLiteral("pending"));
    m_state->addItem(tr("In flight"), QStringLiteral("in_flight"));
    m_state->addItem(tr("Failed, retrying"), QStringLiteral("failed"));
    m_state->addItem(tr("Succeeded"), QStringLiteral("succeeded"));
    m_state->addItem(tr("Dead"), QStringLiteral("dead"));
    m_search->setObjectName(QStringLiteral("searchButton"));
    m_search->setDefault(true);
    auto* clearButton = new QPushButton(tr("C&lear"), this);
    m_problem->setObjectName(QStringLiteral("searchProblem"));
    QPalette problem = m_problem->palette();
    problem.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_problem->setPalette(problem);
    m_problem->hide();

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_merchant, 0, 0);
    grid->addWidget(m_payment, 0, 1);
    grid->addWidget(m_event, 0, 2);
    grid->addWidget(m_endpoint, 0, 3);
    auto* second = new QHBoxLayout;
    second->addWidget(m_state);
    second->addWidget(m_fromEnabled);
    second->addWidget(m_from);
    second->addWidget(m_toEnabled);
    second->addWidget(m_to);
    second->addStretch(1);
    second->addWidget(clearButton);
    second->addWidget(m_search);
    grid->addLayout(second, 1, 0, 1, 4);
    grid->addWidget(m_problem, 2, 0, 1, 4);

    connect(m_search, &QPushButton::clicked, this, &DeliverySearchForm::searchRequested);
    connect(clearButton, &QPushButton::clicked, this, &DeliverySearchForm::clear);
    connect(m_state, &QComboBox::currentIndexChanged, this, &DeliverySearchForm::validate);
}

QLineEdit* DeliverySearchForm::addField(const QString& name, const QString& placeholder)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setToolTip(placeholder);
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::returnPressed, this, [this] {
        if (problem().isEmpty())
            emit searchRequested();
    });
    return edit;
}

QDateTimeEdit* DeliverySearchForm::addTimeEdit(const QString& name, QCheckBox* enabled)
{
    auto* edit = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setEnabled(false);
    enabled->setObjectName(name + QStringLiteral("Enabled"));
    enabled->setToolTip(tr("Deliveries created at or after “From” and before “To” (local time)"));
    connect(enabled, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    connect(enabled, &QCheckBox::toggled, this, &DeliverySearchForm::validate);
    connect(edit, &QDateTimeEdit::dateTimeChanged, this, &DeliverySearchForm::validate);
    return edit;
}

DeliverySearchFilter DeliverySearchForm::filter() const
{
    DeliverySearchFilter filter;
    filter.merchantId = m_merchant->text().trimmed();
    filter.paymentId = m_payment->text().trimmed();
    filter.eventId = m_event->text().trimmed();
    filter.endpoint = m_endpoint->text().trimmed();
    filter.state = m_state->currentData().toString();
    if (m_fromEnabled->isChecked())
        filter.from = m_from->dateTime();
    if (m_toEnabled->isChecked())
        filter.to = m_to->dateTime();
    return filter;
}

void DeliverySearchForm::setFilter(const DeliverySearchFilter& filter)
{
    m_merchant->setText(filter.merchantId);
    m_payment->setText(filter.paymentId);
    m_event->setText(filter.eventId);
    m_endpoint->setText(filter.endpoint);
    m_state->setCurrentIndex(std::max(0, m_state->findData(filter.state)));
    m_fromEnabled->setChecked(filter.from.isValid());
    if (filter.from.isValid())
        m_from->setDateTime(filter.from.toLocalTime());
    m_toEnabled->setChecked(filter.to.isValid());
    if (filter.to.isValid())
        m_to->setDateTime(filter.to.toLocalTime());
    validate();
}

QString DeliverySearchForm::problem() const
{
    const DeliverySearchFilter current = filter();
    if (current.from.isValid() && current.to.isValid() && current.to <= current.from)
        return tr("“To” must be after “From”.");
    return {};
}

void DeliverySearchForm::clear()
{
    setFilter({});
    emit searchRequested();
}

void DeliverySearchForm::validate()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_search->setEnabled(text.isEmpty());
}
