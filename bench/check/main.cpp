// authlab_checkbench: how long a whole `authlab check` of one URL takes against a loopback server
// (issue 11: <= 2 s, the probes running concurrently). The embedded server runs in this process
// on a free loopback port with the default scenario; each URL is checked N times after one
// warm-up, and the minimum, median and maximum are printed, one line per URL.
//
//   build/release/authlab_checkbench [--runs N]

#include "scenario/scenarioio.h"
#include "server/httpserver.h"
#include "session/check.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTextStream>

#include <algorithm>

using namespace authlab;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 21;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i > 0 && i + 1 < args.size())
        runs = qMax(1, args[i + 1].toInt());
    HttpServer server;
    server.setScenario(makeSnapshot(ScenarioIO::defaultScenario()));
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 3;
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
    struct Case
    {
        QString name;
        CheckOptions options;
    };
    auto options = [&base](const QString &path, const QString &user, const QString &password,
                           const QString &other, const QString &otherPassword, const QString &token) {
        CheckOptions o;
        o.url = QUrl(base + path);
        o.user = user;
        o.password = password;
        o.otherUser = other;
        o.otherPassword = otherPassword;
        o.token = token;
        return o;
    };
    const QList<Case> cases = {
        {QStringLiteral("/staff, no credentials"), options(QStringLiteral("/staff"), {}, {}, {}, {}, {})},
        {QStringLiteral("/admin, --user alice --other-user bob"),
         options(QStringLiteral("/admin"), QStringLiteral("alice"), QStringLiteral("wonderland"),
                 QStringLiteral("bob"), QStringLiteral("builder"), {})},
        {QStringLiteral("/digest/staff, --user bob --other-user carol (Digest: two legs each)"),
         options(QStringLiteral("/digest/staff"), QStringLiteral("bob"), QStringLiteral("builder"),
                 QStringLiteral("carol"), QStringLiteral("songbird"), {})},
        {QStringLiteral("/app/, --token alice-token"),
         options(QStringLiteral("/app/"), {}, {}, {}, {}, QStringLiteral("alice-token"))},
    };
    QTextStream out(stdout);
    Checker checker;
    for (const Case &c : cases) {
        QList<double> ms;
        int requests = 0;
        for (int i = 0; i <= runs; ++i) {
            QSignalSpy done(&checker, &Checker::finished);
            checker.start(c.options);
            if (checker.isRunning() && !done.wait(60000))
                return 1;
            if (checker.report().outcome != CheckReport::Outcome::Checked)
                return 1;
            requests = checker.report().requestCount();
            if (i > 0) // the first is the warm-up
                ms.append(double(checker.report().elapsedNs) / 1e6);
            server.takeExchanges(); // the records are not needed here
        }
        std::sort(ms.begin(), ms.end());
        out << c.name << ": " << requests << " requests, " << runs << " runs: min " << ms.first()
            << " ms, median " << ms[ms.size() / 2] << " ms, max " << ms.last() << " ms\n";
    }
    return 0;
}
