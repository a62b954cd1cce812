// The main window driven as a user would: clicks and keys, then what the window shows.
#include "clientpane.h"
#include "exchangelogmodel.h"
#include "mainwindow.h"
#include "responseview.h"
#include "logpane.h"
#include "watchpane.h"
#include "statusbadge.h"
#include "tracemodel.h"
#include "watchmodel.h"
#include "workbench.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace authlab;
using namespace authlab::gui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsClientAndServerSideBySide();
    void togglingBobsAdminsFlipsTheBadge();
    void serverTableAndClientBoxesAreOneState();
    void changingIdentityResends();
    void ctrlReturnSends();
    void logRowShowsItsTrace();
    void brokenScenarioKeepsTheOpenOne();
    void portInUseKeepsServing();

private:
    int watchStatus(const QString &path) const;
    void saveShot(const QString &name);
    static void closeNextMessageBox(QString *text);

    std::unique_ptr<Workbench> wb;
    std::unique_ptr<MainWindow> w;
};

void TestMainWindow::initTestCase()
{
    // Layout, zoom and presenter mode are remembered: keep the tests' settings apart.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AuthLabTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
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
    QWidget *server = w->usersView();
    QVERIFY(client->isVisible());
    QVERIFY(server->isVisible());
    QVERIFY(w->logPane()->isVisible());
    QVERIFY2(client->mapTo(w.get(), QPoint(0, 0)).x() < w->responseView()->mapTo(w.get(), QPoint(0, 0)).x(),
             "client pane on the left of the answer");
    QVERIFY2(w->responseView()->mapTo(w.get(), QPoint(0, 0)).x() < server->mapTo(w.get(), QPoint(0, 0)).x(),
             "server's panes on the right at 1440 wide");
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
    QTableView *log = w->logPane()->logView();
    QTRY_VERIFY(log->model()->rowCount() >= 6);
    for (int r = 0; r < log->model()->rowCount(); ++r) {
        if (log->model()->index(r, ExchangeLogModel::TargetColumn).data().toString() == QStringLiteral("/admin"))
            log->setCurrentIndex(log->model()->index(r, 0));
    }
    saveShot(QStringLiteral("main-403-trace.png"));

    QTest::mouseClick(admins, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 200, 10000);
    QCOMPARE(w->responseView()->badge()->text(), QStringLiteral("200 OK"));
    QTRY_COMPARE_WITH_TIMEOUT(watchStatus(QStringLiteral("/admin")), 200, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(watchStatus(QStringLiteral("/vault")), 200, 10000);
    QVERIFY(wb->scenario().users[wb->scenario().userIndex(QStringLiteral("bob"))].inGroup(QStringLiteral("admins")));

    QTest::mouseClick(w->clientPane()->groupCheckBox(QStringLiteral("admins")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 403, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(watchStatus(QStringLiteral("/admin")), 403, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(watchStatus(QStringLiteral("/vault")), 404, 10000);
}

void TestMainWindow::serverTableAndClientBoxesAreOneState()
{
    // Tick bob's "admins" in the server's users table: the client pane's box follows.
    QTableView *users = w->usersView();
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

void TestMainWindow::logRowShowsItsTrace()
{
    QTableView *log = w->logPane()->logView();
    QTRY_VERIFY(log->model()->rowCount() >= 6);
    // Select the /admin row (bob, 403) and read the trace panel's decisive step.
    int adminRow = -1;
    for (int r = 0; r < log->model()->rowCount(); ++r) {
        if (log->model()->index(r, ExchangeLogModel::TargetColumn).data().toString() == QStringLiteral("/admin"))
            adminRow = r;
    }
    QVERIFY(adminRow >= 0);
    log->setCurrentIndex(log->model()->index(adminRow, 0));
    const TraceModel *trace = w->responseView()->traceModel();
    QVERIFY(trace->rowCount() > 5);
    bool found = false;
    for (int r = 0; r < trace->rowCount(); ++r)
        found = found || trace->index(r, 0).data(TraceModel::RuleIdRole).toString() == QStringLiteral("not-in-group");
    QVERIFY2(found, "the trace of bob's 403 names the group rule");
}

void TestMainWindow::brokenScenarioKeepsTheOpenOne()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "authlab-scenario", "version": 1, "users": [{"name": "x", "password": "y", "groups": ["nope"]}]})");
    f.close();
    QString message;
    closeNextMessageBox(&message);
    QVERIFY(!w->openScenario(path));
    QVERIFY2(message.contains(path) && message.contains(QStringLiteral("users[0].groups[0]")), qPrintable(message));
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
