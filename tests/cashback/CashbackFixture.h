#pragma once

#include "TestBroker.h"
#include "TestStore.h"
#include "store/PgConnection.h"

#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <memory>

// A store and a vhost of their own for one cashback test, payment events in through
// `payops ingest`, `payops cashback` processes, and the checks every test ends with.
class CashbackFixture
{
public:
    explicit CashbackFixture(const QString& name);

    TestStore& store() { return m_store; }
    TestBroker& broker() { return m_broker; }
    PgConnection owner() const;
    qint64 scalar(const QString& sql, const QVariantList& params = {}) const;

    // An enabled campaign of admin's through payops.save_campaign; returns its id.
    qint64 saveCampaign(const QString& merchant, const QString& percent, qint64 capPerPayment,
                        qint64 minAmount, const QString& validFrom = QStringLiteral("2026-01-01"),
                        const QString& validTo = QStringLiteral("2027-01-01"),
                        const QString& group = {}, qint64 customerCap = 0,
                        const QString& period = QStringLiteral("campaign"));

    static QJsonObject event(const QString& status, const QString& payment, const QString& merchant,
                             const QString& customer, qint64 amount, const QString& occurredAt,
                             const QString& currency = QStringLiteral("INR"));
    // Loads events with `payops ingest` as the engine login; false with a message on failure.
    bool ingest(const QList<QJsonObject>& events, QString* error = nullptr) const;
    // n captured payments of merchant (customers c0..c49), every tenth one refunded.
    QList<QJsonObject> payments(int first, int n, const QString& merchant) const;

    // `payops cashback ARGUMENTS` as the engine login on this test's vhost; overrides win.
    std::unique_ptr<QProcess> start(const QStringList& arguments,
                                    const QProcessEnvironment& overrides = {}) const;
    // Runs `payops cashback ARGUMENTS --drain` to its end; its exit status (-1: timed out).
    int drain(const QStringList& arguments = {}, QString* output = nullptr) const;
    // Polls sql until it gives expected (or timeout); the last value.
    qint64 waitFor(const QString& sql, qint64 expected, int timeoutMs) const;

    // Every cashback credited once, reversed once when its payment was refunded, every
    // balance the sum of its ledger: an empty list, or what is wrong.
    QStringList exactlyOnceViolations() const;

private:
    TestStore m_store;
    TestBroker m_broker;
};
