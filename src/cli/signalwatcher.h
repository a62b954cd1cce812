#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace authlab::cli {

// Turns SIGINT/SIGTERM/SIGHUP into a Qt signal (self-pipe trick: the handler only writes one
// byte), so that `serve` can stop cleanly from the event loop; SIGPIPE is ignored meanwhile (a
// log reader that went away must not end serve before it writes its HAR).
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signal);

private:
    void onActivated();
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace authlab::cli
