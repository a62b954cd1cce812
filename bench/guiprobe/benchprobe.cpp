#include "benchprobe.h"

#include "exchangelogmodel.h"
#include "session/workbench.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace authlab::gui {

namespace {
constexpr int kTickMs = 10;

qint64 rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &l : lines) {
        if (l.startsWith("VmRSS:"))
            return l.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

double percentile(QList<qint64> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype i = qMin(v.size() - 1, qsizetype(p / 100.0 * double(v.size())));
    return double(v[i]);
}
} // namespace

BenchProbe::BenchProbe(Workbench *workbench, ExchangeLogModel *log, QString outFile, int seconds,
                       QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_log(log)
    , m_out(std::move(outFile))
    , m_seconds(seconds)
    , m_tick(this)
    , m_toggle(this)
    , m_sample(this)
{
    m_tick.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &BenchProbe::tick);
    m_toggle.setInterval(500);
    connect(&m_toggle, &QTimer::timeout, this, &BenchProbe::toggle);
    m_sample.setInterval(250);
    connect(&m_sample, &QTimer::timeout, this, &BenchProbe::sample);
    connect(workbench, &Workbench::currentFinished, this, [this] {
        ++m_badgeUpdates;
        if (!m_firstBadgeEpochMs) {
            m_firstBadgeEpochMs = QDateTime::currentMSecsSinceEpoch();
            if (m_seconds == 0)
                finish();
        }
    });
    connect(workbench, &Workbench::watchFinished, this, [this] { ++m_watchUpdates; });
}

void BenchProbe::start()
{
    m_clock.start();
    m_rssStartKb = m_rssMaxKb = rssKb();
    if (m_seconds == 0)
        return; // start-up measurement: only the first badge matters
    m_lastTickNs = m_clock.nsecsElapsed();
    m_tick.start();
    m_toggle.start();
    m_sample.start();
    QTimer::singleShot(m_seconds * 1000, this, &BenchProbe::finish);
}

void BenchProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 lateNs = now - m_lastTickNs - qint64(kTickMs) * 1000000;
    m_lagUs.append(qMax<qint64>(0, lateNs / 1000));
    m_lastTickNs = now;
}

void BenchProbe::toggle()
{
    const Scenario &s = m_workbench->scenario();
    const int bob = s.userIndex(QStringLiteral("bob"));
    if (bob < 0)
        return;
    const bool member = s.users[bob].inGroup(QStringLiteral("admins"));
    m_workbench->setMembership(QStringLiteral("bob"), QStringLiteral("admins"), !member);
    ++m_toggles;
}

void BenchProbe::sample()
{
    const qint64 rss = rssKb();
    m_rssMaxKb = qMax(m_rssMaxKb, rss);
    if (m_clock.elapsed() / 1000 >= m_rssSeriesKb.size())
        m_rssSeriesKb.append(rss);
    m_logRowsMax = qMax(m_logRowsMax, m_log->rowCount());
}

void BenchProbe::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    const ServerStats st = m_workbench->server().stats();
    QJsonObject lag{{QStringLiteral("samples"), m_lagUs.size()},
                    {QStringLiteral("p50_ms"), percentile(m_lagUs, 50) / 1000.0},
                    {QStringLiteral("p99_ms"), percentile(m_lagUs, 99) / 1000.0},
                    {QStringLiteral("max_ms"), percentile(m_lagUs, 100) / 1000.0}};
    QJsonObject o{{QStringLiteral("seconds"), m_seconds},
                  {QStringLiteral("event_loop_lag"), lag},
                  {QStringLiteral("first_badge_epoch_ms"), m_firstBadgeEpochMs},
                  {QStringLiteral("badge_updates"), m_badgeUpdates},
                  {QStringLiteral("watch_updates"), m_watchUpdates},
                  {QStringLiteral("membership_toggles"), m_toggles},
                  {QStringLiteral("log_rows_max"), m_logRowsMax},
                  {QStringLiteral("log_rows_end"), m_log->rowCount()},
                  {QStringLiteral("log_capacity"), m_log->capacity()},
                  {QStringLiteral("log_dropped"), double(m_log->droppedCount())},
                  {QStringLiteral("log_total"), double(m_log->totalCount())},
                  {QStringLiteral("server_requests"), double(st.requests)},
                  {QStringLiteral("server_unrecorded"), double(st.exchangesUnrecorded)},
                  {QStringLiteral("server_feed_dropped"), double(st.exchangesDropped)},
                  {QStringLiteral("rss_start_kb"), m_rssStartKb},
                  {QStringLiteral("rss_end_kb"), rssKb()},
                  {QStringLiteral("rss_max_kb"), qMax(m_rssMaxKb, rssKb())}};
    QJsonArray series;
    for (qint64 kb : std::as_const(m_rssSeriesKb))
        series.append(kb);
    o.insert(QStringLiteral("rss_series_kb"), series);
    QSaveFile f(m_out);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(o).toJson());
        f.commit();
    }
    QCoreApplication::quit();
}

} // namespace authlab::gui
