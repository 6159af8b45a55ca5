#pragma once

#include "DeliveryCursor.h"
#include "DeliverySearchFilter.h"

#include <QObject>
#include <QSaveFile>

class StoreClient;
struct QueryResult;

// Writes every delivery matching a filter to a CSV file (DeliveryCsv), newest first. The
// store is read page by page through the StoreClient (off the calling thread); each page is
// written as it arrives. The file appears only complete: on an error or cancel() nothing is
// left behind (QSaveFile).
class DeliveryExport : public QObject
{
    Q_OBJECT
public:
    DeliveryExport(StoreClient* client, const DeliverySearchFilter& filter, const QString& path,
                   QObject* parent = nullptr);

    void setPageSize(int rows) { m_pageSize = rows; }
    void start();
    // Stops without a finished() signal; the file is not written.
    void cancel();

signals:
    void progressed(qint64 rows);
    // error empty on success.
    void finished(qint64 rows, const QString& error);

private:
    void requestPage();
    void onPage(const QueryResult& result);
    void finish(const QString& error);

    StoreClient* m_client;
    DeliverySearchFilter m_filter;
    QSaveFile m_file;
    DeliveryCursor m_after;
    int m_pageSize = 1000;
    qint64 m_rows = 0;
    bool m_done = false;
};
