#include "StoreLane.h"

#include "store/PgConnection.h"

using namespace Qt::StringLiterals;

class StoreLane::Worker : public QObject
{
public:
    Worker(QString dsn, QString name, QStringList setup)
        : m_dsn(std::move(dsn))
        , m_name(std::move(name))
        , m_setup(std::move(setup))
    {}

    std::optional<StoreError> execute(const Job& job)
    {
        try {
            if (!m_db) {
                m_db = std::make_unique<PgConnection>(PgConnection::open(m_dsn));
                m_db->exec(u"SELECT set_config('application_name', $1, false)"_s, {m_name});
                // As on the dispatcher's own connection: only the attempts' transactions
                // wait for the disk (AttemptRecorder sets it per transaction).
                m_db->exec(u"SET synchronous_commit = off"_s);
                for (const QString& statement : std::as_const(m_setup))
                    m_db->exec(statement);
            }
            job(*m_db);
            return std::nullopt;
        } catch (const StoreError& error) {
            m_db.reset();
            return error;
        }
    }

private:
    QString m_dsn;
    QString m_name;
    QStringList m_setup;
    std::unique_ptr<PgConnection> m_db;
};

StoreLane::StoreLane(QString dsn, QString name, QStringList setup, QObject* parent)
    : QObject(parent)
{
    m_worker = new Worker(std::move(dsn), std::move(name), std::move(setup));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

StoreLane::~StoreLane()
{
    m_thread.quit();
    m_thread.wait();
}

void StoreLane::run(Job job, Done done)
{
    ++m_running;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, job = std::move(job), done = std::move(done)]() mutable {
            auto error = worker->execute(job);
            QMetaObject::invokeMethod(
                this,
                [this, error = std::move(error), done = std::move(done)]() mutable {
                    --m_running;
                    done(std::move(error));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}
