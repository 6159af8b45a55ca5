#pragma once

#include "TestStore.h"
#include "simulate/MerchantReceiver.h"
#include "store/PgConnection.h"

#include <QProcess>
#include <QTemporaryDir>
#include <chrono>
#include <memory>
#include <optional>

// What the dispatch tests share: a store of their own, simulated merchants on loopback (the
// receivers of `payops simulate`, in this process, their phases driven by the test), events
// loaded with the real `payops ingest`, and real `payops dispatch` processes.
class DispatchFixture
{
public:
    explicit DispatchFixture(const QString& storeName);
    ~DispatchFixture();

    // behaviours: one JSON object (a "behaviour" or a "schedule" with at_s) per merchant
    // m_1, m_2, ... The receiver's clock starts at 0 and moves with setPhaseTime.
    void startMerchants(const QList<QByteArray>& behaviours);
    void setPhaseTime(std::chrono::seconds at) { m_phaseTime = at; }
    const MerchantCounters& counters(int merchant) const;
    qint64 endpointId(int merchant) const { return m_endpointIds.value(merchant - 1); }

    // `count` captured payment events of merchant m_<merchant>; returns their ids.
    QStringList ingest(int merchant, int count, const QString& prefix);
    void ingestIds(int merchant, const QStringList& ids, const QByteArray& status = "captured");

    QProcess* startDispatch(const QStringList& extra, const QMap<QString, QString>& env = {});
    // Runs `payops dispatch --drain` to the end; returns its exit code (-1: it did not end).
    int drain(const QStringList& extra = {}, const QMap<QString, QString>& env = {},
              QString* out = nullptr);

    PgConnection& db() { return *m_db; }
    const TestStore& store() const { return *m_store; }
    qint64 scalar(const QString& sql, const QVariantList& params = {});

private:
    std::optional<TestStore> m_store;
    std::unique_ptr<PgConnection> m_db;
    std::unique_ptr<MerchantReceiver> m_receiver;
    QList<qint64> m_endpointIds;
    QTemporaryDir m_dir;
    std::chrono::seconds m_phaseTime{0};
    QList<QProcess*> m_processes;
    int m_files = 0;
};
