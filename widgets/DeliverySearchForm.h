#pragma once

#include "deliveries/DeliverySearchFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

// The search fields of the Deliveries page: merchant, payment id, event id, endpoint (id or
// URL fragment), state and a time range. Return in any field or "Search" asks for a search.
class DeliverySearchForm : public QWidget
{
    Q_OBJECT
public:
    explicit DeliverySearchForm(QWidget* parent = nullptr);

    DeliverySearchFilter filter() const;
    void setFilter(const DeliverySearchFilter& filter);
    // Empty when the fields make a valid search.
    QString problem() const;

signals:
    void searchRequested();

private:
    QLineEdit* addField(const QString& name, const QString& placeholder);
    QDateTimeEdit* addTimeEdit(const QString& name, QCheckBox* enabled);
    void clear();
    void validate();

    QLineEdit* m_merchant;
    QLineEdit* m_payment;
    QLineEdit* m_event;
    QLineEdit* m_endpoint;
    QComboBox* m_state;
    QCheckBox* m_fromEnabled;
    QCheckBox* m_toEnabled;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QPushButton* m_search;
    QLabel* m_problem;
};
