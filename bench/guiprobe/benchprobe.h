#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace authlab {
class Workbench;
}

namespace authlab::gui {

class ExchangeLogModel;

// Benchmark mode of the GUI (hidden options --bench-probe FILE --bench-seconds N): measures how
// late the event loop runs a 10 ms timer (its lag), toggles bob's "admins" membership twice a
// second so the live badges must keep changing, samples RSS and the log's size, and after N
// seconds writes the numbers as JSON and quits. With N = 0 it quits at the first live badge
// (start-up measurement). Driven by bench/gui-flood.sh and bench/startup.sh.
class BenchProbe : public QObject
{
    Q_OBJECT
public:
    BenchProbe(Workbench *workbench, ExchangeLogModel *log, QString outFile, int seconds,
               QObject *parent = nullptr);
    void start();

private:
    void tick();
    void toggle();
    void sample();
    void finish();

    Workbench *m_workbench;
    ExchangeLogModel *m_log;
    QString m_out;
    int m_seconds;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    QList<qint64> m_lagUs;
    QTimer m_tick;
    QTimer m_toggle;
    QTimer m_sample;
    qint64 m_firstBadgeEpochMs = 0;
    int m_badgeUpdates = 0;
    int m_watchUpdates = 0;
    int m_toggles = 0;
    qint64 m_rssStartKb = 0;
    qint64 m_rssMaxKb = 0;
    int m_logRowsMax = 0;
    QList<qint64> m_rssSeriesKb; // one sample a second: flat or growing?
    bool m_finished = false;
};

} // namespace authlab::gui
