// The Wall under load: the console's main window in wall mode (12 charts a page, pages
// rotating) while a feeder thread writes one SR window a second for each of N cohorts and
// NOTIFYs payops_detection after every commit, as payops detect does. Prints the GUI thread's
// share of a core (its CPU time over wall time), the longest frame (the longest gap seen by a
// 10 ms watchdog timer on the GUI thread: an event loop stall), how late new windows reach
// the screen, and the resident memory over the run. Used by bench/wall_bench.
//
// usage: wall_timing OWNER_DSN VIEWER_DSN [--cohorts N] [--minutes M] [--screenshot FILE]
#include "MainWindow.h"
#include "SrChart.h"
#include "WallCohortsModel.h"
#include "WallPage.h"
#include "store/PgConnection.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <ctime>
#include <mutex>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QTextStream out(stdout);

double threadCpuSeconds()
{
    timespec cpu{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
    return double(cpu.tv_sec) + double(cpu.tv_nsec) / 1e9;
}

double rssMiB()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

// Rules of 50 cohorts each, 15 minutes of 1 s windows already there, a few degraded
// cohorts with open downtimes (one muted) and resolved ones.
void prepareStore(PgConnection& owner, int cohorts)
{
    owner.exec(u"DROP TABLE IF EXISTS public.wall_bench_cohorts"_s);
    owner.exec(u"CREATE TABLE public.wall_bench_cohorts (rule_id bigint, cohort jsonb, "
               u"cohort_key text, base double precision, phase double precision)"_s);
    const int rules = (cohorts + 49) / 50;
    for (int r = 0; r < rules; ++r) {
        const qint64 rule =
            owner
                .exec(
                    u"INSERT INTO payops.rules (rule_id, version, name, definition, comment) "
                    u"VALUES (nextval('payops.rule_ids'), 1, $1, jsonb_build_object("
                    u"'cohort', jsonb_build_object('group_by', jsonb_build_array('merchant_id')), "
                    u"'window', jsonb_build_object('kind', 'time', 'size_seconds', 60, "
                    u"'step_seconds', 1), 'min_volume', 20, 'open_below', 0.85, "
                    u"'recover_above', 0.9, 'open_after', 3, 'resolve_after', 3, 'severity', "
                    u"'[{\"name\": \"critical\", \"below\": 0.5}, {\"name\": \"major\", "
                    u"\"below\": 0.7}, {\"name\": \"minor\", \"below\": 0.85}]'::jsonb), "
                    u"'wall bench') RETURNING rule_id"_s,
                    {u"bench rule %1"_s.arg(r + 1)})
                .value(0, 0)
                .toLongLong();
        owner.exec(u"INSERT INTO public.wall_bench_cohorts SELECT $1, jsonb_build_object("
                   u"'merchant_id', 'm_' || lpad((($2 * 50) + g)::text, 4, '0')), "
                   u"'merchant_id=m_' || lpad((($2 * 50) + g)::text, 4, '0'), "
                   u"CASE WHEN g % 23 = 7 THEN 0.45 + g % 5 * 0.08 ELSE 0.93 + g % 6 * 0.01 END, "
                   u"g * 0.7 FROM generate_series(1, least(50, $3 - $2 * 50)) AS g"_s,
                   {rule, r, cohorts});
    }
    owner.exec(u"INSERT INTO payops.sr_windows (rule_id, rule_version, cohort, cohort_key, "
               u"window_start, window_end, attempts, successes) "
               u"SELECT c.rule_id, 1, c.cohort, c.cohort_key, e - interval '1 second', e, 100, "
               u"round(100 * greatest(0, least(1, c.base + 0.03 * sin(extract(epoch FROM e) / 60 "
               u"+ c.phase)))) FROM public.wall_bench_cohorts AS c, generate_series("
               u"date_trunc('second', now()) - interval '15 minutes', date_trunc('second', now()) "
               u"- interval '1 second', interval '1 second') AS e"_s);
    owner.exec(u"INSERT INTO payops.downtimes (rule_id, rule_version, cohort, cohort_key, "
               u"started_at, severity, lowest_sr, volume, muted) "
               u"SELECT rule_id, 1, cohort, cohort_key, now() - interval '6 minutes', CASE WHEN "
               u"base < 0.5 THEN 'critical' WHEN base < 0.7 THEN 'major' ELSE 'minor' END, "
               u"base, 30000, row_number() OVER () % 4 = 0 FROM public.wall_bench_cohorts "
               u"WHERE base < 0.85"_s);
    owner.exec(u"INSERT INTO payops.downtimes (rule_id, rule_version, cohort, cohort_key, "
               u"started_at, resolved_at, resolved_reason, severity, lowest_sr, volume) "
               u"SELECT rule_id, 1, cohort, cohort_key, now() - interval '12 minutes', "
               u"now() - interval '9 minutes', 'recovered', 'minor', 0.8, 9000 "
               u"FROM public.wall_bench_cohorts WHERE base >= 0.85 LIMIT 5"_s);
    owner.exec(u"ANALYZE payops.sr_windows"_s);
}

// Writes one window per cohort each second, NOTIFYs, and remembers when each window's
// commit happened so that the GUI side can tell how late it showed.
class Feeder
{
public:
    explicit Feeder(QString dsn)
        : m_dsn(std::move(dsn))
    {}
    ~Feeder() { stop(); }

    void start()
    {
        m_thread = std::thread([this] { run(); });
    }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    // When the window ending at windowEndMs was committed (0 when unknown).
    qint64 committedAt(qint64 windowEndMs)
    {
        const std::lock_guard lock(m_mutex);
        const auto it =
            std::find_if(m_commits.begin(), m_commits.end(),
                         [windowEndMs](const auto& c) { return c.first == windowEndMs; });
        return it == m_commits.end() ? 0 : it->second;
    }
    int commits() const { return m_count; }
    int failures() const { return m_failures; }

private:
    void run()
    {
        PgConnection connection = PgConnection::open(m_dsn);
        qint64 nextCleanup = 0;
        while (!m_stop) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            std::this_thread::sleep_for(std::chrono::milliseconds(1000 - now % 1000));
            try {
                const qint64 end = connection
                                       .exec(uR"sql(
WITH w AS (
    INSERT INTO payops.sr_windows (rule_id, rule_version, cohort, cohort_key, window_start,
                                   window_end, attempts, successes)
    SELECT c.rule_id, 1, c.cohort, c.cohort_key, e - interval '1 second', e, 100,
           round(100 * greatest(0, least(1, c.base + 0.03 * sin(extract(epoch FROM e) / 60
                                                                + c.phase) + (random() - 0.5) * 0.02)))
      FROM public.wall_bench_cohorts AS c, date_trunc('second', now()) AS e
    ON CONFLICT DO NOTHING
    RETURNING window_end
), n AS (SELECT pg_notify('payops_detection', 'windows:' || count(*)) FROM w)
SELECT (extract(epoch FROM max(window_end)) * 1000)::bigint FROM w, n
)sql"_s)
                                       .value(0, 0)
                                       .toLongLong();
                const qint64 committed = QDateTime::currentMSecsSinceEpoch();
                {
                    const std::lock_guard lock(m_mutex);
                    m_commits.push_back({end, committed});
                    if (m_commits.size() > 120)
                        m_commits.erase(m_commits.begin());
                }
                ++m_count;
                if (committed > nextCleanup) {
                    connection.exec(u"DELETE FROM payops.sr_windows WHERE window_end < now() - "
                                    u"interval '16 minutes'"_s);
                    nextCleanup = committed + 60'000;
                }
            } catch (const StoreError& error) {
                ++m_failures;
                QTextStream(stderr) << "feeder: " << error.what() << '\n';
            }
        }
    }

    QString m_dsn;
    std::thread m_thread;
    std::atomic<bool> m_stop = false;
    std::atomic<int> m_count = 0;
    std::atomic<int> m_failures = 0;
    std::mutex m_mutex;
    std::vector<std::pair<qint64, qint64>> m_commits;
};

struct Figures
{
    QElapsedTimer wall;
    double cpuAtStart = 0;
    double rssAtStart = 0;
    double rssPeak = 0;
    qint64 longestFrameMs = 0;
    double longestFrameCpuMs = 0; // of it, time the GUI thread spent on the CPU
    QList<qint64> lags;           // ms from a window's commit to the redraw that showed it
    qint64 lastShownEnd = 0;
    int redraws = 0;
};

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"payops-bench"_s);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"owner-dsn"_s, u"the store, as its owner (the feeder)"_s);
    parser.addPositionalArgument(u"viewer-dsn"_s, u"the store, as the console reads it"_s);
    const QCommandLineOption cohortsOption(u"cohorts"_s, u"cohorts (default 250)"_s, u"N"_s,
                                           u"250"_s);
    const QCommandLineOption minutesOption(u"minutes"_s, u"measured minutes (default 3)"_s, u"M"_s,
                                           u"3"_s);
    const QCommandLineOption shotOption(u"screenshot"_s, u"save the wall as a PNG at the end"_s,
                                        u"FILE"_s);
    parser.addOptions({cohortsOption, minutesOption, shotOption});
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 2)
        parser.showHelp(2);
    const int cohorts = parser.value(cohortsOption).toInt();
    const double minutes = parser.value(minutesOption).toDouble();

    {
        PgConnection owner = PgConnection::open(parser.positionalArguments().at(0));
        prepareStore(owner, cohorts);
    }
    Feeder feeder(parser.positionalArguments().at(0));
    feeder.start();

    MainWindow window;
    window.openStore(parser.positionalArguments().at(1));
    window.show();
    window.setWallMode(true);
    WallPage* page = window.wallPage();
    page->setRotationInterval(10s);

    Figures figures;
    QElapsedTimer sinceTick;
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    watchdog.setInterval(10ms);
    bool measuring = false;
    double cpuAtTick = 0;
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        const double cpu = threadCpuSeconds();
        if (measuring && sinceTick.isValid() && sinceTick.elapsed() - 10 > figures.longestFrameMs) {
            figures.longestFrameMs = sinceTick.elapsed() - 10;
            figures.longestFrameCpuMs = (cpu - cpuAtTick) * 1000;
        }
        cpuAtTick = cpu;
        sinceTick.start();
    });
    watchdog.start();
    QObject::connect(page, &WallPage::redrawn, [&] {
        if (!measuring)
            return;
        ++figures.redraws;
        const WallCohortsModel* model = page->cohortsModel();
        qint64 newest = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (!model->cohort(row).series.isEmpty())
                newest = std::max(newest, model->cohort(row).series.last().atMs);
        }
        if (newest > figures.lastShownEnd) {
            figures.lastShownEnd = newest;
            if (const qint64 committed = feeder.committedAt(newest))
                figures.lags.append(QDateTime::currentMSecsSinceEpoch() - committed);
        }
    });

    const auto startMeasuring = [&] {
        measuring = true;
        figures.wall.start();
        figures.cpuAtStart = threadCpuSeconds();
        figures.rssAtStart = rssMiB();
        figures.rssPeak = figures.rssAtStart;
        out << "measuring " << minutes << " min, " << cohorts << " cohorts, " << page->pageCount()
            << " pages of " << page->chartsPerPage() << " charts; RSS "
            << QString::number(figures.rssAtStart, 'f', 1) << " MiB" << Qt::endl;
    };
    QTimer sampler;
    sampler.setInterval(60s);
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        const double rss = rssMiB();
        figures.rssPeak = std::max(figures.rssPeak, rss);
        out << QString::number(figures.wall.elapsed() / 60000.0, 'f', 1) << " min: RSS "
            << QString::number(rss, 'f', 1) << " MiB, GUI thread "
            << QString::number(100 * (threadCpuSeconds() - figures.cpuAtStart) /
                                   (figures.wall.elapsed() / 1000.0),
                               'f', 1)
            << " % of a core, longest frame " << figures.longestFrameMs << " ms" << Qt::endl;
    });
    // 20 s of warm-up: first queries, first pages, caches.
    QTimer::singleShot(20s, [&] {
        startMeasuring();
        sampler.start();
        QTimer::singleShot(std::chrono::milliseconds(qint64(minutes * 60000)), [&] {
            const double seconds = figures.wall.elapsed() / 1000.0;
            const double cpu = threadCpuSeconds() - figures.cpuAtStart;
            const double rss = rssMiB();
            out << "wall: " << cohorts << " cohorts, " << QString::number(seconds, 'f', 0)
                << " s measured, " << feeder.commits() << " feeder commits (" << feeder.failures()
                << " failed), " << figures.redraws << " redraws ("
                << QString::number(figures.redraws / seconds, 'f', 2) << "/s)\n";
            out << "GUI thread CPU: " << QString::number(100 * cpu / seconds, 'f', 1)
                << " % of one core\n";
            out << "longest frame (event loop stall): " << figures.longestFrameMs
                << " ms, " << QString::number(figures.longestFrameCpuMs, 'f', 0)
                << " ms of it on the CPU\n";
            out << "new window to screen: median " << median(figures.lags) << " ms, max "
                << (figures.lags.isEmpty()
                        ? -1
                        : *std::max_element(figures.lags.begin(), figures.lags.end()))
                << " ms (" << figures.lags.size() << " samples)\n";
            out << "RSS: " << QString::number(figures.rssAtStart, 'f', 1) << " MiB at start, "
                << QString::number(rss, 'f', 1) << " MiB at end (growth "
                << QString::number(rss - figures.rssAtStart, 'f', 1) << " MiB), peak "
                << QString::number(std::max(figures.rssPeak, rss), 'f', 1) << " MiB" << Qt::endl;
            feeder.stop();
            if (!parser.isSet(shotOption)) {
                QCoreApplication::exit(feeder.commits() > 0 ? 0 : 1);
                return;
            }
            // The first page, once the charts have laid out their new points.
            page->setPage(0);
            QTimer::singleShot(1s, [&] {
                window.grab().save(parser.value(shotOption), "PNG");
                out << "screenshot: " << parser.value(shotOption) << Qt::endl;
                QCoreApplication::exit(feeder.commits() > 0 ? 0 : 1);
            });
        });
    });
    return QApplication::exec();
}
