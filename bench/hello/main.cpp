// The reference for AuthLab's start-up time: a bare Qt Widgets "hello" window that prints the
// wall-clock time (ms since the epoch) of its first paint and quits. bench/startup.sh compares
// launch-to-first-paint of this with launch-to-first-live-badge of AuthLab.
#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QTextStream>
#include <QTimer>

namespace {
class Hello : public QLabel
{
public:
    Hello() : QLabel(QStringLiteral("Hello")) {}

protected:
    void paintEvent(QPaintEvent *e) override
    {
        QLabel::paintEvent(e);
        if (!m_done) {
            m_done = true;
            QTextStream(stdout) << QDateTime::currentMSecsSinceEpoch() << '\n';
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
    }

private:
    bool m_done = false;
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Hello hello;
    hello.show();
    return QApplication::exec();
}
