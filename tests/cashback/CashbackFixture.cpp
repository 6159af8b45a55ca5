#include "CashbackFixture.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTemporaryFile>
#include <QThread>

using namespace Qt::StringLiterals;

CashbackFixture::CashbackFixture(const QString& name)
    : m_store(name)
    , m_broker(name)
{}

PgConnection CashbackFixture::owner() const
{
    return PgConnection::open(m_store.ownerDsn());
}

qint64 CashbackFixture::scalar(const QString& sql, const QVariantList& params) const
{
    return owner().exec(sql, params).toInt(0, 0);
}

qint64 CashbackFixture::saveCampaign(const QString& merchant, const QString& percent,
                                     qint64 capPerPayment, qint64 minAmount,
                                     const QString& validFrom, const QString& validTo,
                                     const QString& group, qint64 customerCap,
                                     const QString& period)
{
    PgConnection admin = PgConnection::open(m_store.dsnAs(u"admin"_s));
    return admin
        .exec(u"SELECT payops.save_campaign(NULL, 'test', $1, $2::numeric, $3, $4, 'INR', $5,"
              " $6, true, $7, $8, $9)"_s,
              {merchant.isEmpty() ? QVariant() : merchant, percent, capPerPayment, minAmount,
               validFrom, validTo, group.isEmpty() ? QVariant() : group,
               customerCap > 0 ? QVariant(customerCap) : QVariant(), period})
        .toInt(0, 0);
}

QJsonObject CashbackFixture::event(const QString& status, const QString& payment,
                                   const QString& merchant, const QString& customer, qint64 amount,
                                   const QString& occurredAt, const QString& currency)
{
    QJsonObject object{{u"id"_s, QString(payment + u'-' + status)},
                       {u"payment_id"_s, payment},
                       {u"merchant_id"_s, merchant},
                       {u"status"_s, status},
                       {u"method"_s, u"card"_s},
                       {u"amount"_s, amount},
                       {u"currency"_s, currency},
                       {u"occurred_at"_s, occurredAt}};
    if (!customer.isEmpty())
        object.insert(u"customer_id"_s, customer);
    return object;
}

bool CashbackFixture::ingest(const QList<QJsonObject>& events, QString* error) const
{
    QTemporaryFile file;
    if (!file.open())
        return false;
    for (const QJsonObject& object : events)
        file.write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
    file.flush();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PAYOPS_DSN"_s, m_store.dsnAs(u"ingest"_s));
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("PAYOPS_BIN"), {u"ingest"_s, file.fileName()});
    const bool ok = process.waitForFinished(120'000) && process.exitCode() == 0;
    if (!ok && error)
        *error =
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return ok;
}

QList<QJsonObject> CashbackFixture::payments(int first, int n, const QString& merchant) const
{
    QList<QJsonObject> events;
    for (int i = first; i < first + n; ++i) {
        const QString payment = u"%1-p%2"_s.arg(merchant).arg(i);
        const QString customer = u"c%1"_s.arg(i % 50);
        const QString when = u"2026-11-24T16:%1:%2Z"_s.arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                                 .arg(i % 60, 2, 10, QLatin1Char('0'));
        events.append(event(u"captured"_s, payment, merchant, customer, 1000 + i % 997, when));
        if (i % 10 == 0)
            events.append(event(u"refunded"_s, payment, merchant, customer, 1000 + i % 997, when));
    }
    return events;
}

std::unique_ptr<QProcess> CashbackFixture::start(const QStringList& arguments,
                                                 const QProcessEnvironment& overrides) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PAYOPS_DSN"_s, m_store.dsnAs(u"cashback"_s));
    env.insert(u"PAYOPS_AMQP_URL"_s, m_broker.url());
    env.insert(overrides);
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(env);
    process->start(qEnvironmentVariable("PAYOPS_BIN"), QStringList{u"cashback"_s} + arguments);
    process->waitForStarted();
    return process;
}

int CashbackFixture::drain(const QStringList& arguments, QString* output) const
{
    auto process = start(QStringList{u"--drain"_s} + arguments);
    if (!process->waitForFinished(180'000)) {
        process->kill();
        process->waitForFinished();
        return -1;
    }
    if (output)
        *output = QString::fromUtf8(process->readAllStandardError());
    return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
}

qint64 CashbackFixture::waitFor(const QString& sql, qint64 expected, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    qint64 value = scalar(sql);
    while (value != expected && !deadline.hasExpired()) {
        QThread::msleep(100);
        value = scalar(sql);
    }
    return value;
}

QStringList CashbackFixture::exactlyOnceViolations() const
{
    const struct
    {
        const char* what;
        QString sql;
    } checks[] = {
        {"cashbacks not credited exactly once",
         u"SELECT count(*) FROM payops.cashbacks AS c WHERE (SELECT count(*) FROM"
         " payops.ledger_entries AS l WHERE l.cashback_id = c.id AND l.kind = 'credit') <> 1"_s},
        {"refunded cashbacks not reversed exactly once (or reversed unrefunded)",
         u"SELECT count(*) FROM payops.cashbacks AS c WHERE (SELECT count(*) FROM"
         " payops.ledger_entries AS l WHERE l.cashback_id = c.id AND l.kind = 'reversal') <>"
         " CASE WHEN c.refunded_at IS NULL THEN 0 ELSE 1 END"_s},
        {"ledger amounts differing from their cashback",
         u"SELECT count(*) FROM payops.ledger_entries AS l JOIN payops.cashbacks AS c"
         " ON c.id = l.cashback_id WHERE abs(l.amount) <> c.amount OR l.account_id <> c.account_id"_s},
        {"balances differing from the sum of their ledger",
         u"SELECT count(*) FROM payops.balances AS b FULL JOIN (SELECT account_id, currency,"
         " sum(amount) AS total FROM payops.ledger_entries GROUP BY 1, 2) AS l"
         " USING (account_id, currency) WHERE b.balance IS DISTINCT FROM l.total"_s},
        {"cashbacks in a state other than credited/reversed",
         u"SELECT count(*) FROM payops.cashbacks WHERE state NOT IN ('credited', 'reversed')"
         " OR credited_at IS NULL OR (refunded_at IS NOT NULL AND reversed_at IS NULL)"_s},
    };
    QStringList violations;
    for (const auto& check : checks) {
        const qint64 count = scalar(check.sql);
        if (count != 0)
            violations.append(QString::number(count) + u' ' + QString::fromLatin1(check.what));
    }
    return violations;
}
