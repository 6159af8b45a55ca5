#include "SqlGauges.h"

#include "PrometheusText.h"
#include "store/PgResult.h"
#include "store/StoreError.h"

SqlGauges::SqlGauges(QString dsn, Family family, std::chrono::milliseconds every)
    : m_dsn(std::move(dsn))
    , m_family(std::move(family))
    , m_every(every)
{}

QByteArray SqlGauges::render()
{
    const auto now = std::chrono::steady_clock::now();
    if (m_readAt && now - *m_readAt < m_every)
        return m_last;
    m_readAt = now;
    try {
        if (!m_db)
            m_db.emplace(PgConnection::open(m_dsn));
        const PgResult rows = m_db->exec(m_family.sql);
        PrometheusText text;
        text.family(m_family.name, "gauge", m_family.help);
        for (int row = 0; row < rows.rows(); ++row)
            text.sample(m_family.name, double(rows.toInt(row, 1)),
                        {{m_family.label, rows.text(row, 0).toUtf8()}});
        m_last = text.text();
    } catch (const StoreError&) {
        // Not known now: no sample rather than a stale one.
        m_db.reset();
        m_last.clear();
    }
    return m_last;
}
