#pragma once

#include "cashback/CashbackCampaign.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

// Creates or edits a cashback campaign. Save emits saveRequested(); the page runs the audited
// payops.save_campaign and either closes the dialog or shows the store's refusal
// ("percent: must be …") here, keeping every field as typed.
class CampaignEditorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CampaignEditorDialog(const CashbackCampaign& campaign, QWidget* parent = nullptr);

    CashbackCampaign campaign() const;
    void showRefusal(const QString& error);
    void setBusy(bool busy);

signals:
    void saveRequested(const CashbackCampaign& campaign);

private:
    QLineEdit* addLine(const QString& name, const QString& text);

    qint64 m_id;
    QLineEdit* m_name;
    QComboBox* m_targetKind;
    QLineEdit* m_target;
    QLineEdit* m_percent;
    QLineEdit* m_cap;
    QLineEdit* m_customerCap;
    QComboBox* m_period;
    QLineEdit* m_minimum;
    QLineEdit* m_currency;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QCheckBox* m_enabled;
    QLabel* m_error;
    QPushButton* m_save;
};
