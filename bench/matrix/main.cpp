// authlab_matrixbench: how long a full matrix takes from real requests (issue 10: the default
// matrix after a toggle in <= 50 ms; 50 identities x 100 resources in <= 1 s). Prints the minimum,
// median and maximum of N computations of each, after one warm-up, one line per matrix.
//
//   build/release/authlab_matrixbench [--runs N]

#include "scenario/scenarioio.h"
#include "session/matrix.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTextStream>

#include <algorithm>

using namespace authlab;

namespace {

// 46 users (+ the 4 wrong/unknown/malformed/anonymous rows = 50) and 100 resources in the default
// scenario's kinds: Basic with a group, Bearer with a scope, public, hidden.
Scenario large()
{
    Scenario s = ScenarioIO::defaultScenario();
    s.users.clear();
    s.resources.clear();
    s.groups = {{QStringLiteral("staff"), {}}, {QStringLiteral("admins"), {}}};
    for (int i = 0; i < 46; ++i) {
        User u;
        u.name = QStringLiteral("user%1").arg(i);
        u.password = QStringLiteral("secret%1").arg(i);
        u.groups = {i % 3 ? QStringLiteral("staff") : QStringLiteral("admins")};
        Token t;
        t.value = QStringLiteral("token-%1").arg(i);
        t.scopes = {QStringLiteral("read")};
        u.tokens = {t};
        s.users.append(u);
    }
    for (int i = 0; i < 100; ++i) {
        Resource r;
        r.path = QStringLiteral("/r%1").arg(i);
        r.title = r.path;
        switch (i % 4) {
        case 0:
            break; // public
        case 1:
            r.schemes = {AuthScheme::Basic};
            r.groups = {QStringLiteral("staff")};
            break;
        case 2:
            r.schemes = {AuthScheme::Bearer};
            r.scopes = {QStringLiteral("read")};
            break;
        case 3:
            r.schemes = {AuthScheme::Basic};
            r.groups = {QStringLiteral("admins")};
            r.hidden = true;
            break;
        }
        s.resources.append(r);
    }
    s.finalize();
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 21;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i > 0 && i + 1 < args.size())
        runs = qMax(1, args[i + 1].toInt());
    Matrix m;
    if (!m.start())
        return 3;
    QTextStream out(stdout);
    for (const auto &[name, scenario] : {std::pair{QStringLiteral("default"), ScenarioIO::defaultScenario()},
                                         std::pair{QStringLiteral("50x100"), large()}}) {
        QList<double> ms;
        for (int i = 0; i <= runs; ++i) {
            QSignalSpy done(&m, &Matrix::finished);
            m.recompute(scenario);
            if (m.isRunning() && !done.wait(60000))
                return 1;
            if (i > 0) // the first is the warm-up
                ms.append(double(m.lastElapsedNs()) / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        out << name << ": " << m.rowCount() << " x " << m.columnCount() << " cells, " << runs << " runs: min "
            << ms.first() << " ms, median " << ms[ms.size() / 2] << " ms, max " << ms.last() << " ms\n";
    }
    return 0;
}
