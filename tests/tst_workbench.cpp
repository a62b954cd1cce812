// The live session: changes re-send the request and the watch list; stale answers are dropped.
#include "session/workbench.h"

#include <QSignalSpy>
#include <QTest>

using namespace authlab;

class TestWorkbench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void defaultWatchesShowTheBriefTable_data();
    void defaultWatchesShowTheBriefTable();
    void membershipFlipsStatusesLive();
    void identityChangeResends();
    void notLiveMeansNoResend();
    void newerRoundWins();
    void serverRecordsArriveForTheLog();
    void restartOnAnotherPortFollowsTheUrl();
    void unknownMembershipChangesNothing();
    void everyAnswerHasItsServerRecord_data();
    void everyAnswerHasItsServerRecord();

private:
    bool waitRound();
    int watchStatus(const QString &path) const;

    std::unique_ptr<Workbench> wb;
};

void TestWorkbench::init()
{
    wb = std::make_unique<Workbench>();
    QVERIFY2(wb->startServer(0), qPrintable(wb->server().errorString()));
    QVERIFY(waitRound());
}

void TestWorkbench::cleanup()
{
    wb.reset();
}

bool TestWorkbench::waitRound()
{
    QSignalSpy finished(wb.get(), &Workbench::roundFinished);
    return finished.wait(10000);
}

int TestWorkbench::watchStatus(const QString &path) const
{
    for (int i = 0; i < wb->watches().size(); ++i) {
        if (wb->watches()[i].path == path)
            return wb->watchResult(i) ? wb->watchResult(i)->status() : -1;
    }
    return -2;
}

void TestWorkbench::defaultWatchesShowTheBriefTable_data()
{
    QTest::addColumn<QString>("identity");
    QTest::addColumn<QList<int>>("statuses"); // /public /staff /admin /vault /lan-only

    QTest::newRow("alice") << QStringLiteral("alice") << QList<int>{200, 200, 200, 200, 403};
    QTest::newRow("bob") << QStringLiteral("bob") << QList<int>{200, 200, 403, 404, 403};
    QTest::newRow("carol") << QStringLiteral("carol") << QList<int>{200, 403, 403, 404, 403};
    QTest::newRow("anonymous") << QString() << QList<int>{200, 401, 401, 404, 403};
}

void TestWorkbench::defaultWatchesShowTheBriefTable()
{
    QFETCH(QString, identity);
    QFETCH(QList<int>, statuses);
    RequestSpec s = wb->request();
    s.identity = identity.isEmpty() ? Identity::anonymous() : Identity::scenarioUser(identity);
    wb->setRequest(s);
    wb->sendNow(); // bob is already the default identity: send anyway
    QVERIFY(waitRound());
    const QStringList paths = {QStringLiteral("/public"), QStringLiteral("/staff"), QStringLiteral("/admin"),
                               QStringLiteral("/vault"), QStringLiteral("/lan-only")};
    for (int i = 0; i < paths.size(); ++i)
        QVERIFY2(
            watchStatus(paths[i]) == statuses[i],
            qPrintable(paths[i] +
                       QStringLiteral(": got %1, expected %2").arg(watchStatus(paths[i])).arg(statuses[i])));
}

void TestWorkbench::membershipFlipsStatusesLive()
{
    // The default request: bob on /admin.
    QCOMPARE(wb->currentResult()->status(), 403);
    QCOMPARE(watchStatus(QStringLiteral("/admin")), 403);
    QCOMPARE(watchStatus(QStringLiteral("/vault")), 404);

    QVERIFY(wb->setMembership(QStringLiteral("bob"), QStringLiteral("admins"), true));
    QVERIFY(waitRound());
    QCOMPARE(wb->currentResult()->status(), 200);
    QCOMPARE(watchStatus(QStringLiteral("/admin")), 200);
    QCOMPARE(watchStatus(QStringLiteral("/vault")), 200);

    QVERIFY(wb->setMembership(QStringLiteral("bob"), QStringLiteral("admins"), false));
    QVERIFY(waitRound());
    QCOMPARE(watchStatus(QStringLiteral("/admin")), 403);
    QCOMPARE(watchStatus(QStringLiteral("/vault")), 404);
}

void TestWorkbench::identityChangeResends()
{
    RequestSpec s = wb->request();
    s.credentials = CredentialState::WrongPassword;
    wb->setRequest(s);
    QVERIFY(waitRound());
    QCOMPARE(wb->currentResult()->status(), 401);
    s.credentials = CredentialState::Malformed;
    wb->setRequest(s);
    QVERIFY(waitRound());
    QCOMPARE(wb->currentResult()->status(), 400);
}

void TestWorkbench::notLiveMeansNoResend()
{
    wb->setLive(false);
    QSignalSpy started(wb.get(), &Workbench::roundStarted);
    QVERIFY(wb->setMembership(QStringLiteral("bob"), QStringLiteral("admins"), true));
    QCoreApplication::processEvents();
    QCOMPARE(started.size(), 0);
    QCOMPARE(wb->currentResult()->status(), 403); // still the old answer
    wb->sendNow();
    QVERIFY(waitRound());
    QCOMPARE(wb->currentResult()->status(), 200);
}

void TestWorkbench::newerRoundWins()
{
    // Two changes in the same event-loop turn: one round; the answer reflects the last state.
    QSignalSpy started(wb.get(), &Workbench::roundStarted);
    QVERIFY(wb->setMembership(QStringLiteral("bob"), QStringLiteral("admins"), true));
    QVERIFY(wb->setMembership(QStringLiteral("bob"), QStringLiteral("staff"), false));
    QVERIFY(waitRound());
    QCOMPARE(started.size(), 1);
    QCOMPARE(watchStatus(QStringLiteral("/staff")), 403);
    QCOMPARE(watchStatus(QStringLiteral("/admin")), 200);

    // A round started while another is in flight: only the newer one's answers are kept.
    QSignalSpy current(wb.get(), &Workbench::currentFinished);
    wb->sendNow();
    QVERIFY(wb->setMembership(QStringLiteral("bob"), QStringLiteral("admins"), false));
    wb->sendNow();
    QVERIFY(waitRound());
    QCOMPARE(current.size(), 1);
    QCOMPARE(current.first().at(0).value<ClientExchange>().status(), 403);
}

void TestWorkbench::serverRecordsArriveForTheLog()
{
    QSignalSpy arrived(wb.get(), &Workbench::exchangesArrived);
    wb->sendNow();
    QVERIFY(waitRound());
    QTRY_VERIFY(!arrived.isEmpty());
    int records = 0;
    for (const QList<QVariant> &args : std::as_const(arrived))
        records += int(args.at(0).value<QList<ExchangePtr>>().size());
    QCOMPARE(records, 1 + int(wb->watches().size()));
    // Every client leg found the server's record of it.
    QVERIFY(wb->currentResult()->last()->server);
    QCOMPARE(wb->currentResult()->last()->server->status, 403);
    QCOMPARE(wb->currentResult()->last()->server->reason, Rule::NotGroupMember);
}

void TestWorkbench::restartOnAnotherPortFollowsTheUrl()
{
    const quint16 before = wb->server().port();
    QVERIFY(wb->startServer(0));
    QVERIFY(wb->server().port() != before || wb->server().isListening());
    QCOMPARE(wb->request().url.port(), int(wb->server().port()));
    QVERIFY(waitRound());
    QCOMPARE(wb->currentResult()->status(), 403);
}

void TestWorkbench::unknownMembershipChangesNothing()
{
    QSignalSpy changed(wb.get(), &Workbench::scenarioChanged);
    QVERIFY(!wb->setMembership(QStringLiteral("mallory"), QStringLiteral("admins"), true));
    QVERIFY(!wb->setMembership(QStringLiteral("bob"), QStringLiteral("wizards"), true));
    QCOMPARE(changed.size(), 0);
}

// Every answer of the embedded server is matched with its record, whatever the request: one the
// parser stops at (an unknown method) included, so the client pane shows the real trace.
void TestWorkbench::everyAnswerHasItsServerRecord_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("rule");
    QTest::newRow("BREW") << QByteArrayLiteral("BREW") << QStringLiteral("/public") << 501
                          << int(Rule::MethodNotImplemented);
    QTest::newRow("DELETE as bob") << QByteArrayLiteral("DELETE") << QStringLiteral("/staff") << 405
                                   << int(Rule::MethodNotAllowed);
}

void TestWorkbench::everyAnswerHasItsServerRecord()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(int, rule);
    RequestSpec s = wb->request();
    s.method = method;
    s.url = s.url.resolved(QUrl(path));
    QSignalSpy current(wb.get(), &Workbench::currentFinished);
    wb->setRequest(s);
    wb->sendNow();
    QVERIFY(current.wait(10000));
    const ClientExchange x = current.takeLast().at(0).value<ClientExchange>();
    QVERIFY(x.last());
    QCOMPARE(x.status(), status);
    QVERIFY2(x.last()->server, "the client found no server record of its request");
    QCOMPARE(x.last()->server->status, status);
    QVERIFY(!x.last()->server->trace.steps.isEmpty());
    QVERIFY(x.last()->server->trace.decisiveStep());
    QCOMPARE(int(x.last()->server->trace.decisiveStep()->rule), rule);
}

QTEST_GUILESS_MAIN(TestWorkbench)
#include "tst_workbench.moc"
