#pragma once

#include "CampaignEditorDialog.h"
#include "store/ConnectionState.h"

#include <QPointer>
#include <QWidget>

class CampaignListModel;
class LiveQuery;
class QLabel;
class QPushButton;
class QTableView;
class StoreClient;
struct CashbackCampaign;

// The cashback campaigns, live (NOTIFY payops_cashback), and for admins the editor: New and
// Edit open CampaignEditorDialog, saved through the audited payops.save_campaign. Other roles
// do not see the editor (and the store would refuse them anyway).
class CampaignsView : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignsView(StoreClient* store, QWidget* parent = nullptr);

    CampaignListModel* model() const { return m_model; }
    CampaignEditorDialog* editor() const { return m_editor; }
    void newCampaign();
    void editSelected();

private:
    void openEditor(const CashbackCampaign& campaign);
    void save(const CashbackCampaign& campaign);
    void onStateChanged(const ConnectionState& state);
    void updateActions();

    StoreClient* m_store;
    CampaignListModel* m_model;
    LiveQuery* m_live;
    QTableView* m_table;
    QPushButton* m_new;
    QPushButton* m_edit;
    QLabel* m_message;
    QPointer<CampaignEditorDialog> m_editor;
    QString m_role;
};
