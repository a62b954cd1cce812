// Every model of the GUI under QAbstractItemModelTester, with the behaviour that matters.
#include "checkmodel.h"
#include "exchangelogmodel.h"
#include "headersmodel.h"
#include "matrixmodel.h"
#include "resourcesmodel.h"
#include "tracemodel.h"
#include "usersmodel.h"
#include "watchmodel.h"

#include "policy/decision.h"
#include "scenario/scenarioio.h"
#include "server/httpserver.h"
#include "session/check.h"
#include "session/matrix.h"
#include "session/workbench.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace authlab;
using namespace authlab::gui;

namespace {
ExchangePtr makeExchange(quint64 id, int status, const QString &user = {})
{
    Exchange e;
    e.id = id;
    e.status = status;
    e.user = user;
    e.method = "GET";
    e.target = "/admin";
    e.peer = QHostAddress(QHostAddress::LocalHost);
    e.peerPort = 40000;
    e.reason = status == 200 ? Rule::Granted : Rule::NotGroupMember;
    e.trace.decide(e.reason, status == 200 ? Outcome::Pass : Outcome::Fail, user, QStringLiteral("admins"));
    return std::make_shared<const Exchange>(std::move(e));
}

QList<ExchangePtr> batch(quint64 first, int count)
{
    QList<ExchangePtr> out;
    for (int i = 0; i < count; ++i)
        out.append(makeExchange(first + quint64(i), i % 2 ? 403 : 200, QStringLiteral("bob")));
    return out;
}
} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logKeepsTheNewestWithinItsCapacity();
    void logCountsDroppedRows();
    void logHandlesHundredThousandRows();
    void traceModelMarksTheDecisiveStep();
    void headersModelExplainsAuthHeaders();
    void usersModelTogglesMembership();
    void resourcesModelShowsRules();
    void watchModelFollowsRounds();
    void matrixModelFollowsComputations();
    void checkModelListsFindingsMostSevereFirst();
};

void TestModels::logKeepsTheNewestWithinItsCapacity()
{
    ExchangeLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(5);
    model.append(batch(1, 3));
    QCOMPARE(model.rowCount(), 3);
    model.append(batch(4, 4));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.exchangeAt(0)->id, quint64(3)); // 1 and 2 went
    QCOMPARE(model.exchangeAt(4)->id, quint64(7));
    QCOMPARE(model.index(4, ExchangeLogModel::StatusColumn).data(ExchangeLogModel::StatusRole).toInt(), 403);
    QCOMPARE(model.index(4, ExchangeLogModel::TargetColumn).data().toString(), QStringLiteral("/admin"));
    QCOMPARE(model.index(4, ExchangeLogModel::UserColumn).data().toString(), QStringLiteral("bob"));
    QVERIFY(
        model.index(4, ExchangeLogModel::ReasonColumn).data().toString().contains(QStringLiteral("admins")));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::logCountsDroppedRows()
{
    ExchangeLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counts(&model, &ExchangeLogModel::countsChanged);
    model.setCapacity(10);
    model.append(batch(1, 25)); // a batch larger than the log
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.droppedCount(), quint64(15));
    QCOMPARE(model.totalCount(), quint64(25));
    QCOMPARE(model.exchangeAt(0)->id, quint64(16));
    model.setCapacity(4);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.droppedCount(), quint64(21));
    QVERIFY(counts.size() >= 3);
}

void TestModels::logHandlesHundredThousandRows()
{
    ExchangeLogModel model;
    model.setCapacity(100000);
    for (int i = 0; i < 50; ++i)
        model.append(batch(quint64(i) * 2500 + 1, 2500)); // 125 000 exchanges in batches
    QCOMPARE(model.rowCount(), 100000);
    QCOMPARE(model.droppedCount(), quint64(25000));
    QCOMPARE(model.exchangeAt(99999)->id, quint64(125000));
}

void TestModels::traceModelMarksTheDecisiveStep()
{
    TraceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Scenario s = ScenarioIO::defaultScenario();
    QByteArray auth = "Basic Ym9iOmJ1aWxkZXI="; // bob:builder
    RequestFacts f;
    f.method = "GET";
    f.target = "/admin";
    f.headers.append({http::header::Host, "127.0.0.1"});
    f.headers.append({http::header::Authorization, auth});
    f.peer = QHostAddress(QHostAddress::LocalHost);
    const Verdict v = judge(s, f);
    model.setTrace(v.trace);
    QCOMPARE(model.rowCount(), int(v.trace.steps.size()));
    int decisive = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(TraceModel::DecisiveRole).toBool())
            decisive = r;
    }
    QCOMPARE(decisive, v.trace.decisive);
    const QModelIndex d = model.index(decisive, TraceModel::CitationColumn);
    QCOMPARE(d.data().toString(), QStringLiteral("RFC 9110 §11.4, §15.5.4"));
    QCOMPARE(model.index(decisive, 0).data(TraceModel::RuleIdRole).toString(),
             QStringLiteral("not-in-group"));
    QVERIFY(model.index(decisive, TraceModel::ExplanationColumn)
                .data()
                .toString()
                .contains(QStringLiteral("bob")));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::headersModelExplainsAuthHeaders()
{
    HeadersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHeaders({{"WWW-Authenticate", "Basic realm=\"AuthLab\", charset=\"UTF-8\""},
                      {"Cache-Control", "no-store"},
                      {"X-Unrelated", "1"}},
                     true);
    QCOMPARE(model.rowCount(), 3);
    const QString challenge = model.index(0, HeadersModel::MeaningColumn).data().toString();
    QVERIFY2(challenge.contains(QStringLiteral("Basic")) && challenge.contains(QStringLiteral("§11.6.1")),
             qPrintable(challenge));
    QVERIFY(
        model.index(1, HeadersModel::MeaningColumn).data().toString().contains(QStringLiteral("no-store")));
    QVERIFY(model.index(2, HeadersModel::MeaningColumn).data().toString().isEmpty());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::usersModelTogglesMembership()
{
    Workbench wb;
    UsersModel model(&wb);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), UsersModel::FirstGroupColumn + 2);
    QCOMPARE(model.headerData(UsersModel::FirstGroupColumn + 1, Qt::Horizontal).toString(),
             QStringLiteral("admins"));
    const QModelIndex bobAdmins = model.index(1, UsersModel::FirstGroupColumn + 1);
    QCOMPARE(bobAdmins.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QVERIFY(model.flags(bobAdmins) & Qt::ItemIsUserCheckable);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(bobAdmins, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(wb.scenario().users[1].inGroup(QStringLiteral("admins")));
    QCOMPARE(bobAdmins.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QVERIFY(!changed.isEmpty());
    QVERIFY(!model.setData(model.index(1, UsersModel::NameColumn), QStringLiteral("robert"), Qt::EditRole));
    QCOMPARE(model.index(3, UsersModel::NameColumn).data().toString(), QStringLiteral("zoë"));
}

void TestModels::resourcesModelShowsRules()
{
    Workbench wb;
    ResourcesModel model(&wb);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 10);
    auto row = [&](const QString &path) {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, 0).data(ResourcesModel::PathRole).toString() == path)
                return r;
        }
        return -1;
    };
    const int vault = row(QStringLiteral("/vault"));
    QVERIFY(vault >= 0);
    QCOMPARE(model.index(vault, ResourcesModel::AccessColumn).data().toString(), QStringLiteral("Basic"));
    QVERIFY(model.index(vault, ResourcesModel::RequiresColumn)
                .data()
                .toString()
                .contains(QStringLiteral("admins")));
    QVERIFY(!model.index(vault, ResourcesModel::HiddenColumn).data().toString().isEmpty());
    const int lan = row(QStringLiteral("/lan-only"));
    QVERIFY(model.index(lan, ResourcesModel::AddressColumn)
                .data()
                .toString()
                .contains(QStringLiteral("10.0.0.0/8")));
    QCOMPARE(model.index(row(QStringLiteral("/public")), ResourcesModel::AccessColumn).data().toString(),
             QStringLiteral("public"));
}

void TestModels::watchModelFollowsRounds()
{
    Workbench wb;
    WatchModel model(&wb);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(model.index(0, 0).data(WatchModel::PendingRole).toBool()); // nothing sent yet
    QVERIFY(wb.startServer(0));
    QSignalSpy done(&wb, &Workbench::roundFinished);
    QVERIFY(done.wait(10000));
    auto status = [&](int r) {
        return model.index(r, WatchModel::StatusColumn).data(WatchModel::StatusRole).toInt();
    };
    QCOMPARE(model.index(2, WatchModel::PathColumn).data().toString(), QStringLiteral("/admin"));
    QCOMPARE(status(2), 403);
    QVERIFY(!model.index(2, 0).data(WatchModel::PendingRole).toBool());
    QCOMPARE(model.index(2, WatchModel::StatusColumn).data().toString(), QStringLiteral("403 Forbidden"));
    QVERIFY(model.index(2, WatchModel::OutcomeColumn).data().toString().contains(QStringLiteral("admins")));

    QVERIFY(wb.setMembership(QStringLiteral("bob"), QStringLiteral("admins"), true));
    QVERIFY(done.wait(10000));
    QCOMPARE(status(2), 200);
    QCOMPARE(status(3), 200); // /vault

    wb.setWatches({{"GET", QStringLiteral("/public")}});
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(done.wait(10000));
    QCOMPARE(status(0), 200);
}

// Computed twice (the second time with bob in admins): the tester watches the reset of the first
// computation and the cell updates of both; bob's /admin cell turns 200 and is marked changed.
void TestModels::matrixModelFollowsComputations()
{
    Matrix matrix;
    QVERIFY(matrix.start());
    MatrixModel model(&matrix);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Scenario s = ScenarioIO::defaultScenario();
    QSignalSpy done(&matrix, &Matrix::finished);
    matrix.recompute(s);
    QCOMPARE(model.rowCount(), matrix.rowCount());
    QCOMPARE(model.columnCount(), int(s.resources.size()));
    QVERIFY(done.wait(20000));
    const int admin = int(matrix.resources().indexOf(QStringLiteral("/admin")));
    const QModelIndex bobAdmin = model.index(2, admin);
    QCOMPARE(model.headerData(2, Qt::Vertical).toString(), QStringLiteral("bob, correct password"));
    QCOMPARE(model.headerData(admin, Qt::Horizontal).toString(), QStringLiteral("/admin"));
    QCOMPARE(bobAdmin.data(MatrixModel::StatusRole).toInt(), 403);
    QCOMPARE(bobAdmin.data(MatrixModel::RuleRole).toString(), QStringLiteral("not-in-group"));
    QVERIFY(bobAdmin.data(Qt::ToolTipRole).toString().contains(QLatin1String("403 Forbidden")));
    QVERIFY(!bobAdmin.data(MatrixModel::ChangedRole).toBool());
    QVERIFY(model.exchange(bobAdmin));

    QVERIFY(s.setMembership(QStringLiteral("bob"), QStringLiteral("admins"), true));
    QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
    matrix.recompute(s);
    QVERIFY(done.wait(20000));
    QVERIFY(cells.count() >= model.rowCount() * model.columnCount());
    QCOMPARE(bobAdmin.data(MatrixModel::StatusRole).toInt(), 200);
    QVERIFY(bobAdmin.data(MatrixModel::ChangedRole).toBool());
}

// Two checks of a server that sends 401 without a challenge: the tester watches the resets (empty
// while running, the findings when done); the MUST comes first, with its word and an icon.
void TestModels::checkModelListsFindingsMostSevereFirst()
{
    HttpServer server;
    Scenario s = ScenarioIO::defaultScenario();
    s.behaviour = Behaviour::Unchallenged401;
    server.setScenario(makeSnapshot(s));
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    Checker checker;
    CheckModel model(&checker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    CheckOptions o;
    o.url = QUrl(QStringLiteral("http://127.0.0.1:%1/staff").arg(server.port()));
    o.user = QStringLiteral("alice");
    o.password = QStringLiteral("wonderland");
    QSignalSpy done(&checker, &Checker::finished);
    for (int round = 0; round < 2; ++round) {
        checker.start(o);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(done.wait(20000));
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.columnCount(), int(CheckModel::ColumnCount));
        const QModelIndex first = model.index(0, CheckModel::SeverityColumn);
        QCOMPARE(first.data(CheckModel::IdRole).toString(), QStringLiteral("401-without-challenge"));
        QCOMPARE(first.data().toString(), QStringLiteral("MUST violated"));
        QVERIFY(!first.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.index(0, CheckModel::CitationColumn).data().toString(),
                 QStringLiteral("RFC 9110 §15.5.2, §11.6.1"));
        QVERIFY(first.data(CheckModel::SentenceRole).toString().contains(QLatin1String("MUST send")));
        QVERIFY(first.data(CheckModel::EvidenceRole).toString().contains(QLatin1String("< HTTP/1.1 401")));
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.index(r - 1, 0).data(CheckModel::SeverityRole).toInt() <=
                    model.index(r, 0).data(CheckModel::SeverityRole).toInt());
        QVERIFY(model.exchange(0));
        QCOMPARE(model.exchange(0)->status(), 401);
    }
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
