// The main window driven as a user would: clicks and keys, then what the window shows.
#include "clientpane.h"
#include "exchangelogmodel.h"
#include "mainwindow.h"
#include "responseview.h"
#include "serverpane.h"
#include "statusbadge.h"
#include "tracemodel.h"
#include "watchmodel.h"
#include "workbench.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace authlab;
using namespace authlab::gui;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsClientAndServerSideBySide();
    void togglingBobsAdminsFlipsTheBadge();
    void serverTableAndClientBoxesAreOneState();
    void changingIdentityResends();
    void ctrlReturnSends();
    void customIdentityIsSentWhileTyping();
    void credentialStatesAreNamedForTheScheme_data();
    void credentialStatesAreNamedForTheScheme();
    void customIdentityShowsTheGroupsOfTheUserItNames();
    void logRowShowsItsTrace();
    void brokenScenarioKeepsTheOpenOne();
    void portInUseKeepsServing();

private:
    int watchStatus(const QString &path) const;
    template<typename T> T *clientWidget(const QString &name) const
    {
        return w->clientPane()->findChild<T *>(name);
    }
    void chooseIdentity(const QString &text); // "custom" for the custom identity
    void saveShot(const QString &name);
    static void closeNextMessageBox(QString *text);

    std::unique_ptr<Workbench> wb;
    std::unique_ptr<MainWindow> w;
};

void TestMainWindow::init()
{
    wb = std::make_unique<Workbench>();
    QVERIFY(wb->startServer(0));
    w = std::make_unique<MainWindow>(wb.get());
    w->resize(1440, 900);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 403, 10000); // bob on /admin
}

void TestMainWindow::cleanup()
{
    w.reset();
    wb.reset();
}

int TestMainWindow::watchStatus(const QString &path) const
{
    const WatchModel *m = w->watchModel();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, WatchModel::PathColumn).data().toString() == path)
            return m->index(r, 0).data(WatchModel::PendingRole).toBool()
                       ? -1
                       : m->index(r, 0).data(WatchModel::StatusRole).toInt();
    }
    return -2;
}

void TestMainWindow::chooseIdentity(const QString &text)
{
    auto *identity = clientWidget<QComboBox>(u"identityCombo"_s);
    QVERIFY(identity);
    const int row = text == u"custom"_s ? identity->count() - 1 : identity->findText(text);
    QVERIFY(row >= 0);
    identity->setCurrentIndex(row);
}

void TestMainWindow::saveShot(const QString &name)
{
    // Screenshots for the docs: AUTHLAB_SCREENSHOT_DIR=docs/images ctest -R tst_mainwindow
    const QString dir = qEnvironmentVariable("AUTHLAB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(QDir(dir).filePath(name)));
}

void TestMainWindow::closeNextMessageBox(QString *text)
{
    QTimer::singleShot(0, qApp, [text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *text = box->text();
            box->accept();
        } else {
            closeNextMessageBox(text); // not open yet: look again on the next turn
        }
    });
}

void TestMainWindow::showsClientAndServerSideBySide()
{
    ClientPane *client = w->clientPane();
    ServerPane *server = w->serverPane();
    QVERIFY(client->isVisible());
    QVERIFY(server->isVisible());
    QVERIFY2(client->mapTo(w.get(), QPoint(0, 0)).x() < server->mapTo(w.get(), QPoint(0, 0)).x(),
             "client pane on the left, server pane on the right");
    QVERIFY(client->width() > 200 && server->width() > 200);
    QCOMPARE(w->responseView()->badge()->text(), QStringLiteral("403 Forbidden"));
    QCOMPARE(watchStatus(QStringLiteral("/public")), 200);
}

void TestMainWindow::togglingBobsAdminsFlipsTheBadge()
{
    QCheckBox *admins = w->clientPane()->groupCheckBox(QStringLiteral("admins"));
    QVERIFY(admins);
    QVERIFY(!admins->isChecked());
    QTRY_COMPARE(watchStatus(QStringLiteral("/admin")), 403);
    QCOMPARE(watchStatus(QStringLiteral("/vault")), 404);
    // For the picture: pin bob's /admin exchange in the log, so its trace shows.
    QTableView *log = w->serverPane()->logView();
    QTRY_VERIFY(log->model()->rowCount() >= 6);
    for (int r = 0; r < log->model()->rowCount(); ++r) {
        if (log->model()->index(r, ExchangeLogModel::TargetColumn).data().toString() ==
            QStringLiteral("/admin"))
            log->setCurrentIndex(log->model()->index(r, 0));
    }
    saveShot(QStringLiteral("main-403-trace.png"));

    QTest::mouseClick(admins, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 200, 10000);
    QCOMPARE(w->responseView()->badge()->text(), QStringLiteral("200 OK"));
    QTRY_COMPARE_WITH_TIMEOUT(watchStatus(QStringLiteral("/admin")), 200, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(watchStatus(QStringLiteral("/vault")), 200, 10000);
    QVERIFY(wb->scenario().users[wb->scenario().userIndex(QStringLiteral("bob"))].inGroup(
        QStringLiteral("admins")));

    QTest::mouseClick(w->clientPane()->groupCheckBox(QStringLiteral("admins")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 403, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(watchStatus(QStringLiteral("/admin")), 403, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(watchStatus(QStringLiteral("/vault")), 404, 10000);
}

void TestMainWindow::serverTableAndClientBoxesAreOneState()
{
    // Tick bob's "admins" in the server's users table: the client pane's box follows.
    QTableView *users = w->serverPane()->usersView();
    const QModelIndex bobAdmins = users->model()->index(1, 4); // name, password, tokens, staff, admins
    QCOMPARE(users->model()->headerData(4, Qt::Horizontal).toString(), QStringLiteral("admins"));
    QVERIFY(users->model()->setData(bobAdmins, Qt::Checked, Qt::CheckStateRole));
    QTRY_VERIFY(w->clientPane()->groupCheckBox(QStringLiteral("admins"))->isChecked());
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 200, 10000);
}

void TestMainWindow::changingIdentityResends()
{
    auto *identity = w->clientPane()->findChild<QComboBox *>(QStringLiteral("identityCombo"));
    QVERIFY(identity);
    identity->setFocus();
    identity->setCurrentIndex(0); // anonymous
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 401, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(watchStatus(QStringLiteral("/staff")), 401, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(watchStatus(QStringLiteral("/vault")), 404, 10000);
    saveShot(QStringLiteral("main-401-challenge.png"));
    QVERIFY(w->responseView()->rawResponseText().contains(
        QStringLiteral("WWW-Authenticate: Basic realm=\"AuthLab\", charset=\"UTF-8\"\\r\\n")));
    // The Exchange tab: one leg, request out and answer back, arrows and all (not mojibake).
    const QString legs = w->responseView()->legsText();
    QVERIFY2(legs.startsWith(QStringLiteral("→ GET http://127.0.0.1:")), qPrintable(legs));
    QVERIFY2(legs.contains(QStringLiteral("\n← 401 Unauthorized")), qPrintable(legs));

    auto *credentials = w->clientPane()->findChild<QComboBox *>(QStringLiteral("credentialCombo"));
    identity->setCurrentIndex(identity->findText(QStringLiteral("alice")));
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 200, 10000);
    credentials->setCurrentIndex(credentials->findData(int(CredentialState::WrongPassword)));
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 401, 10000);
    credentials->setCurrentIndex(credentials->findData(int(CredentialState::Malformed)));
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 400, 10000);
}

void TestMainWindow::ctrlReturnSends()
{
    QSignalSpy started(wb.get(), &Workbench::roundStarted);
    QTest::keyClick(w.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!started.isEmpty());
}

void TestMainWindow::customIdentityIsSentWhileTyping()
{
    chooseIdentity(u"custom"_s);
    auto *user = clientWidget<QLineEdit>(u"customUserEdit"_s);
    auto *password = clientWidget<QLineEdit>(u"customPasswordEdit"_s);
    auto *summary = clientWidget<QLabel>(u"credentialSummary"_s);
    QVERIFY(user && password && summary);
    QTRY_VERIFY(user->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 401, 10000); // an empty user-id

    // Typing alone (no Tab, no Enter) changes what is sent.
    QSignalSpy rounds(wb.get(), &Workbench::roundStarted);
    user->setFocus();
    QTest::keyClicks(user, u"bob"_s);
    QCOMPARE(wb->request().identity, Identity::custom(u"bob"_s, QString()));
    password->setFocus();
    QTest::keyClicks(password, u"builder"_s);
    QCOMPARE(wb->request().identity, Identity::custom(u"bob"_s, u"builder"_s));
    QVERIFY2(summary->text().contains(u"Authorization: Basic Ym9iOmJ1aWxkZXI="_s),
             qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(u"bob's password"_s), qPrintable(summary->text()));
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 403, 10000); // bob, not in admins
    QCOMPARE(rounds.size(), 1); // ten keys in one event-loop turn: one round, not ten
    QVERIFY(password->hasFocus());
    QCOMPARE(password->text(), u"builder"_s);

    // A typed wrong password is what is sent, and the summary does not call it right.
    QTest::keyClick(password, Qt::Key_Backspace);
    QCOMPARE(wb->request().identity.password, u"builde"_s);
    QVERIFY2(summary->text().contains(u"not bob's password"_s), qPrintable(summary->text()));
    QVERIFY2(!summary->text().contains(u"right password"_s), qPrintable(summary->text()));
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 401, 10000);

    // Typing in the middle keeps the cursor where it is (the echo from the workbench must not reset it).
    password->setCursorPosition(2);
    QTest::keyClick(password, Qt::Key_X);
    QCOMPARE(password->text(), u"buxilde"_s);
    QCOMPARE(password->cursorPosition(), 3);
    QCOMPARE(wb->request().identity.password, u"buxilde"_s);
}

void TestMainWindow::credentialStatesAreNamedForTheScheme_data()
{
    QTest::addColumn<QString>("identity");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("alice, Basic") << u"alice"_s << u"Basic"_s
                                  << QStringList{u"correct password"_s, u"wrong password"_s,
                                                 u"unknown user"_s, u"malformed header"_s,
                                                 u"no credentials"_s};
    QTest::newRow("alice, Bearer") << u"alice"_s << u"Bearer"_s
                                   << QStringList{u"valid token"_s, u"altered token"_s, u"unknown token"_s,
                                                  u"malformed header"_s, u"no credentials"_s};
    QTest::newRow("custom, Basic") << u"custom"_s << u"Basic"_s
                                   << QStringList{u"typed password"_s, u"malformed header"_s,
                                                  u"no credentials"_s};
    QTest::newRow("custom, Bearer") << u"custom"_s << u"Bearer"_s
                                    << QStringList{u"typed token"_s, u"malformed header"_s,
                                                   u"no credentials"_s};
}

void TestMainWindow::credentialStatesAreNamedForTheScheme()
{
    QFETCH(QString, identity);
    QFETCH(QString, scheme);
    QFETCH(QStringList, names);
    auto *credentials = clientWidget<QComboBox>(u"credentialCombo"_s);
    auto *schemes = clientWidget<QComboBox>(u"schemeCombo"_s);
    QVERIFY(credentials && schemes);
    chooseIdentity(identity);
    schemes->setCurrentIndex(schemes->findText(scheme));
    QCOMPARE(wb->request().scheme, scheme == u"Basic"_s ? ClientScheme::Basic : ClientScheme::Bearer);
    QStringList got;
    for (int i = 0; i < credentials->count(); ++i)
        got.append(credentials->itemText(i));
    QCOMPARE(got, names);
    // The chosen entry is the state that is sent.
    credentials->setCurrentIndex(credentials->count() - 2); // malformed header
    QCOMPARE(wb->request().credentials, CredentialState::Malformed);
}

void TestMainWindow::customIdentityShowsTheGroupsOfTheUserItNames()
{
    chooseIdentity(u"custom"_s);
    auto *user = clientWidget<QLineEdit>(u"customUserEdit"_s);
    QVERIFY(user);
    QTest::keyClicks(user, u"bob"_s);
    // The server will judge "bob" as bob: his groups show, and they are his real ones.
    QCheckBox *staff = w->clientPane()->groupCheckBox(u"staff"_s);
    QCheckBox *admins = w->clientPane()->groupCheckBox(u"admins"_s);
    QVERIFY(staff && admins);
    QVERIFY(staff->isChecked());
    QVERIFY(!admins->isChecked());
    QTest::keyClicks(user, u"by"_s); // "bobby" is nobody in this scenario
    QTRY_VERIFY(!w->clientPane()->groupCheckBox(u"staff"_s));
}

void TestMainWindow::logRowShowsItsTrace()
{
    QTableView *log = w->serverPane()->logView();
    QTRY_VERIFY(log->model()->rowCount() >= 6);
    // Select the /admin row (bob, 403) and read the trace panel's decisive step.
    int adminRow = -1;
    for (int r = 0; r < log->model()->rowCount(); ++r) {
        if (log->model()->index(r, ExchangeLogModel::TargetColumn).data().toString() ==
            QStringLiteral("/admin"))
            adminRow = r;
    }
    QVERIFY(adminRow >= 0);
    log->setCurrentIndex(log->model()->index(adminRow, 0));
    const TraceModel *trace = w->serverPane()->traceModel();
    QVERIFY(trace->rowCount() > 5);
    bool found = false;
    for (int r = 0; r < trace->rowCount(); ++r)
        found = found ||
                trace->index(r, 0).data(TraceModel::RuleIdRole).toString() == QStringLiteral("not-in-group");
    QVERIFY2(found, "the trace of bob's 403 names the group rule");
}

void TestMainWindow::brokenScenarioKeepsTheOpenOne()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"format": "authlab-scenario", "version": 1, "users": [{"name": "x", "password": "y", "groups": ["nope"]}]})");
    f.close();
    QString message;
    closeNextMessageBox(&message);
    QVERIFY(!w->openScenario(path));
    QVERIFY2(message.contains(path) && message.contains(QStringLiteral("users[0].groups[0]")),
             qPrintable(message));
    QCOMPARE(wb->scenario().users.size(), 4); // the open scenario is intact
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 403, 10000);
}

void TestMainWindow::portInUseKeepsServing()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    const quint16 before = wb->server().port();
    w->portSpinBox()->setValue(squatter.serverPort());
    QString message;
    closeNextMessageBox(&message);
    Q_EMIT w->portSpinBox()->editingFinished(); // what leaving the field does
    QTRY_VERIFY(!message.isEmpty());
    QVERIFY2(message.contains(QString::number(squatter.serverPort())), qPrintable(message));
    QVERIFY(wb->server().isListening());
    QCOMPARE(wb->server().port(), before);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
