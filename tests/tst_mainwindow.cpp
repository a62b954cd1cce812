// The main window driven as a user would: clicks and keys, then what the window shows.
#include "behaviourpane.h"
#include "checkmodel.h"
#include "checkpane.h"
#include "clientpane.h"
#include "editdialogs.h"
#include "editorpanes.h"
#include "exchangelogmodel.h"
#include "fileactions.h"
#include "httpclient.h"
#include "lessonspane.h"
#include "logpane.h"
#include "mainwindow.h"
#include "matrixmodel.h"
#include "responseview.h"
#include "scenario/scenarioio.h"
#include "scenariodocument.h"
#include "sequencediagram.h"
#include "session/lan.h"
#include "session/lessons.h"
#include "session/workbench.h"
#include "statusbadge.h"
#include "tracemodel.h"
#include "watchmodel.h"
#include "watchpane.h"

#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <functional>

using namespace authlab;
using namespace authlab::gui;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsClientAndServerSideBySide();
    void togglingBobsAdminsFlipsTheBadge();
    void choosingABehaviourChangesTheAnswers();
    void sequenceDiagramShowsTheChallengeAndRetry();
    void sequenceDiagramHasAProxyLane();
    void matrixComputesInSightAndShowsACell();
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

    // The window as a new user finds it
    void fitsA1024x768Screen_data();
    void fitsA1024x768Screen();
    void startsShowingTheLiveAnswer();
    void logRowIsShownUntilTheNextChange();
    void filteringTheLogKeepsTheShownExchange();
    void watchedRowShowsItsAnswer();
    void liveOffMarksTheAnswerStale();
    void tabChainHasNoTrapAndReachesEveryControl();
    void mnemonicsAreUnique();
    void everyMenuActionHasAShortcut();
    void zoomScalesEveryPane();
    void presenterModeHidesSecondaryPanesAndIsRemembered();
    void copiesWholeLogRowsAndRealBytes();
    void unknownMethodShowsTheServersRealReason();
    void hiddenResourceExplainsWhyAChallengeFirstClientGets404();
    void simulatedAddressTurnsLanOnlyTo200AndBack();
    void proxyToggleSwitchesTheLiveServer();
    void clientThroughTheProxyDrawsThreeLanes();
    void digestAnswerShowsItsArithmeticAndCertificateChoiceIsVisible();
    void sessionCookieJarIsShownAndCleared();
    void checkPaneByKeyboardShowsAFindingsExchange();
    // Scenario editing and files (scenariodocument.h, fileactions.h, editorpanes.h, editdialogs.h)
    void addingAUserThroughThePaneIsUndoable();
    void removingAResourceWithDeleteIsUndoable();
    void removingTheClientsOwnUserKeepsTheWindowWorking();
    void contextMenuOffersTheEdits();
    void modifiedMarkerAndAskingOnClose();
    void savingOnCloseWritesTheFile();
    void droppingAScenarioFileOpensIt();
    void removingAResourcesOnlyGroupAsksFirst();
    void editorDialogsFitAndWorkByKeyboard_data();
    void editorDialogsFitAndWorkByKeyboard();
    void lessonRunsByKeyboardAndFits();
    void lessonLeavesTheDocumentAndItsHistoryAlone();
    void everyLessonBeginsFromThePane_data();
    void everyLessonBeginsFromThePane();
    void bugHuntKeepsTheBehaviourSecret();
    void exposingListsAttendeeAddresses();

    // Handing over: a context menu on every exchange, HAR, the bug report
    void logRowMenuCopiesCurlAndRawBytes();
    void menuKeyOpensTheMenuOnAWatchedRow();
    void legAndMatrixCellHaveTheMenu();
    void exportsHarAndSavesABugReport();

private:
    int watchStatus(const QString &path) const;
    int logRowOf(const QString &target) const;
    QString decisiveRule() const;
    QList<QWidget *> tabChain(Qt::Key key, QWidget *start, int limit, bool *cycled) const;
    template<typename T> T *clientWidget(const QString &name) const
    {
        return w->clientPane()->findChild<T *>(name);
    }
    void chooseIdentity(const QString &text); // "custom" for the custom identity
    void saveShot(const QString &name);
    static void closeNextMessageBox(QString *text);
    QAction *menuAction(const QString &objectName) const; // in the exchange menu open now

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
    QTableView *users = w->usersView();
    const QModelIndex bobAdmins = users->model()->index(1, 4); // name, password, tokens, staff, admins
    QCOMPARE(users->model()->headerData(4, Qt::Horizontal).toString(), QStringLiteral("admins"));
    QVERIFY(users->model()->setData(bobAdmins, Qt::Checked, Qt::CheckStateRole));
    QTRY_VERIFY(w->clientPane()->groupCheckBox(QStringLiteral("admins"))->isChecked());
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 200, 10000);
}

// The behaviour is chosen in the tool bar, by keyboard like any combo box; the answers change
// live and the pane explains the behaviour (what it does, the RFC sentence, what clients do).
void TestMainWindow::choosingABehaviourChangesTheAnswers()
{
    QComboBox *box = w->behaviourBox();
    QVERIFY(box->isVisible());
    QCOMPARE(box->currentData().toInt(), int(Behaviour::Rfc9110));
    auto *identity = w->clientPane()->findChild<QComboBox *>(QStringLiteral("identityCombo"));
    identity->setCurrentIndex(0); // anonymous
    QTRY_COMPARE_WITH_TIMEOUT(watchStatus(QStringLiteral("/staff")), 401, 10000);

    box->setFocus();
    const int never401 = box->findData(int(Behaviour::Never401));
    QVERIFY(never401 > 0);
    while (box->currentIndex() < never401)
        QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(wb->scenario().behaviour, Behaviour::Never401);
    QTRY_COMPARE_WITH_TIMEOUT(watchStatus(QStringLiteral("/staff")), 403, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 403, 10000); // /admin
    QCOMPARE(decisiveRule(), QStringLiteral("behaviour-never-401"));
    QVERIFY(w->dock(MainWindow::Pane::Behaviour)->isVisible());
    const QString text = w->behaviourPane()->text();
    QVERIFY2(text.contains(QLatin1String("never")) || text.contains(QLatin1String("Never")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("RFC 9110 §15.5.2")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("curl")), qPrintable(text));
    saveShot(QStringLiteral("behaviour-never-401.png"));

    // A scenario change from elsewhere (here: the workbench) moves the tool bar's choice too.
    wb->setBehaviour(Behaviour::Rfc9110);
    QCOMPARE(box->currentData().toInt(), int(Behaviour::Rfc9110));
    QTRY_COMPARE_WITH_TIMEOUT(watchStatus(QStringLiteral("/staff")), 401, 10000);
}

// A challenge-first client: GET without credentials, 401 with the challenge, GET with them, 200.
// Four arrows, each with its decisive field; exported as PNG and SVG.
void TestMainWindow::sequenceDiagramShowsTheChallengeAndRetry()
{
    RequestSpec spec = wb->request();
    spec.url = wb->urlFor(QStringLiteral("/staff"));
    spec.flow = ClientFlow::ChallengeFirst;
    wb->setRequest(spec);
    const SequenceDiagram *d = w->responseView()->sequenceDiagram();
    QTRY_COMPARE_WITH_TIMEOUT(d->arrows().size(), 4, 10000);
    QCOMPARE(d->lanes().size(), 2);
    const QList<SequenceDiagram::Arrow> &a = d->arrows();
    QCOMPARE(a[0].label, QStringLiteral("GET /staff"));
    QCOMPARE(a[0].detail, QStringLiteral("(no credentials)"));
    QCOMPARE(a[1].status, 401);
    QVERIFY2(a[1].detail.startsWith(QLatin1String("WWW-Authenticate: Basic realm=")),
             qPrintable(a[1].detail));
    QCOMPARE(a[1].from, 1);
    QCOMPARE(a[1].to, 0);
    QVERIFY2(a[2].detail.startsWith(QLatin1String("Authorization: Basic ")), qPrintable(a[2].detail));
    QCOMPARE(a[3].status, 200);
    QCOMPARE(a[3].label, QStringLiteral("200 OK"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QVERIFY2(d->exportPng(dir.filePath(QStringLiteral("s.png")), &error), qPrintable(error));
    QVERIFY2(d->exportSvg(dir.filePath(QStringLiteral("s.svg")), &error), qPrintable(error));
    const QImage png(dir.filePath(QStringLiteral("s.png")));
    QVERIFY(!png.isNull());
    QVERIFY(png.width() >= d->sizeHint().width());
    QFile svg(dir.filePath(QStringLiteral("s.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray svgText = svg.readAll();
    QVERIFY(svgText.contains("<svg"));
    QVERIFY(svgText.contains("WWW-Authenticate")); // the text is text, searchable in the SVG
    QVERIFY(!d->exportPng(dir.filePath(QStringLiteral("no/such/dir/s.png")), &error));
    QVERIFY(!error.isEmpty());
    w->responseView()->findChild<QTabWidget *>()->setCurrentIndex(
        w->responseView()->findChild<QTabWidget *>()->count() - 1);
    saveShot(QStringLiteral("sequence-basic-challenge.png"));
}

// A conversation through the authenticating proxy: 407 from the proxy lane, then the origin's 401
// and 200 through it.
void TestMainWindow::sequenceDiagramHasAProxyLane()
{
    ClientExchange e;
    auto leg = [](int status, HeaderList request, HeaderList response) {
        ClientLeg l;
        l.method = "GET";
        l.url = QUrl(QStringLiteral("http://127.0.0.1:8080/staff"));
        l.status = status;
        l.requestHeaders = std::move(request);
        l.responseHeaders = std::move(response);
        return l;
    };
    e.legs.append(leg(407, {}, {{"Proxy-Authenticate", "Basic realm=\"AuthLab proxy\""}}));
    e.legs.append(leg(401, {{"Proxy-Authorization", "Basic Ym9iOmJ1aWxkZXI="}},
                      {{"WWW-Authenticate", "Basic realm=\"AuthLab\""}}));
    e.legs.append(
        leg(200, {{"Proxy-Authorization", "Basic Ym9iOmJ1aWxkZXI="}, {"Authorization", "Basic x"}}, {}));
    SequenceDiagram d;
    d.setExchange(e);
    QCOMPARE(d.lanes().size(), 3);
    QCOMPARE(d.lanes()[1], QStringLiteral("Proxy"));
    const QList<SequenceDiagram::Arrow> &a = d.arrows();
    QCOMPARE(a.size(), 2 + 3 + 3);
    QCOMPARE(a[1].from, 1); // the 407 comes from the proxy
    QVERIFY(a[1].detail.startsWith(QLatin1String("Proxy-Authenticate:")));
    QCOMPARE(a[2].to, 1);
    QVERIFY(a[2].detail.startsWith(QLatin1String("Proxy-Authorization:")));
    QCOMPARE(a[3].to, 2); // forwarded to the origin
    QCOMPARE(a[3].detail, QStringLiteral("(no credentials)"));
    QCOMPARE(a[4].from, 2);
    QCOMPARE(a[4].status, 401);
    QCOMPARE(a[7].status, 200);
}

// The matrix pane (Alt+7) computes when it comes into sight, recomputes on a membership change
// (bob's /admin cell turns 200 and is outlined), and a cell shows its exchange in the middle.
void TestMainWindow::matrixComputesInSightAndShowsACell()
{
    QDockWidget *d = w->dock(MainWindow::Pane::Matrix);
    d->show();
    d->raise();
    const MatrixModel *m = w->matrixModel();
    const int admin = int(w->matrix().resources().indexOf(QStringLiteral("/admin")));
    QVERIFY(admin >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(m->index(2, admin).data(MatrixModel::StatusRole).toInt(), 403, 10000); // bob
    QTRY_VERIFY(w->matrixStatus()->text().contains(QLatin1String("real request")));
    QVERIFY(w->usersView()->model()->setData(w->usersView()->model()->index(1, 4), Qt::Checked,
                                             Qt::CheckStateRole)); // bob in admins
    QTRY_COMPARE_WITH_TIMEOUT(m->index(2, admin).data(MatrixModel::StatusRole).toInt(), 200, 10000);
    QVERIFY(m->index(2, admin).data(MatrixModel::ChangedRole).toBool());
    QTRY_VERIFY(w->matrixStatus()->text().contains(QLatin1String("changed")));

    // By keyboard: focus the grid, move to carol's /admin cell, Enter shows it.
    QTableView *v = w->matrixView();
    v->setFocus();
    v->setCurrentIndex(m->index(3, admin));
    QTest::keyClick(v, Qt::Key_Return);
    QTRY_COMPARE(w->responseView()->badge()->status(), 403);
    QVERIFY(w->responseView()->showingText().contains(QLatin1String("matrix cell carol")));
    saveShot(QStringLiteral("matrix.png"));
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

// --- handing over

QAction *TestMainWindow::menuAction(const QString &objectName) const
{
    QMenu *menu = w->exchangeMenu();
    if (!menu)
        return nullptr;
    for (QAction *a : menu->actions()) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

void TestMainWindow::logRowMenuCopiesCurlAndRawBytes()
{
    w->resize(1024, 768);
    w->resetLayout(); // the narrow layout: the log in tabs below the answer
    QCoreApplication::processEvents();
    QTableView *log = w->logPane()->logView();
    QTRY_VERIFY(logRowOf(QStringLiteral("/admin")) >= 0);
    const QModelIndex index = log->model()->index(logRowOf(QStringLiteral("/admin")), 0);
    log->scrollTo(index);
    // The mouse's way: a context menu event on the row.
    const QPoint at = log->visualRect(index).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, log->viewport()->mapToGlobal(at));
    QApplication::sendEvent(log->viewport(), &event);
    QTRY_VERIFY(w->exchangeMenu() && w->exchangeMenu()->isVisible());
    QVERIFY(menuAction(u"copyAsCurl"_s) && menuAction(u"copyRawRequest"_s) &&
            menuAction(u"copyRawResponse"_s) && menuAction(u"exportHar"_s) &&
            menuAction(u"openInSequence"_s));
    QVERIFY(w->exchangeMenu()->actions().contains(w->redactAction()));
    if (!qEnvironmentVariable("AUTHLAB_SCREENSHOT_DIR").isEmpty()) {
        // The menu is a window of its own: painted onto the window's picture where it is (moved up
        // into the window, as on a 1024×768 screen Qt would open it upwards).
        QMenu *menu = w->exchangeMenu();
        const QPoint topLeft = w->mapToGlobal(QPoint(0, 0));
        menu->move(menu->x(), qMin(menu->y(), topLeft.y() + w->height() - menu->height()));
        QPixmap shot = w->grab();
        QPainter painter(&shot);
        painter.drawPixmap(w->mapFromGlobal(w->exchangeMenu()->pos()), w->exchangeMenu()->grab());
        painter.end();
        QVERIFY(shot.save(
            QDir(qEnvironmentVariable("AUTHLAB_SCREENSHOT_DIR")).filePath(u"handover-context-menu.png"_s)));
    }
    QGuiApplication::clipboard()->clear();
    menuAction(u"copyAsCurl"_s)->trigger();
    const QString curl = QGuiApplication::clipboard()->text();
    QVERIFY2(curl.startsWith(u"curl --include --http1.1"_s), qPrintable(curl));
    QVERIFY2(curl.contains(u"--header 'Authorization: Basic Ym9iOmJ1aWxkZXI='"_s), qPrintable(curl));
    QVERIFY2(curl.contains(wb->serverUrl().toString() + u"admin'"_s), qPrintable(curl));
    w->exchangeMenu()->close();

    // The same row by keyboard: Shift+F10 on the focused log. The raw request, byte for byte.
    log->setFocus();
    log->setCurrentIndex(index);
    QTest::keyClick(log, Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(w->exchangeMenu() && w->exchangeMenu()->isVisible());
    menuAction(u"copyRawRequest"_s)->trigger();
    const ExchangePtr record =
        w->logModel()->exchangeAt(w->logPane()->filterModel()->mapToSource(index).row());
    QVERIFY(record);
    QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(u"application/octet-stream"_s),
             record->rawRequest);
    w->exchangeMenu()->close();
}

void TestMainWindow::menuKeyOpensTheMenuOnAWatchedRow()
{
    QTableView *watched = w->watchPane()->view();
    QTRY_COMPARE_WITH_TIMEOUT(watchStatus(QStringLiteral("/admin")), 403, 10000);
    watched->setFocus();
    watched->setCurrentIndex(watched->model()->index(0, 0));
    // The Menu key: the platform (xcb) turns it into a keyboard context menu event on the focus.
    const QPoint at = watched->visualRect(watched->currentIndex()).center();
    QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, at, watched->viewport()->mapToGlobal(at));
    QApplication::sendEvent(watched->viewport(), &menuKey);
    QTRY_VERIFY(w->exchangeMenu() && w->exchangeMenu()->isVisible());
    QAction *open = menuAction(u"openInSequence"_s);
    QVERIFY(open);
    open->trigger();
    QCOMPARE(w->shown(), MainWindow::Shown::Watch);
    auto *tabs = w->responseView()->findChild<QTabWidget *>(u"tabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->currentIndex(), tabs->count() - 1); // the sequence diagram
    QVERIFY(!w->responseView()->sequenceDiagram()->arrows().isEmpty());
}

void TestMainWindow::legAndMatrixCellHaveTheMenu()
{
    // A leg of the shown answer: by keyboard, on the leg at the text cursor.
    QPlainTextEdit *legs = w->responseView()->legsView();
    QTRY_VERIFY(!legs->toPlainText().isEmpty());
    legs->moveCursor(QTextCursor::Start);
    const QPoint at = legs->cursorRect().center();
    QContextMenuEvent event(QContextMenuEvent::Keyboard, at, legs->viewport()->mapToGlobal(at));
    QApplication::sendEvent(legs->viewport(), &event);
    QTRY_VERIFY(w->exchangeMenu() && w->exchangeMenu()->isVisible());
    menuAction(u"copyRawResponse"_s)->trigger();
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"HTTP/1.1 403 Forbidden\r\n"_s));
    w->exchangeMenu()->close();

    // A matrix cell.
    QDockWidget *d = w->dock(MainWindow::Pane::Matrix);
    d->show();
    d->raise();
    MatrixModel *m = w->matrixModel();
    QTRY_VERIFY_WITH_TIMEOUT(m->rowCount() > 2 && m->index(2, 1).data(MatrixModel::StatusRole).toInt() > 0,
                             10000);
    QTableView *view = w->matrixView();
    const QModelIndex cell = m->index(2, 1);
    view->setCurrentIndex(cell);
    Q_EMIT view->customContextMenuRequested(view->visualRect(cell).center());
    QTRY_VERIFY(w->exchangeMenu() && w->exchangeMenu()->isVisible());
    menuAction(u"copyAsCurl"_s)->trigger();
    QVERIFY(QGuiApplication::clipboard()->text().contains(u"curl --include"_s));
    QVERIFY(m->exchange(cell));
    QVERIFY(
        QGuiApplication::clipboard()->text().contains(m->exchange(cell)->legs.constLast().url.toString()));
    w->exchangeMenu()->close();
}

void TestMainWindow::exportsHarAndSavesABugReport()
{
    QTRY_VERIFY(w->logModel()->rowCount() >= 3);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.har"_s);
    // Redacted (the default): no Basic credentials of bob's in the file.
    QVERIFY(w->redactAction()->isChecked());
    const QList<RecordedExchange> all = w->logRecords(false);
    QCOMPARE(all.size(), w->logModel()->rowCount());
    QVERIFY(w->exportHarTo(path, all));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray har = f.readAll();
    f.close();
    QCOMPARE(QJsonDocument::fromJson(har).object()[u"log"_s][u"entries"_s].toArray().size(), all.size());
    QVERIFY(har.contains("Basic <redacted>"));
    QVERIFY(!har.contains("Ym9iOmJ1aWxkZXI="));
    // Unticked: kept.
    w->redactAction()->setChecked(false);
    QVERIFY(w->exportHarTo(path, all));
    QVERIFY(f.open(QIODevice::ReadOnly));
    har = f.readAll();
    f.close();
    QVERIFY(har.contains("Ym9iOmJ1aWxkZXI="));
    w->redactAction()->setChecked(true);
    // Only the selected rows when there is a selection.
    QTableView *log = w->logPane()->logView();
    log->selectionModel()->select(log->model()->index(0, 0),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(w->logRecords(true).size(), 1);

    // The bug report of the live answer (bob on /admin: 403).
    const QString folder = dir.filePath(u"report"_s);
    QVERIFY(w->saveBugReportTo(folder));
    for (const QString &name : {u"scenario.json"_s, u"exchanges.har"_s, u"README.md"_s})
        QVERIFY2(QFile::exists(QDir(folder).filePath(name)), qPrintable(name));
    QFile readme(QDir(folder).filePath(u"README.md"_s));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString md = QString::fromUtf8(readme.readAll());
    QVERIFY2(md.contains(u"**403 Forbidden**"_s), qPrintable(md));
    QVERIFY(md.contains(u"The answer agrees with RFC 9110"_s));
    QVERIFY(md.contains(u"bob"_s));
    QVERIFY(!md.contains(u"Ym9iOmJ1aWxkZXI="_s));
}

void TestMainWindow::logRowShowsItsTrace()
{
    QTableView *log = w->logPane()->logView();
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
    const TraceModel *trace = w->responseView()->traceModel();
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

int TestMainWindow::logRowOf(const QString &target) const
{
    const QAbstractItemModel *m = w->logPane()->logView()->model();
    for (int r = m->rowCount() - 1; r >= 0; --r) {
        if (m->index(r, ExchangeLogModel::TargetColumn).data().toString() == target)
            return r;
    }
    return -1;
}

QString TestMainWindow::decisiveRule() const
{
    const TraceModel *trace = w->responseView()->traceModel();
    for (int r = 0; r < trace->rowCount(); ++r) {
        if (trace->index(r, 0).data(TraceModel::DecisiveRole).toBool())
            return trace->index(r, 0).data(TraceModel::RuleIdRole).toString();
    }
    return {};
}

namespace {
// Every widget a person could look at: shown, inside the window.
QList<QWidget *> shownWidgets(QWidget *root)
{
    QList<QWidget *> out;
    const auto *window = qobject_cast<QMainWindow *>(root);
    for (QWidget *c : root->findChildren<QWidget *>()) {
        if (c->isWindow() || !c->isVisibleTo(root) || c->window() != root)
            continue;
        // A dock behind another dock's tab is parked outside the window by QMainWindow until
        // its tab is chosen; it and its contents are not on screen.
        bool parked = false;
        for (QWidget *p = c; p && p != root && window; p = p->parentWidget()) {
            if (auto *d = qobject_cast<QDockWidget *>(p);
                d && !window->tabifiedDockWidgets(d).isEmpty() &&
                !root->rect().intersects(QRect(d->mapTo(root, QPoint()), d->size())))
                parked = true;
        }
        if (!parked)
            out.append(c);
    }
    return out;
}

// Content larger than its scroll area's viewport is what scrolling is for.
bool insideScrolledContent(const QWidget *c)
{
    for (const QWidget *p = c->parentWidget(); p; p = p->parentWidget()) {
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(p->parentWidget());
            area && area->viewport() == p)
            return true;
    }
    return false;
}

QString describe(const QWidget *c)
{
    return QString::fromLatin1(c->metaObject()->className()) + QLatin1Char('/') + c->objectName() +
           QLatin1Char('(') + QString::number(c->geometry().x()) + QLatin1Char(',') +
           QString::number(c->geometry().y()) + QLatin1Char(' ') + QString::number(c->width()) +
           QLatin1Char('x') + QString::number(c->height()) + QLatin1Char(')');
}
} // namespace

void TestMainWindow::fitsA1024x768Screen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QString();
    QTest::newRow("German") << QStringLiteral("de");
}

void TestMainWindow::fitsA1024x768Screen()
{
    QFETCH(QString, language);
    QTranslator german;
    if (!language.isEmpty()) {
        QVERIFY(german.load(QStringLiteral(":/i18n/authlab_de.qm")));
        QCoreApplication::installTranslator(&german);
    }
    // A window made in this language, at the size of the screen.
    w.reset();
    w = std::make_unique<MainWindow>(wb.get());
    w->resize(1024, 768);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 403, 10000);
    QCoreApplication::processEvents(); // the deferred dock sizes

    const QSize min = w->minimumSizeHint().expandedTo(w->minimumSize());
    // 960×540 is a 1920×1080 screen at QT_SCALE_FACTOR=2; leave room for a panel.
    QVERIFY2(min.width() <= 960 && min.height() <= 520,
             qPrintable(QStringLiteral("minimum size %1x%2").arg(min.width()).arg(min.height())));
    QCOMPARE(w->size(), QSize(1024, 768));

    QStringList problems;
    const QList<QWidget *> shown = shownWidgets(w.get());
    for (QWidget *c : shown) {
        QWidget *parent = c->parentWidget();
        if (!insideScrolledContent(c) && !parent->rect().contains(c->geometry()) && c->width() > 0 &&
            c->height() > 0)
            problems.append(describe(c) + QStringLiteral(" sticks out of ") + describe(parent));
    }
    for (QWidget *a : shown) {
        for (QWidget *b : shown) {
            if (a < b && a->parentWidget() == b->parentWidget() && a->geometry().intersects(b->geometry()))
                problems.append(describe(a) + QStringLiteral(" overlaps ") + describe(b));
        }
    }
    // The client's form fits its pane (no sideways scrolling that hides the buttons' right edge),
    // and the answer's tabs fit theirs (no scroll arrows): the widest rows are named if not.
    auto *clientScroll = qobject_cast<QScrollArea *>(w->dock(MainWindow::Pane::Client)->widget());
    QVERIFY(clientScroll);
    if (clientScroll->horizontalScrollBar()->maximum() > 0) {
        QStringList widest;
        for (QWidget *c : w->clientPane()->findChildren<QWidget *>()) {
            if (c->isVisible() && c->minimumSizeHint().width() > 150)
                widest.append(describe(c) + u" min "_s + QString::number(c->minimumSizeHint().width()));
        }
        QFAIL(qPrintable(u"the client form needs %1 px more than its pane has; wide parts:\n"_s.arg(
                             clientScroll->horizontalScrollBar()->maximum()) +
                         widest.join(QLatin1Char('\n'))));
    }
    for (QTabBar *bar : w->responseView()->findChildren<QTabBar *>()) {
        bool scrolls = false;
        for (QToolButton *arrow : bar->findChildren<QToolButton *>())
            scrolls = scrolls || arrow->isVisible();
        QVERIFY2(!scrolls, qPrintable(u"the answer's tabs do not fit: "_s + describe(bar)));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Every pane is on screen and big enough to use.
    for (QWidget *pane : {static_cast<QWidget *>(w->clientPane()), static_cast<QWidget *>(w->watchPane()),
                          static_cast<QWidget *>(w->responseView()), static_cast<QWidget *>(w->logPane())}) {
        QVERIFY2(pane->isVisible(), pane->metaObject()->className());
        const QRect r(pane->mapTo(w.get(), QPoint(0, 0)), pane->size());
        QVERIFY2(w->rect().contains(r.topLeft()), pane->metaObject()->className());
        QVERIFY2(pane->width() >= 300 && pane->height() >= 120, qPrintable(describe(pane)));
    }
    // The answer gets room to read: the trace shows several steps, not two.
    QVERIFY2(w->responseView()->height() >= 360, qPrintable(describe(w->responseView())));
    saveShot(language.isEmpty() ? QStringLiteral("main-1024x768.png")
                                : QStringLiteral("main-1024x768-de.png"));
    if (!language.isEmpty())
        QCoreApplication::removeTranslator(&german);
}

void TestMainWindow::startsShowingTheLiveAnswer()
{
    // bob asks for /admin: the answer on the left and the trace are both that 403, not the
    // newest exchange of the log (/lan-only).
    QCOMPARE(w->shown(), MainWindow::Shown::Live);
    QVERIFY2(w->responseView()->showingText().contains(QStringLiteral("/admin")),
             qPrintable(w->responseView()->showingText()));
    QCOMPARE(decisiveRule(), QStringLiteral("not-in-group"));
    QVERIFY(!w->responseView()->isPinned());
}

void TestMainWindow::logRowIsShownUntilTheNextChange()
{
    QTableView *log = w->logPane()->logView();
    QTRY_VERIFY(logRowOf(QStringLiteral("/public")) >= 0);
    log->setCurrentIndex(log->model()->index(logRowOf(QStringLiteral("/public")), 0));
    QCOMPARE(w->shown(), MainWindow::Shown::Log);
    QCOMPARE(w->responseView()->badge()->status(), 200);
    QVERIFY(w->responseView()->isPinned());
    QVERIFY2(w->responseView()->showingText().contains(QStringLiteral("/public")),
             qPrintable(w->responseView()->showingText()));

    // Switch to anonymous: the view follows the new answer (401), not the old row.
    auto *identity = w->clientPane()->findChild<QComboBox *>(QStringLiteral("identityCombo"));
    identity->setCurrentIndex(0);
    QCOMPARE(w->shown(), MainWindow::Shown::Live);
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 401, 10000);
    QCOMPARE(decisiveRule(), QStringLiteral("no-credentials"));
    QVERIFY(!log->selectionModel()->hasSelection());

    // And the way back from a pinned row is one key.
    QTRY_VERIFY(logRowOf(QStringLiteral("/vault")) >= 0);
    log->setCurrentIndex(log->model()->index(logRowOf(QStringLiteral("/vault")), 0));
    QCOMPARE(w->responseView()->badge()->status(), 404);
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    QTest::keyClick(w.get(), Qt::Key_Escape);
    QCOMPARE(w->shown(), MainWindow::Shown::Live);
    QCOMPARE(w->responseView()->badge()->status(), 401);
}

void TestMainWindow::filteringTheLogKeepsTheShownExchange()
{
    QTableView *log = w->logPane()->logView();
    QTRY_VERIFY(logRowOf(QStringLiteral("/public")) >= 0);
    log->setCurrentIndex(log->model()->index(logRowOf(QStringLiteral("/public")), 0));
    QCOMPARE(w->responseView()->badge()->status(), 200);
    const QString before = w->responseView()->rawRequestText();

    QTest::keyClicks(w->logPane()->filterEdit(), QStringLiteral("vault"));
    QCOMPARE(w->logPane()->filterModel()->rowCount(), 1);
    // Still the /public exchange, and the view says it is not in the filtered list.
    QCOMPARE(w->shown(), MainWindow::Shown::Log);
    QCOMPARE(w->responseView()->badge()->status(), 200);
    QCOMPARE(w->responseView()->rawRequestText(), before);
    QVERIFY2(w->responseView()->showingText().contains(QStringLiteral("filtered out")),
             qPrintable(w->responseView()->showingText()));
    QVERIFY(!log->selectionModel()->hasSelection());

    // Clearing the filter brings the row back, selected.
    w->logPane()->filterEdit()->clear();
    QVERIFY(log->currentIndex().isValid());
    QCOMPARE(log->currentIndex().data(ExchangeLogModel::StatusRole).toInt(), 200);
    QCOMPARE(log->model()->index(log->currentIndex().row(), ExchangeLogModel::TargetColumn).data().toString(),
             QStringLiteral("/public"));
    QVERIFY(!w->responseView()->showingText().contains(QStringLiteral("filtered out")));
}

void TestMainWindow::watchedRowShowsItsAnswer()
{
    QTRY_COMPARE_WITH_TIMEOUT(watchStatus(QStringLiteral("/vault")), 404, 10000);
    QTableView *view = w->watchPane()->view();
    int row = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, WatchModel::PathColumn).data().toString() == QStringLiteral("/vault"))
            row = r;
    }
    QVERIFY(row >= 0);
    const QRect cell = view->visualRect(view->model()->index(row, WatchModel::PathColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(w->shown(), MainWindow::Shown::Watch);
    QCOMPARE(w->responseView()->badge()->status(), 404);
    QVERIFY(w->responseView()->showingText().contains(QStringLiteral("/vault")));
    QCOMPARE(decisiveRule(), QStringLiteral("hidden"));

    // A watched row follows changes: give bob admins and /vault turns 200 in the view.
    QTest::mouseClick(w->clientPane()->groupCheckBox(QStringLiteral("admins")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 200, 10000);
    QCOMPARE(w->shown(), MainWindow::Shown::Watch);
}

void TestMainWindow::liveOffMarksTheAnswerStale()
{
    auto *live = w->findChild<QAction *>(QStringLiteral("actionLive"));
    QVERIFY(live);
    live->setChecked(false);
    QVERIFY(!w->responseView()->badge()->isStale());
    auto *identity = w->clientPane()->findChild<QComboBox *>(QStringLiteral("identityCombo"));
    identity->setCurrentIndex(0); // anonymous: nothing is sent
    QVERIFY(w->responseView()->badge()->isStale());
    QVERIFY(w->responseView()->badge()->text().contains(QStringLiteral("stale")));
    QVERIFY(w->responseView()->showingText().startsWith(QStringLiteral("Stale")));
    QCOMPARE(w->responseView()->badge()->status(), 403); // still bob's answer

    QTest::keyClick(w.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 401, 10000);
    QVERIFY(!w->responseView()->badge()->isStale());
    QVERIFY(!w->responseView()->showingText().startsWith(QStringLiteral("Stale")));
}

QList<QWidget *> TestMainWindow::tabChain(Qt::Key key, QWidget *start, int limit, bool *cycled) const
{
    QList<QWidget *> seen;
    start->setFocus(Qt::TabFocusReason);
    *cycled = false;
    for (int i = 0; i < limit; ++i) {
        QTest::keyClick(QApplication::focusWidget(), key);
        QWidget *f = QApplication::focusWidget();
        if (!f)
            break;
        if (f == start) {
            *cycled = true;
            break;
        }
        seen.append(f);
    }
    return seen;
}

void TestMainWindow::tabChainHasNoTrapAndReachesEveryControl()
{
    w->resize(1024, 768);
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    // What Tab must reach: every shown, enabled control that takes Tab focus itself.
    QList<QWidget *> expected;
    for (QWidget *c : shownWidgets(w.get())) {
        if (c->isEnabled() && (c->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !c->focusProxy())
            expected.append(c);
    }
    QVERIFY(expected.size() > 20);
    for (const char *name : {"usersView", "resourcesView", "logFilter", "logView", "watchView"}) {
        Q_UNUSED(name);
    }
    QVERIFY(expected.contains(w->usersView()) || !w->usersView()->isVisible());
    QVERIFY(expected.contains(w->logPane()->filterEdit()));
    QVERIFY(expected.contains(w->clientPane()->groupCheckBox(QStringLiteral("staff"))));

    auto *method = w->clientPane()->findChild<QComboBox *>(QStringLiteral("methodCombo"));
    QWidget *start = method->focusProxy() ? method->focusProxy() : method;
    for (Qt::Key key : {Qt::Key_Tab, Qt::Key_Backtab}) {
        bool cycled = false;
        const QList<QWidget *> chain = tabChain(key, start, 4 * int(expected.size()), &cycled);
        QStringList trail;
        for (QWidget *f : chain.mid(qMax(0, int(chain.size()) - 12)))
            trail.append(describe(f));
        QVERIFY2(cycled, qPrintable(QStringLiteral("focus never came back (a trap?); last: ") +
                                    trail.join(QStringLiteral(" → "))));
        QStringList missing;
        for (QWidget *c : std::as_const(expected)) {
            if (c != start && !chain.contains(c))
                missing.append(describe(c));
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("not reachable with ") +
                            (key == Qt::Key_Tab ? QStringLiteral("Tab: ") : QStringLiteral("Shift+Tab: ")) +
                            missing.join(QStringLiteral(", "))));
    }
}

void TestMainWindow::mnemonicsAreUnique()
{
    // Alt+letter must mean one thing in the whole window: menus, labels, buttons, group boxes.
    QMultiHash<QChar, QString> owners;
    auto take = [&owners](const QString &text, const QString &who) {
        for (int i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('&')) {
                if (text.at(i + 1) == QLatin1Char('&')) {
                    ++i;
                    continue;
                }
                owners.insert(text.at(i + 1).toLower(),
                              who + QStringLiteral(" \"") + text + QLatin1Char('"'));
                return;
            }
        }
    };
    for (QAction *menu : w->menuBar()->actions())
        take(menu->text(), QStringLiteral("menu"));
    for (QWidget *c : w->findChildren<QWidget *>()) {
        if (c->window() != w.get())
            continue;
        if (auto *label = qobject_cast<QLabel *>(c); label && label->buddy())
            take(label->text(), QStringLiteral("label"));
        else if (auto *button = qobject_cast<QAbstractButton *>(c); button && !qobject_cast<QToolButton *>(c))
            take(button->text(), QStringLiteral("button"));
        else if (auto *box = qobject_cast<QGroupBox *>(c))
            take(box->title(), QStringLiteral("group box"));
    }
    QStringList clashes;
    for (const QChar &key : owners.uniqueKeys()) {
        if (owners.count(key) > 1)
            clashes.append(QStringLiteral("Alt+") + key + QStringLiteral(": ") +
                           owners.values(key).join(QStringLiteral(", ")));
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    QVERIFY(owners.size() >= 15);
}

void TestMainWindow::everyMenuActionHasAShortcut()
{
    QStringList without;
    QSet<QString> used;
    QStringList twice;
    std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            if (a->menu()) {
                // Open recent: the entries are files (&1 … &8 inside the menu), not commands.
                if (a->menu()->objectName() != u"recentMenu"_s)
                    walk(a->menu());
                continue;
            }
            if (a->shortcut().isEmpty())
                without.append(a->text());
            for (const QKeySequence &k : a->shortcuts()) {
                if (used.contains(k.toString()))
                    twice.append(k.toString());
                used.insert(k.toString());
            }
        }
    };
    for (QAction *top : w->menuBar()->actions()) {
        walk(top->menu());
    }
    QVERIFY2(without.isEmpty(), qPrintable(without.join(QStringLiteral(", "))));
    QVERIFY2(twice.isEmpty(), qPrintable(twice.join(QStringLiteral(", "))));
    // Showing and hiding every pane is in the View menu.
    for (MainWindow::Pane p : {MainWindow::Pane::Client, MainWindow::Pane::Watched, MainWindow::Pane::Users,
                               MainWindow::Pane::Resources, MainWindow::Pane::Log})
        QVERIFY(!w->dock(p)->toggleViewAction()->shortcut().isEmpty());
}

void TestMainWindow::zoomScalesEveryPane()
{
    struct Probe
    {
        QWidget *widget;
        qreal before = 0;
    };
    QList<Probe> probes;
    auto raw = w->responseView()->findChild<QPlainTextEdit *>(QStringLiteral("rawRequestView"));
    QVERIFY(raw);
    for (QWidget *c :
         {static_cast<QWidget *>(w->clientPane()->findChild<QComboBox *>(QStringLiteral("identityCombo"))),
          static_cast<QWidget *>(w->watchPane()->view()), static_cast<QWidget *>(w->usersView()),
          static_cast<QWidget *>(w->resourcesView()), static_cast<QWidget *>(w->logPane()->logView()),
          static_cast<QWidget *>(raw),
          static_cast<QWidget *>(w->responseView()->findChild<QTableView *>(QStringLiteral("traceView"))),
          static_cast<QWidget *>(w->serverLabel())})
        probes.append({c, QFontInfo(c->font()).pointSizeF()});
    const int badgeBefore = w->responseView()->badge()->sizeHint().height();
    const QString monoFamily = raw->font().family();

    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(w.get(), Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(w->zoom() > 1.4);
    QCoreApplication::processEvents(); // font changes reach widgets as events
    for (const Probe &p : std::as_const(probes)) {
        const qreal after = QFontInfo(p.widget->font()).pointSizeF();
        QVERIFY2(after > p.before * 1.3,
                 qPrintable(describe(p.widget) + QStringLiteral(": %1 → %2").arg(p.before).arg(after)));
    }
    QCOMPARE(raw->font().family(), monoFamily); // still monospaced
    QVERIFY(w->responseView()->badge()->sizeHint().height() > badgeBefore);

    QTest::keyClick(w.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(w->zoom(), 1.0);
    QCoreApplication::processEvents();
    for (const Probe &p : std::as_const(probes))
        QCOMPARE(QFontInfo(p.widget->font()).pointSizeF(), p.before);
    QTest::keyClick(w.get(), Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(w->zoom() < 1.0);
}

void TestMainWindow::presenterModeHidesSecondaryPanesAndIsRemembered()
{
    const qreal normal = QFontInfo(w->logPane()->font()).pointSizeF();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    QTest::keyClick(w.get(), Qt::Key_F11);
    QVERIFY(w->isPresenterMode());
    QVERIFY(w->zoom() >= 1.5);
    QVERIFY(!w->dock(MainWindow::Pane::Log)->isVisible());
    QVERIFY(!w->dock(MainWindow::Pane::Users)->isVisible());
    QVERIFY(w->clientPane()->isVisible());
    QVERIFY(w->watchPane()->isVisible());
    QVERIFY(w->serverLabel()->font().bold());
    QVERIFY(QFontInfo(w->serverLabel()->font()).pointSizeF() >
            QFontInfo(w->clientPane()->font()).pointSizeF());
    saveShot(QStringLiteral("presenter.png"));
    w->close(); // remembered
    w.reset();
    QCOMPARE(QApplication::font().pointSizeF(), normal); // the desktop font is given back

    w = std::make_unique<MainWindow>(wb.get());
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QTRY_VERIFY(w->isPresenterMode());
    QTRY_VERIFY(!w->dock(MainWindow::Pane::Log)->isVisible());
    w->setPresenterMode(false);
    QVERIFY(w->dock(MainWindow::Pane::Log)->isVisible());
    QCOMPARE(w->zoom(), 1.0);
    QCOMPARE(QFontInfo(w->logPane()->font()).pointSizeF(), normal);
}

void TestMainWindow::copiesWholeLogRowsAndRealBytes()
{
    QTableView *log = w->logPane()->logView();
    QTRY_VERIFY(log->model()->rowCount() >= 6);
    log->setFocus();
    log->selectionModel()->select(QItemSelection(log->model()->index(0, 0), log->model()->index(1, 0)),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::keyClick(log, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    for (int r = 0; r < 2; ++r) {
        const QStringList cells = lines[r].split(QLatin1Char('\t'));
        QCOMPARE(cells.size(), int(ExchangeLogModel::ColumnCount));
        QCOMPARE(cells[ExchangeLogModel::TargetColumn],
                 log->model()->index(r, ExchangeLogModel::TargetColumn).data().toString());
        QCOMPARE(cells[ExchangeLogModel::StatusColumn],
                 log->model()->index(r, ExchangeLogModel::StatusColumn).data().toString());
    }

    // Raw bytes: the real CR LF bytes, not the escaped text the view shows.
    auto *copy = w->responseView()->findChild<QPushButton *>(QStringLiteral("copyResponseButton"));
    QVERIFY(copy && copy->isEnabled());
    copy->click();
    const QByteArray bytes = QApplication::clipboard()->mimeData()->data(QStringLiteral("text/plain"));
    QVERIFY(bytes.startsWith("HTTP/1.1 403 Forbidden\r\n"));
    QVERIFY(bytes.contains("\r\n\r\n"));
    QCOMPARE(bytes, w->responseView()->rawResponseBytes());
    QVERIFY(w->responseView()->rawResponseText().contains(QStringLiteral("\\r\\n")));
}

void TestMainWindow::unknownMethodShowsTheServersRealReason()
{
    // BREW is no HTTP method: AuthLab's own server answers 501, and the pane shows its trace —
    // not "this server is not AuthLab's own".
    auto *method = w->clientPane()->findChild<QComboBox *>(QStringLiteral("methodCombo"));
    QVERIFY(method);
    method->setCurrentText(QStringLiteral("BREW"));
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 501, 10000);
    QCOMPARE(decisiveRule(), QStringLiteral("method-not-implemented"));
    QVERIFY2(!w->responseView()->reasonText().contains(QStringLiteral("not AuthLab's own")),
             qPrintable(w->responseView()->reasonText()));
    QVERIFY2(w->responseView()->reasonText().contains(QStringLiteral("RFC 9110")),
             qPrintable(w->responseView()->reasonText()));
}

void TestMainWindow::hiddenResourceExplainsWhyAChallengeFirstClientGets404()
{
    auto *identity = w->clientPane()->findChild<QComboBox *>(QStringLiteral("identityCombo"));
    auto *flow = w->clientPane()->findChild<QComboBox *>(QStringLiteral("flowCombo"));
    QVERIFY(identity && flow);
    RequestSpec spec = wb->request();
    spec.url = wb->urlFor(QStringLiteral("/vault"));
    wb->setRequest(spec);
    identity->setCurrentIndex(identity->findText(QStringLiteral("alice")));
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 200, 10000); // credentials up front
    QVERIFY(!w->responseView()->reasonText().contains(QStringLiteral("never sends one")));

    flow->setCurrentIndex(flow->findData(int(ClientFlow::ChallengeFirst)));
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 404, 10000);
    QVERIFY2(w->responseView()->reasonText().contains(QStringLiteral("never sends one")),
             qPrintable(w->responseView()->reasonText()));
}

// The server runs on loopback: a simulated client address (typed in the client pane, validated as
// it is typed) is what /lan-only's address rules see, and "Real address" goes back to the peer's.
void TestMainWindow::simulatedAddressTurnsLanOnlyTo200AndBack()
{
    chooseIdentity(u"alice"_s);
    QTRY_COMPARE_WITH_TIMEOUT(watchStatus(u"/lan-only"_s), 403, 10000);
    auto *edit = clientWidget<QLineEdit>(u"addressEdit"_s);
    auto *real = clientWidget<QToolButton>(u"realAddressButton"_s);
    auto *note = clientWidget<QLabel>(u"addressNote"_s);
    QVERIFY(edit && real && note);
    QVERIFY(!note->isVisible());
    QVERIFY(!real->isEnabled());

    // On the way to 10.1.2.3 nothing takes effect ("10.1" is not 10.0.0.1 here), and the note says why.
    QTest::keyClicks(edit, u"10.1"_s);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"10.1"_s), qPrintable(note->text()));
    QVERIFY(wb->scenario().simulatedClient.isNull());

    QTest::keyClicks(edit, u".2.3"_s);
    QVERIFY(!note->isVisible());
    QCOMPARE(wb->scenario().simulatedClient, QHostAddress(u"10.1.2.3"_s));
    QTRY_COMPARE_WITH_TIMEOUT(watchStatus(u"/lan-only"_s), 200, 10000);
    QCOMPARE(edit->text(), u"10.1.2.3"_s); // the echo keeps what was typed
    QVERIFY(real->isEnabled());
    // The server's trace says the address was simulated, and names the real peer.
    QTRY_VERIFY(logRowOf(u"/lan-only"_s) >= 0);
    QTableView *log = w->logPane()->logView();
    log->setCurrentIndex(log->model()->index(logRowOf(u"/lan-only"_s), 0));
    const TraceModel *trace = w->responseView()->traceModel();
    QString simulatedStep;
    for (int r = 0; r < trace->rowCount(); ++r) {
        if (trace->index(r, 0).data(TraceModel::RuleIdRole).toString() == u"address-simulated"_s) {
            for (int c = 0; c < trace->columnCount(); ++c)
                simulatedStep += trace->index(r, c).data().toString() + u' ';
        }
    }
    QVERIFY2(simulatedStep.contains(u"simulated address 10.1.2.3 (the real peer is 127.0.0.1)"_s),
             qPrintable(simulatedStep));

    QTest::mouseClick(real, Qt::LeftButton);
    QVERIFY(edit->text().isEmpty());
    QVERIFY(wb->scenario().simulatedClient.isNull());
    QTRY_COMPARE_WITH_TIMEOUT(watchStatus(u"/lan-only"_s), 403, 10000);
    QVERIFY(!real->isEnabled());

    // A scenario that sets it shows it in the field.
    Scenario s = wb->scenario();
    s.simulatedClient = QHostAddress(u"fd00::7"_s);
    wb->setScenario(s);
    QTRY_COMPARE(edit->text(), u"fd00::7"_s);
}

// Server ▸ "Act as an authenticating proxy": the live server answers absolute-form requests to
// itself with 407 until Proxy-Authorization is right, and stops doing so when it is unchecked.
void TestMainWindow::proxyToggleSwitchesTheLiveServer()
{
    auto *proxy = w->findChild<QAction *>(QStringLiteral("actionProxy"));
    QVERIFY(proxy);
    QVERIFY(proxy->isCheckable());
    QVERIFY(!proxy->isChecked());
    QVERIFY(!proxy->shortcut().isEmpty());
    QVERIFY2(w->menuBar()->findChild<QMenu *>(QStringLiteral("serverMenu"))->actions().contains(proxy),
             "in the Server menu");
    const QByteArray target = "http://127.0.0.1:" + QByteArray::number(wb->server().port()) + "/staff";
    auto send = [&](const QByteArray &extra) {
        test::Client c(wb->server());
        test::Response r;
        QString error;
        if (!c.waitConnected())
            return r;
        c.send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + extra + "\r\n");
        if (!c.read(r, error))
            r.status = -1;
        return r;
    };
    const QByteArray bob = "Proxy-Authorization: Basic " + QByteArray("bob:builder").toBase64() + "\r\n";
    QCOMPARE(send({}).status, 401); // off: the absolute-form target is served as origin

    proxy->trigger();
    QVERIFY(proxy->isChecked());
    QVERIFY(wb->scenario().proxy);
    QTRY_COMPARE_WITH_TIMEOUT(send({}).status, 407, 10000);
    const test::Response challenged = send({});
    QCOMPARE(challenged.header("Proxy-Authenticate"),
             QByteArray("Basic realm=\"AuthLab proxy\", charset=\"UTF-8\""));
    QVERIFY(challenged.header("WWW-Authenticate").isNull());
    QCOMPARE(send(bob).status, 401); // past the proxy: the origin asks for Authorization
    QVERIFY2(ScenarioIO::toJson(wb->scenario()).contains("\"proxy\": true"), "saved with the scenario");

    proxy->trigger();
    QVERIFY(!proxy->isChecked());
    QTRY_COMPARE_WITH_TIMEOUT(send({}).status, 401, 10000);

    // A scenario that turns the proxy on checks the action.
    Scenario withProxy = wb->scenario();
    withProxy.proxy = true;
    wb->setScenario(withProxy);
    QVERIFY(proxy->isChecked());
}

// The client pane's "Through the proxy": the request goes to the embedded server as a proxy
// (absolute-form); with the server's proxy mode on, a browser-like bob gets 407, 401, 200 and
// the diagram has the proxy lane between client and origin.
void TestMainWindow::clientThroughTheProxyDrawsThreeLanes()
{
    auto *through = clientWidget<QCheckBox>(u"proxyBox"_s);
    auto *credentials = clientWidget<QComboBox>(u"proxyCredentialsCombo"_s);
    auto *identity = clientWidget<QComboBox>(u"identityCombo"_s);
    QVERIFY(through && credentials && identity);
    QVERIFY(through->isVisibleTo(w.get()));
    QVERIFY(!credentials->isEnabled()); // only with the proxy
    w->findChild<QAction *>(u"actionProxy"_s)->trigger();
    QVERIFY(wb->scenario().proxy);

    RequestSpec spec = wb->request();
    spec.url = wb->urlFor(u"/staff"_s);
    spec.flow = ClientFlow::ChallengeFirst;
    wb->setRequest(spec);
    identity->setCurrentIndex(identity->findText(u"bob"_s));
    through->setChecked(true);
    QCOMPARE(wb->request().proxy, wb->serverUrl());
    QVERIFY(credentials->isEnabled());
    const SequenceDiagram *d = w->responseView()->sequenceDiagram();
    // 407 from the proxy: 2 arrows; each later leg: client → proxy → origin → client.
    QTRY_COMPARE_WITH_TIMEOUT(d->arrows().size(), 2 + 3 + 3, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 200, 10000);
    QVERIFY(wb->currentResult());
    QList<int> statuses;
    for (const ClientLeg &leg : wb->currentResult()->legs)
        statuses.append(leg.status);
    QCOMPARE(statuses, (QList<int>{407, 401, 200}));
    QCOMPARE(d->lanes().size(), 3);
    const QList<SequenceDiagram::Arrow> &a = d->arrows();
    QCOMPARE(a[1].from, 1); // the 407 from the proxy lane
    QCOMPARE(a[1].status, 407);
    QVERIFY2(a[2].detail.startsWith(QLatin1String("Proxy-Authorization: Basic ")), qPrintable(a[2].detail));
    QCOMPARE(a[3].to, 2); // forwarded to the origin without Authorization yet
    QCOMPARE(a[4].status, 401);
    QCOMPARE(a[4].from, 2);
    QVERIFY2(a[5].detail.startsWith(QLatin1String("Proxy-Authorization: Basic ")), qPrintable(a[5].detail));
    QVERIFY2(a[6].detail.startsWith(QLatin1String("Authorization: Basic ")), qPrintable(a[6].detail));
    QCOMPARE(a[7].status, 200);
    w->responseView()->findChild<QTabWidget *>()->setCurrentIndex(
        w->responseView()->findChild<QTabWidget *>()->count() - 1);
    saveShot(u"sequence-proxy.png"_s);

    // No proxy credentials: the proxy's 407 stands.
    credentials->setCurrentIndex(credentials->findData(int(ProxyCredentials::None)));
    QCOMPARE(wb->request().proxyCredentials, ProxyCredentials::None);
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 407, 10000);

    through->setChecked(false);
    QVERIFY(wb->request().proxy.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 200, 10000);
    QCOMPARE(d->lanes().size(), 2);
}

void TestMainWindow::digestAnswerShowsItsArithmeticAndCertificateChoiceIsVisible()
{
    auto *identity = clientWidget<QComboBox>(u"identityCombo"_s);
    auto *scheme = clientWidget<QComboBox>(u"schemeCombo"_s);
    auto *insecure = clientWidget<QCheckBox>(u"acceptCertificateBox"_s);
    auto *legs = w->responseView()->findChild<QPlainTextEdit *>(u"legsView"_s);
    QVERIFY(identity && scheme && insecure && legs);
    QVERIFY(insecure->isVisibleTo(w.get()));
    QVERIFY(insecure->text().contains(u"curl -k"_s));
    insecure->setChecked(true);
    QVERIFY(wb->request().acceptAnyCertificate);
    insecure->setChecked(false);
    QVERIFY(!wb->request().acceptAnyCertificate);

    RequestSpec spec = wb->request();
    spec.url = wb->urlFor(u"/digest/staff"_s);
    wb->setRequest(spec);
    identity->setCurrentIndex(identity->findText(u"bob"_s));
    scheme->setCurrentIndex(scheme->findData(int(ClientScheme::Digest)));
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 200, 10000);
    const QString text = legs->toPlainText();
    QVERIFY2(text.contains(u"Chose Digest SHA-256"_s), qPrintable(text));
    QVERIFY2(text.contains(u"H(A1) = SHA-256(bob:"_s), qPrintable(text));
    QVERIFY(text.contains(u"H(A2) = SHA-256(GET:/digest/staff)"_s));
    QVERIFY(text.contains(u"rspauth checked"_s));
    QVERIFY2(!text.contains(u"builder"_s), "bob's password is not shown");
    saveShot(u"client-digest.png"_s);
    // The same conversation as a sequence diagram: the challenge, then the answer.
    const SequenceDiagram *d = w->responseView()->sequenceDiagram();
    QCOMPARE(d->arrows().size(), 4);
    QVERIFY2(d->arrows()[1].detail.startsWith(u"WWW-Authenticate: Digest realm="_s),
             qPrintable(d->arrows()[1].detail));
    QVERIFY2(d->arrows()[2].detail.startsWith(u"Authorization: Digest username="_s),
             qPrintable(d->arrows()[2].detail));
    QVERIFY2(d->arrows()[3].detail.startsWith(u"Authentication-Info: rspauth="_s),
             qPrintable(d->arrows()[3].detail));
    auto *tabs = w->responseView()->findChild<QTabWidget *>();
    tabs->setCurrentIndex(tabs->count() - 1);
    saveShot(u"sequence-digest.png"_s);
}

void TestMainWindow::sessionCookieJarIsShownAndCleared()
{
    auto *identity = clientWidget<QComboBox>(u"identityCombo"_s);
    auto *scheme = clientWidget<QComboBox>(u"schemeCombo"_s);
    auto *jar = clientWidget<QLabel>(u"cookiesLabel"_s);
    auto *clear = clientWidget<QPushButton>(u"clearCookiesButton"_s);
    QVERIFY(identity && scheme && jar && clear);
    QVERIFY(!jar->isVisibleTo(w.get())); // Basic: no jar shown

    RequestSpec spec = wb->request();
    spec.url = wb->urlFor(u"/app/"_s);
    wb->setRequest(spec);
    identity->setCurrentIndex(identity->findText(u"bob"_s));
    scheme->setCurrentIndex(scheme->findData(int(ClientScheme::Session)));
    QVERIFY(jar->isVisibleTo(w.get()));
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 200, 10000);
    QTRY_VERIFY2(jar->text().contains(u"authlab_session="_s), qPrintable(jar->text()));
    QVERIFY(clear->isEnabled());
    saveShot(u"client-session.png"_s);
    // With the cookie in the jar, the next round goes straight in...
    wb->sendNow();
    QTRY_VERIFY_WITH_TIMEOUT(
        wb->currentResult() && wb->currentResult()->legs.size() == 1 && !wb->roundInProgress(), 10000);
    QCOMPARE(wb->currentResult()->status(), 200);

    clear->click();
    QVERIFY(wb->cookieJar().isEmpty() || wb->roundInProgress());
    // The next round logs in again: four legs (302, form, 303, 200).
    QTRY_VERIFY_WITH_TIMEOUT(
        wb->currentResult() && wb->currentResult()->legs.size() == 4 && !wb->roundInProgress(), 10000);
    QCOMPARE(wb->currentResult()->status(), 200);
}

// --- scenario editing and files

namespace {
// Alt+letter clashes among labels with buddies, buttons and group boxes of one window or dialog.
QStringList mnemonicClashes(QWidget *root)
{
    QMultiHash<QChar, QString> owners;
    auto take = [&owners](const QString &text) {
        for (int i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == u'&' && text.at(i + 1) != u'&') {
                owners.insert(text.at(i + 1).toLower(), text);
                return;
            }
            if (text.at(i) == u'&')
                ++i;
        }
    };
    for (QWidget *c : root->findChildren<QWidget *>()) {
        if (auto *label = qobject_cast<QLabel *>(c); label && label->buddy())
            take(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(c))
            take(button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(c))
            take(box->title());
    }
    QStringList clashes;
    for (const QChar &key : owners.uniqueKeys()) {
        if (owners.count(key) > 1)
            clashes.append(u"Alt+"_s + key + u": "_s + owners.values(key).join(u", "_s));
    }
    return clashes;
}

// Answers the next modal message box with `button` (once it is open), noting its text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    QTimer::singleShot(0, qApp, [button, text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            if (text)
                *text = box->text();
            box->button(button)->click();
        } else {
            answerNextMessageBox(button, text);
        }
    });
}
} // namespace

void TestMainWindow::addingAUserThroughThePaneIsUndoable()
{
    SectionPane *pane = w->usersPane();
    w->dock(MainWindow::Pane::Users)->show();
    w->dock(MainWindow::Pane::Users)->raise();
    QPointer<EditDialog> dialog;
    connect(pane, &SectionPane::dialogOpened, this, [&dialog](EditDialog *d) { dialog = d; });
    pane->view()->setFocus();
    QTest::keyClick(pane->view(), Qt::Key_Insert); // the keyboard way
    QVERIFY(dialog);
    auto *user = qobject_cast<UserDialog *>(dialog.data());
    QVERIFY(user);
    user->nameEdit()->setText(u"dave"_s);
    user->passwordEdit()->setText(u"pw"_s);
    user->groupBox(u"admins"_s)->setChecked(true);
    user->accept();
    QTRY_VERIFY(!dialog); // closed and gone
    QCOMPARE(wb->scenario().users.last().name, u"dave"_s);
    QCOMPARE(w->usersView()->model()->rowCount(), 5);
    QVERIFY(w->isWindowModified());

    auto *undo = w->findChild<QAction *>(u"actionUndo"_s);
    QVERIFY(undo);
    QCOMPARE(undo->text(), u"Undo Add user dave"_s);
    QVERIFY(undo->shortcuts().contains(QKeySequence(QKeySequence::Undo)));
    // Tell the client to be dave: the live answer on /admin follows the edit, and its undo.
    RequestSpec r = wb->request();
    r.identity = Identity::scenarioUser(u"dave"_s);
    wb->setRequest(r);
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 200, 10000);
    undo->trigger();
    QCOMPARE(wb->scenario().users.size(), 4);
    QVERIFY(!w->isWindowModified());
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 401, 10000); // dave is unknown now
    auto *redo = w->findChild<QAction *>(u"actionRedo"_s);
    QCOMPARE(redo->text(), u"Redo Add user dave"_s);
    redo->trigger();
    QCOMPARE(wb->scenario().users.size(), 5);
}

void TestMainWindow::removingAResourceWithDeleteIsUndoable()
{
    SectionPane *pane = w->resourcesPane();
    w->dock(MainWindow::Pane::Resources)->show();
    w->dock(MainWindow::Pane::Resources)->raise();
    const int admin = wb->scenario().resourceIndexForPath(u"/admin"_s);
    pane->view()->setCurrentIndex(pane->view()->model()->index(admin, 0));
    pane->view()->setFocus();
    QTest::keyClick(pane->view(), Qt::Key_Delete);
    QCOMPARE(wb->scenario().resourceIndexForPath(u"/admin"_s), -1);
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 404, 10000); // bob on /admin
    QCOMPARE(w->document()->undoStack()->undoText(), u"Remove resource /admin"_s);
    QTest::keySequence(w.get(), QKeySequence::Undo);
    QVERIFY(wb->scenario().resourceIndexForPath(u"/admin"_s) >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 403, 10000);
}

void TestMainWindow::removingTheClientsOwnUserKeepsTheWindowWorking()
{
    // The client asks as bob; bob goes, from the context of the Users pane (Delete), and comes back.
    SectionPane *pane = w->usersPane();
    pane->view()->setCurrentIndex(pane->view()->model()->index(1, 0));
    pane->remove();
    QCOMPARE(wb->scenario().userIndex(u"bob"_s), -1);
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 401, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(watchStatus(u"/staff"_s), 401, 10000);
    w->document()->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 403, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(watchStatus(u"/staff"_s), 200, 10000);
}

void TestMainWindow::contextMenuOffersTheEdits()
{
    SectionPane *pane = w->resourcesPane();
    w->dock(MainWindow::Pane::Resources)->show();
    w->dock(MainWindow::Pane::Resources)->raise();
    pane->view()->setCurrentIndex(pane->view()->model()->index(1, 0)); // /public
    QStringList entries;
    QTimer::singleShot(0, this, [&entries] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions()) {
            if (!a->isSeparator())
                entries.append(a->text());
        }
        // "Request it": the resource becomes the client's URL.
        for (QAction *a : menu->actions()) {
            if (a->text() == u"Request it"_s)
                a->trigger();
        }
        menu->close();
    });
    const QRect cell = pane->view()->visualRect(pane->view()->currentIndex());
    Q_EMIT pane->view()->customContextMenuRequested(cell.center());
    QCOMPARE(entries, (QStringList{u"Add resource…"_s, u"Edit…"_s, u"Remove"_s, u"Request it"_s,
                                   u"&Copy rows"_s})); // the table's own Copy stays
    QCOMPARE(wb->request().url.path(), u"/public"_s);
}

void TestMainWindow::modifiedMarkerAndAskingOnClose()
{
    QVERIFY(!w->isWindowModified());
    QVERIFY2(w->windowTitle().startsWith(u"Untitled[*]"_s), qPrintable(w->windowTitle()));
    // A membership tick in the server's table is an edit like any other.
    QVERIFY(w->usersView()->model()->setData(w->usersView()->model()->index(1, 4), Qt::Checked,
                                             Qt::CheckStateRole));
    QVERIFY(w->isWindowModified());
    auto *undo = w->findChild<QAction *>(u"actionUndo"_s);
    QCOMPARE(undo->text(), u"Undo Add bob to admins"_s);

    // Cancel: the window stays, with its changes.
    QString asked;
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    QVERIFY(!w->close());
    QVERIFY2(asked.contains(u"Untitled"_s), qPrintable(asked));
    QVERIFY(w->isVisible());
    QVERIFY(w->isWindowModified());
    QVERIFY(wb->scenario().users[1].inGroup(u"admins"_s));
    // New asks too; Cancel keeps everything.
    answerNextMessageBox(QMessageBox::Cancel, nullptr);
    w->findChild<QAction *>(u"actionNew"_s)->trigger();
    QVERIFY(wb->scenario().users[1].inGroup(u"admins"_s));
    // Undone back to the clean state: nothing to ask.
    undo->trigger();
    QVERIFY(!w->isWindowModified());
    QVERIFY(w->close());
    w->show();
    // Modified again, Discard: it closes.
    wb->setBehaviour(Behaviour::HideAll);
    QVERIFY(w->isWindowModified());
    answerNextMessageBox(QMessageBox::Discard, nullptr);
    QVERIFY(w->close());
    QVERIFY(!w->isVisible());
}

// Removing "admins" would open /admin and the hidden /vault to every authenticated user (no
// required group = any known user): the dialog says so and removes only when told to.
void TestMainWindow::removingAResourcesOnlyGroupAsksFirst()
{
    GroupsDialog dialog(w->document(), w.get());
    const int admins = wb->scenario().groupIndex(u"admins"_s);
    QVERIFY(admins >= 0);
    dialog.table()->setCurrentCell(admins, 0);
    QString asked;
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    dialog.removeGroup();
    QVERIFY2(asked.contains(u"/admin"_s) && asked.contains(u"/vault"_s), qPrintable(asked));
    QVERIFY(wb->scenario().groupIndex(u"admins"_s) >= 0); // cancelled: nothing changed
    QVERIFY(!w->isWindowModified());

    answerNextMessageBox(QMessageBox::Yes, nullptr);
    dialog.removeGroup();
    QCOMPARE(wb->scenario().groupIndex(u"admins"_s), -1);
    QCOMPARE(w->document()->undoStack()->undoText(), u"Remove group admins"_s);
    w->document()->undoStack()->undo();
    QVERIFY(wb->scenario().groupIndex(u"admins"_s) >= 0);

    // A group no resource depends on alone goes without a question.
    dialog.addGroup();
    const int added = int(wb->scenario().groups.size()) - 1;
    const QString name = wb->scenario().groups[added].name;
    dialog.table()->setCurrentCell(added, 0);
    dialog.removeGroup();
    QCOMPARE(wb->scenario().groupIndex(name), -1);
}

void TestMainWindow::savingOnCloseWritesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"workshop.json"_s);
    QString error;
    QVERIFY2(w->document()->saveAs(path, &error), qPrintable(error));
    QCOMPARE(w->windowTitle().section(u"[*]"_s, 0, 0), u"workshop.json"_s);
    QVERIFY(!w->isWindowModified());
    wb->setBehaviour(Behaviour::Never401);
    QVERIFY(w->isWindowModified());
    // Revert drops the change (after asking), Save on close writes the next one.
    answerNextMessageBox(QMessageBox::Discard, nullptr);
    w->findChild<QAction *>(u"actionRevert"_s)->trigger();
    QCOMPARE(wb->scenario().behaviour, Behaviour::Rfc9110);
    QVERIFY(!w->isWindowModified());
    wb->setBehaviour(Behaviour::Never401);
    answerNextMessageBox(QMessageBox::Save, nullptr);
    QVERIFY(w->close());
    const ScenarioLoad l = ScenarioIO::load(path);
    QVERIFY2(l.ok(), qPrintable(l.errorText()));
    QCOMPARE(l.scenario->behaviour, Behaviour::Never401);
    // Remembered for File > Open recent.
    QCOMPARE(w->document()->recentFiles().value(0), QFileInfo(path).absoluteFilePath());
    auto *recent = w->findChild<QMenu *>(u"recentMenu"_s);
    QVERIFY(recent && recent->isEnabled());
    QCOMPARE(recent->actions().value(0)->text(), u"&1 workshop.json"_s);
    QCOMPARE(recent->actions().value(0)->toolTip(), QFileInfo(path).absoluteFilePath());
}

void TestMainWindow::droppingAScenarioFileOpensIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"dropped.json"_s);
    Scenario s = ScenarioIO::defaultScenario();
    s.name = u"Dropped here"_s;
    s.users[1].groups.append(u"admins"_s); // bob may see /admin
    QVERIFY(ScenarioIO::save(s, path, nullptr));

    QMimeData text;
    text.setText(u"not a file"_s);
    QDragEnterEvent refused(QPoint(50, 50), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.get(), &refused);
    QVERIFY2(!refused.isAccepted(), "only a scenario file is taken");

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.get(), &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE(wb->scenario().name, u"Dropped here"_s);
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 200, 10000);
    QVERIFY2(w->windowTitle().startsWith(u"dropped.json[*]"_s), qPrintable(w->windowTitle()));
}

void TestMainWindow::editorDialogsFitAndWorkByKeyboard_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("user") << u"user"_s;
    QTest::newRow("resource") << u"resource"_s;
    QTest::newRow("settings") << u"settings"_s;
    QTest::newRow("groups") << u"groups"_s;
}

void TestMainWindow::editorDialogsFitAndWorkByKeyboard()
{
    QFETCH(QString, which);
    w->resize(1024, 768);
    QPointer<QDialog> dialog;
    if (which == u"user" || which == u"resource") {
        SectionPane *pane = which == u"user" ? w->usersPane() : w->resourcesPane();
        connect(pane, &SectionPane::dialogOpened, this, [&dialog](EditDialog *d) { dialog = d; });
        pane->view()->setCurrentIndex(pane->view()->model()->index(which == u"user" ? 0 : 9, 0));
        pane->edit();
    } else if (which == u"settings") {
        w->findChild<QAction *>(u"actionScenarioSettings"_s)->trigger();
        dialog = w->findChild<QDialog *>(u"scenarioSettingsDialog"_s);
    } else {
        w->usersPane()->findChildren<QPushButton *>().constLast()->click(); // Groups…
        dialog = w->findChild<GroupsDialog *>();
    }
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    if (auto *resource = qobject_cast<ResourceDialog *>(dialog.data())) {
        // A mistyped rule is refused with the loader's message; the dialog stays open, the
        // scenario as it was.
        resource->accessEdit()->setPlainText(u"allow 10.0.0.0/8\ndeny everyone"_s);
        resource->accept();
        QVERIFY(resource->isVisible());
        QVERIFY2(resource->problemLabel()->text().contains(
                     u"resources[9].access[1]: \"deny everyone\" is not an address rule"_s),
                 qPrintable(resource->problemLabel()->text()));
        QVERIFY(wb->scenario().resources[9].access.isEmpty());
        QCOMPARE(w->document()->undoStack()->count(), 0);
    }
    QVERIFY2(dialog->width() <= 1024 && dialog->height() <= 740,
             qPrintable(u"%1x%2"_s.arg(dialog->width()).arg(dialog->height())));
    QStringList problems;
    const QList<QWidget *> shown = shownWidgets(dialog);
    for (QWidget *c : shown) {
        QWidget *parent = c->parentWidget();
        if (!insideScrolledContent(c) && !parent->rect().contains(c->geometry()) && c->width() > 0)
            problems.append(describe(c) + u" sticks out of "_s + describe(parent));
    }
    for (QWidget *a : shown) {
        for (QWidget *b : shown) {
            if (a < b && a->parentWidget() == b->parentWidget() && a->geometry().intersects(b->geometry()))
                problems.append(describe(a) + u" overlaps "_s + describe(b));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const QStringList clashes = mnemonicClashes(dialog);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));

    // Tab reaches every field and button, and comes back.
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QList<QWidget *> expected;
    for (QWidget *c : shown) {
        if (c->isEnabled() && (c->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !c->focusProxy())
            expected.append(c);
    }
    QVERIFY(expected.size() >= 4);
    bool cycled = false;
    const QList<QWidget *> chain = tabChain(Qt::Key_Tab, expected.first(), 4 * int(expected.size()), &cycled);
    QVERIFY2(cycled, "focus comes back to where it started");
    QStringList missing;
    for (QWidget *c : std::as_const(expected)) {
        if (c != expected.first() && !chain.contains(c))
            missing.append(describe(c));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"not reachable with Tab: "_s + missing.join(u", "_s)));

    if (const QString dir = qEnvironmentVariable("AUTHLAB_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(dialog->grab().save(QDir(dir).filePath(u"editor-%1-dialog.png"_s.arg(which))));
        if (which == u"user") {
            dialog->reject();
            w->resize(1024, 768);
            w->resetLayout(); // the layout a 1024-pixel window gets, not the wide one it opened with
            QCoreApplication::processEvents();
            w->dock(MainWindow::Pane::Users)->raise();
            QCoreApplication::processEvents();
            saveShot(u"editor-users-pane.png"_s);
        }
    }
    if (dialog)
        dialog->reject();
}

// Lessons (docs/user-guide.md §3): Help ▸ Lessons, Begin, steps solved in the client pane, the
// quiz answered with the keyboard, Leave; the pane fits 1024×768 while a lesson runs.
void TestMainWindow::everyLessonBeginsFromThePane_data()
{
    QTest::addColumn<int>("lesson");
    const QList<Lesson> lessons = LessonIO::builtIn();
    QVERIFY(lessons.size() >= 6);
    for (int i = 0; i < lessons.size(); ++i)
        QTest::newRow(qPrintable(lessons[i].id)) << i;
}

// Each lesson as a user begins it: picked in the pane's list, Begin. Its steps are listed (none
// done yet, the first current), the window's title names it, and the window still fits
// 1024×768. The user guide's picture of each lesson is taken here.
void TestMainWindow::everyLessonBeginsFromThePane()
{
    QFETCH(int, lesson);
    w->resize(1024, 768);
    w->resetLayout();
    QCoreApplication::processEvents();
    LessonsPane *pane = w->lessonsPane();
    LessonRunner *runner = w->lessonRunner();
    w->dock(MainWindow::Pane::Lessons)->show();
    w->dock(MainWindow::Pane::Lessons)->raise();
    pane->lessonBox()->setCurrentIndex(lesson);
    pane->beginButton()->click();
    QVERIFY(runner->isRunning());
    const Lesson &l = runner->lessons().at(lesson);
    QCOMPARE(pane->stepList()->count(), int(l.steps.size()));
    QVERIFY(pane->stepList()->item(0)->text().startsWith(LessonsPane::markText(false, true)));
    for (int i = 1; i < pane->stepList()->count(); ++i)
        QVERIFY(pane->stepList()->item(i)->text().startsWith(LessonsPane::markText(false, false)));
    QVERIFY2(w->windowTitle().contains(lessonText(l.title)), qPrintable(w->windowTitle()));
    // The lesson's own answers are in: the current request's and every watched row's.
    auto settled = [this] {
        const auto &current = wb->currentResult();
        if (!current || current->spec.url != wb->request().url ||
            current->spec.identity != wb->request().identity || wb->roundInProgress())
            return false;
        for (int row = 0; row < w->watchModel()->rowCount(); ++row) {
            if (w->watchModel()->index(row, 0).data(WatchModel::PendingRole).toBool())
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 10000);
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(w->size(), QSize(1024, 768));
    QVERIFY2(pane->stepList()->isVisible() && pane->stepList()->height() >= 100,
             qPrintable(describe(pane->stepList())));
    saveShot(u"lesson-%1.png"_s.arg(l.id));
    runner->leave();
}

void TestMainWindow::lessonLeavesTheDocumentAndItsHistoryAlone()
{
    // The user's own edit, not saved: the document is modified and has one step to undo.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mine.json"_s);
    QString error;
    QVERIFY2(w->document()->saveAs(path, &error), qPrintable(error));
    wb->setBehaviour(Behaviour::Never401);
    QVERIFY(w->isWindowModified());
    const int steps = w->document()->undoStack()->count();
    const Scenario mine = wb->scenario();
    auto *undo = w->findChild<QAction *>(u"actionUndo"_s);
    QVERIFY(undo->isEnabled());

    // A lesson and a step solved in it: nothing enters the history, the title names the lesson.
    LessonRunner *runner = w->lessonRunner();
    QVERIFY(runner->start(0));
    QVERIFY(w->document()->isSuspended());
    QVERIFY2(w->windowTitle().contains(u"Lesson"_s) && w->windowTitle().contains(u"mine.json"_s),
             qPrintable(w->windowTitle()));
    QVERIFY(!undo->isEnabled());
    QVERIFY(wb->setMembership(u"bob"_s, u"admins"_s, true));
    QCOMPARE(w->document()->undoStack()->count(), steps);
    // Saving now writes the user's document as it was, not the lesson's scenario.
    QVERIFY2(w->document()->save(&error), qPrintable(error));
    const ScenarioLoad saved = ScenarioIO::load(path);
    QVERIFY(saved.ok());
    QCOMPARE(saved.scenario->behaviour, Behaviour::Never401);
    QCOMPARE(saved.scenario->name, mine.name);

    // Leaving brings the scenario back, undo works on the user's own step again.
    runner->leave();
    QVERIFY(!w->document()->isSuspended());
    QVERIFY(ScenarioDocument::sameScenario(wb->scenario(), mine));
    QCOMPARE(w->document()->undoStack()->count(), steps);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(wb->scenario().behaviour, Behaviour::Rfc9110);

    // Opening a file during a lesson leaves the lesson first.
    QVERIFY(runner->start(1));
    QList<ScenarioProblem> problems;
    QVERIFY(w->document()->open(path, &problems));
    QVERIFY(!runner->isRunning());
    QVERIFY(!w->document()->isSuspended());
    QCOMPARE(wb->scenario().behaviour, Behaviour::Never401);
}

void TestMainWindow::lessonRunsByKeyboardAndFits()
{
    w->resize(1024, 768);
    w->resetLayout(); // the layout of a 1024-pixel window, not the wide one it was opened with
    QCoreApplication::processEvents();
    QCOMPARE(w->size(), QSize(1024, 768));
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    LessonsPane *pane = w->lessonsPane();
    LessonRunner *runner = w->lessonRunner();
    QTest::keyClick(w.get(), Qt::Key_F1, Qt::ShiftModifier); // Help ▸ Lessons
    QTRY_VERIFY(pane->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), pane->lessonBox());
    QVERIFY(pane->lessonBox()->count() >= 6);
    saveShot(u"lesson-list.png"_s);
    QTest::keyClick(pane->lessonBox(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), pane->beginButton());
    QTest::keyClick(pane->beginButton(), Qt::Key_Space);
    QVERIFY(runner->isRunning());
    QCOMPARE(wb->scenario().name, u"Lesson 1: 401 or 403?"_s);
    QVERIFY(pane->stepList()->item(0)->text().startsWith(LessonsPane::markText(false, true)));
    QTRY_VERIFY_WITH_TIMEOUT(wb->currentResult() && wb->currentResult()->status() == 403, 10000); // carol

    chooseIdentity(u"anonymous (no credentials)"_s);
    QTRY_VERIFY_WITH_TIMEOUT(runner->isDone(0), 10000);
    QVERIFY(pane->stepList()->item(0)->text().startsWith(LessonsPane::markText(true, false)));
    chooseIdentity(u"carol"_s);
    QTRY_VERIFY_WITH_TIMEOUT(runner->isDone(1), 10000);
    chooseIdentity(u"bob"_s);
    QTRY_VERIFY_WITH_TIMEOUT(runner->conditions(2).constFirst().now.contains(u"403 as bob"_s), 10000);
    QCOMPARE(runner->step(), 2);
    QVERIFY2(pane->checksLabel()->text().contains(u"✗ watched GET /admin"_s),
             qPrintable(pane->checksLabel()->text()));
    pane->hintButton()->click();
    QVERIFY(pane->hintsLabel()->isVisible());
    QVERIFY(pane->hintsLabel()->text().startsWith(u"Hint 1: "_s));

    // While the lesson runs the window still fits: nothing sticks out or overlaps (the group boxes
    // the lesson's scenario replaced are gone once deferred deletes ran; a tab bar's own scroll
    // buttons touch by design).
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QStringList problems;
    const QList<QWidget *> shown = shownWidgets(w.get());
    QVERIFY(shown.contains(pane->stepList()));
    for (QWidget *c : shown) {
        if (!insideScrolledContent(c) && !c->parentWidget()->rect().contains(c->geometry()) &&
            c->width() > 0 && c->height() > 0)
            problems.append(describe(c) + u" sticks out of "_s + describe(c->parentWidget()));
        for (QWidget *b : shown) {
            if (c < b && c->parentWidget() == b->parentWidget() && c->geometry().intersects(b->geometry()) &&
                !c->objectName().startsWith(u"Scroll"_s))
                problems.append(describe(c) + u" overlaps "_s + describe(b));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(pane->stepList()->height() >= 120, qPrintable(describe(pane->stepList())));
    // Keyboard only: Tab and Shift+Tab reach every control of the pane, and come back.
    QList<QWidget *> controls;
    for (QWidget *c : pane->findChildren<QWidget *>()) {
        if (c->isVisible() && c->isEnabled() && (c->focusPolicy() & Qt::TabFocus) == Qt::TabFocus &&
            !c->focusProxy())
            controls.append(c);
    }
    QVERIFY(controls.contains(pane->stepList()) && controls.contains(pane->hintButton()));
    for (Qt::Key key : {Qt::Key_Tab, Qt::Key_Backtab}) {
        bool cycled = false;
        const QList<QWidget *> chain = tabChain(key, pane->stepList(), 400, &cycled);
        QVERIFY(cycled);
        for (QWidget *c : std::as_const(controls))
            QVERIFY2(c == pane->stepList() || chain.contains(c), qPrintable(describe(c)));
    }
    saveShot(u"lesson-step.png"_s);

    // "Make /admin return 200 for bob without giving him the admin password": tick admins.
    QTest::mouseClick(w->clientPane()->groupCheckBox(u"admins"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(runner->isDone(2), 10000);
    QCOMPARE(watchStatus(u"/admin"_s), 200);
    QCOMPARE(runner->step(), 3);
    QTRY_VERIFY(pane->answerBox()->isVisible());
    saveShot(u"lesson-quiz.png"_s);
    QSignalSpy complete(runner, &LessonRunner::lessonDone);
    pane->answerBox()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(pane->answerBox(), Qt::Key_Down); // "401 Unauthorized"
    QTRY_VERIFY(runner->isDone(3));
    QCOMPARE(complete.count(), 1);
    for (int i = 0; i < pane->stepList()->count(); ++i)
        QVERIFY(pane->stepList()->item(i)->text().contains(LessonsPane::markText(true, false)));

    runner->leave();
    QCOMPARE(wb->scenario().name, u"AuthLab default scenario"_s);
    QVERIFY(!wb->scenario().users[wb->scenario().userIndex(u"bob"_s)].inGroup(u"admins"_s));
    QVERIFY(pane->beginButton()->isEnabled());
}

void TestMainWindow::bugHuntKeepsTheBehaviourSecret()
{
    LessonRunner *runner = w->lessonRunner();
    int hunt = -1;
    for (int i = 0; i < runner->lessons().size(); ++i) {
        if (!runner->lessons()[i].bugs.isEmpty())
            hunt = i;
    }
    QVERIFY(hunt >= 0);
    QVERIFY(runner->start(hunt, Behaviour::Soft401));
    QCOMPARE(wb->scenario().behaviour, Behaviour::Soft401);
    QCOMPARE(w->behaviourBox()->currentIndex(), -1);
    QVERIFY(!w->behaviourBox()->isEnabled());
    QVERIFY(!w->behaviourPane()->isVisibleTo(w.get()));
    wb->setMembership(u"carol"_s, u"staff"_s, true); // any change: still secret
    QCOMPARE(w->behaviourBox()->currentIndex(), -1);

    // Anonymous on /staff: soft-401 decides (200 and a login page). No view names the behaviour:
    // the answer's reason, the trace, the watched rows and the log say "secret" instead.
    RequestSpec r = wb->request();
    r.identity = Identity::anonymous();
    r.url = wb->urlFor(u"/staff"_s);
    wb->setRequest(r);
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 200, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(w->logModel()->rowCount() > 0, 10000);
    const QString named = ruleCitation(Rule::BehaviourSoft401);
    QStringList shown{w->responseView()->reasonText()};
    auto collect = [&shown](const QAbstractItemModel *m) {
        for (int row = 0; row < m->rowCount(); ++row) {
            for (int col = 0; col < m->columnCount(); ++col) {
                shown.append(m->index(row, col).data().toString());
                shown.append(m->index(row, col).data(Qt::ToolTipRole).toString());
            }
        }
    };
    collect(w->responseView()->traceModel());
    collect(w->logModel());
    collect(w->watchModel());
    const QString all = shown.join(u'\n');
    QVERIFY2(!all.contains(named), qPrintable(all));
    QVERIFY2(w->responseView()->reasonText().contains(u"secret"_s),
             qPrintable(w->responseView()->reasonText()));
    runner->leave();
    QVERIFY(w->behaviourBox()->isEnabled());
    QCOMPARE(w->behaviourBox()->currentData().toInt(), int(Behaviour::Rfc9110));
    QVERIFY(w->behaviourPane()->isVisibleTo(w->dock(MainWindow::Pane::Behaviour)));
}

// Server ▸ Expose to the local network: asks with the warning (cancel keeps the loopback), then
// serves on every address and lists the attendees' URLs in the tool bar, large in presenter mode.
void TestMainWindow::exposingListsAttendeeAddresses()
{
    // The label from made-up addresses: no network needed.
    const QString label = MainWindow::exposedLabelText(
        {u"http://192.168.1.20:8080/"_s, u"http://[fd00::2]:8080/"_s}, QUrl(u"http://127.0.0.1:8080/"_s));
    QVERIFY2(label.contains(u"<a href=\"http://192.168.1.20:8080/\">http://192.168.1.20:8080/</a>"_s),
             qPrintable(label));
    QVERIFY(label.contains(u"http://[fd00::2]:8080/"_s));
    QVERIFY(MainWindow::exposedLabelText({}, QUrl(u"http://127.0.0.1:8080/"_s))
                .contains(u"no network address"_s));

    QVERIFY(!w->exposeAction()->isChecked());
    QVERIFY(w->serverLabel()->text().contains(u"loopback only"_s));
    QString asked;
    closeNextMessageBox(&asked);
    QVERIFY(!w->setExposed(true)); // the question, answered by closing it: not exposed
    QVERIFY(asked.contains(u"Anyone on this network"_s));
    QVERIFY(!lan::isExposed(wb->server().address()));
    QVERIFY(!w->exposeAction()->isChecked());

    const quint16 port = wb->server().port();
    QVERIFY(w->setExposed(true, false));
    QVERIFY(w->exposeAction()->isChecked());
    QVERIFY(lan::isExposed(wb->server().address()));
    QCOMPARE(wb->server().port(), port);
    const QStringList urls = lan::attendeeUrls(lan::systemInterfaces(), wb->server().address(), port);
    QCOMPARE(w->attendeeLabel()->text(), MainWindow::exposedLabelText(urls, wb->serverUrl()));
    QVERIFY(w->attendeeLabel()->isVisible());
    QVERIFY(!w->serverLabel()->text().contains(u"loopback only"_s));
    wb->sendNow(); // this machine's client still gets its answers
    QTRY_COMPARE_WITH_TIMEOUT(w->responseView()->badge()->status(), 403, 10000);

    const qreal normal = QFontInfo(w->attendeeLabel()->font()).pointSizeF();
    w->setPresenterMode(true);
    QVERIFY(w->attendeeLabel()->isVisible());
    QVERIFY(QFontInfo(w->attendeeLabel()->font()).pointSizeF() > normal * 1.3);
    QVERIFY(w->attendeeLabel()->text().contains(u"<big><b>"_s));
    QCoreApplication::processEvents(); // the tool bars lay out for the larger font
    QTRY_VERIFY(w->attendeeLabel()->height() >= w->attendeeLabel()->sizeHint().height());
    saveShot(u"lesson-workshop-presenter.png"_s);
    QVERIFY(w->serverLabel()->font().bold());
    QVERIFY(QFontInfo(w->serverLabel()->font()).pointSizeF() >
            QFontInfo(w->clientPane()->font()).pointSizeF());
    w->setPresenterMode(false);

    QVERIFY(w->setExposed(false, false));
    QVERIFY(!lan::isExposed(wb->server().address()));
    QVERIFY(!w->attendeeLabel()->isVisible());
    QVERIFY(w->serverLabel()->text().contains(u"loopback only"_s));
    QCOMPARE(wb->server().port(), port);
    // Not remembered: nothing about it in the settings.
    w->close();
    for (const QString &key : QSettings().allKeys())
        QVERIFY2(!key.contains(u"expos"_s, Qt::CaseInsensitive), qPrintable(key));
}

QTEST_MAIN(TestMainWindow)

// The Check pane at 1024x768, by keyboard alone: Alt+8 brings it with the cursor in the URL
// (the embedded server's /staff and alice by default), Enter runs the check, the first finding is
// selected and the response view shows its exchange.
void TestMainWindow::checkPaneByKeyboardShowsAFindingsExchange()
{
    w->resize(1024, 768);
    w->resetLayout();
    QCoreApplication::processEvents(); // the deferred dock sizes (and the log raised)
    w->activateWindow();
    QTRY_VERIFY(w->isActiveWindow());
    wb->setBehaviour(Behaviour::Unchallenged401);
    CheckPane *pane = w->checkPane();
    QVERIFY(pane->urlEdit()->text().endsWith(QLatin1String("/staff")));
    QCOMPARE(pane->passwordEdit()->echoMode(), QLineEdit::Password);
    QTest::keyClick(w.get(), Qt::Key_8, Qt::AltModifier);
    QTRY_VERIFY(pane->isVisible());
    QTRY_VERIFY(pane->urlEdit()->hasFocus());
    QSignalSpy done(pane->checker(), &Checker::finished);
    QTest::keyClick(pane->urlEdit(), Qt::Key_Return);
    QVERIFY(done.wait(20000));
    QTRY_VERIFY(pane->model()->rowCount() > 0);
    QCOMPARE(pane->model()->index(0, 0).data(CheckModel::IdRole).toString(),
             QStringLiteral("401-without-challenge"));
    QVERIFY(pane->statusLabel()->text().contains(QLatin1String("MUST")));
    // By default a user who may see /staff (alice) and one who may not (carol, the other user):
    // the check sent the other user's probes too.
    QCOMPARE(pane->otherUserEdit()->text(), QStringLiteral("carol"));
    QCOMPARE(pane->otherPasswordEdit()->echoMode(), QLineEdit::Password);
    bool otherProbed = false;
    for (const CheckProbe &probe : pane->checker()->report().probes)
        otherProbed = otherProbed || probe.kind == CheckProbe::Kind::OtherUser;
    QVERIFY(otherProbed);
    // The first finding is current: its exchange is in the response view.
    QTRY_COMPARE(w->shown(), MainWindow::Shown::Check);
    QTRY_COMPARE(w->responseView()->badge()->status(), 401);
    QVERIFY2(w->responseView()->showingText().contains(QLatin1String("check finding")),
             qPrintable(w->responseView()->showingText()));
    // Down arrow in the list: the next finding's exchange.
    pane->view()->setFocus();
    if (pane->model()->rowCount() > 1) {
        QTest::keyClick(pane->view(), Qt::Key_Down);
        QTRY_COMPARE(pane->view()->currentIndex().row(), 1);
    }
    pane->view()->setCurrentIndex(pane->model()->index(0, 0));
    QVERIFY(!w->dock(MainWindow::Pane::Check)->visibleRegion().isEmpty());
    // For the pictures: the bottom docks taller, as a user drags them for a long list.
    w->resizeDocks({w->dock(MainWindow::Pane::Check)}, {420}, Qt::Vertical);
    QCoreApplication::processEvents();
    saveShot(QStringLiteral("check-findings.png"));

    // The never-401 school: SHOULDs (403 where a 401 and its challenge belong).
    wb->setBehaviour(Behaviour::Never401);
    QTest::mouseClick(pane->runButton(), Qt::LeftButton);
    QCOMPARE(w->shown(), MainWindow::Shown::Live); // the old finding's exchange is gone
    QVERIFY(done.wait(20000));
    QTRY_COMPARE(pane->model()->index(0, 0).data(CheckModel::IdRole).toString(),
                 QStringLiteral("403-for-anonymous"));
    saveShot(QStringLiteral("check-never-401.png"));

    // Back to RFC 9110: nothing violated.
    wb->setBehaviour(Behaviour::Rfc9110);
    QTest::mouseClick(pane->runButton(), Qt::LeftButton);
    QVERIFY(done.wait(20000));
    QTRY_VERIFY(pane->statusLabel()->text().contains(QLatin1String("no MUST or SHOULD violated")));
    saveShot(QStringLiteral("check-rfc9110.png"));
}

#include "tst_mainwindow.moc"
