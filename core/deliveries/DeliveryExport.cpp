#include "DeliveryExport.h"

#include "DeliveryCsv.h"
#include "DeliveryRow.h"
#include "DeliverySearchQuery.h"
#include "store/StoreClient.h"

DeliveryExport::DeliveryExport(StoreClient* client, const DeliverySearchFilter& filter,
                               const QString& path, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_filter(filter)
    , m_file(path)
{}

void DeliveryExport::start()
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        finish(m_file.errorString());
        return;
    }
    m_file.write(DeliveryCsv::header());
    requestPage();
}

void DeliveryExport::cancel()
{
    m_done = true;
    m_file.cancelWriting();
}

void DeliveryExport::requestPage()
{
    m_client->run(DeliverySearchQuery::page(m_filter, m_after, m_pageSize), this,
                  [this](const QueryResult& result) { onPage(result); });
}

void DeliveryExport::onPage(const QueryResult& result)
{
    if (m_done)
        return;
    if (!result.ok()) {
        finish(result.error);
        return;
    }
    QList<DeliveryRow> rows = DeliveryRow::fromResult(result);
    const bool more = rows.size() > m_pageSize;
    if (more)
        rows.removeLast();
    for (const DeliveryRow& row : rows)
        m_file.write(DeliveryCsv::line(row));
    m_rows += rows.size();
    emit progressed(m_rows);
    if (m_file.error() != QFileDevice::NoError) {
        finish(m_file.errorString());
        return;
    }
    if (!more) {
        finish(m_file.commit() ? QString() : m_file.errorString());
        return;
    }
    m_after = rows.last().cursor();
    requestPage();
}

void DeliveryExport::finish(const QString& error)
{
    m_done = true;
    if (!error.isEmpty())
        m_file.cancelWriting();
    emit finished(m_rows, error);
}
