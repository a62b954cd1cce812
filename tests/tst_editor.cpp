// The scenario document behind the editor: every edit kind undone and redone (scenario and the
// live server's answer), the loader's rules refusing bad edits, files (atomic save, load errors,
// key order, the client set-up), without the main window.
#include "editdialogs.h"
#include "httpclient.h"
#include "scenariodocument.h"
#include "session/workspacefile.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>
#include <functional>
#include <sys/resource.h>

using namespace authlab;
using namespace authlab::gui;
using namespace Qt::StringLiterals;

namespace {

QByteArray bearer(const QByteArray &token)
{
    return "Authorization: Bearer " + token + "\r\n";
}

QJsonObject obj(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Every member name in the order written.
QStringList keySequence(const QByteArray &json)
{
    QStringList keys;
    static const QRegularExpression key(uR"re("([A-Za-z]+)"\s*:)re"_s);
    for (const auto &m : key.globalMatch(QString::fromUtf8(json)))
        keys.append(m.captured(1));
    return keys;
}

// One kind of edit, and a request whose answer it changes (empty: it changes no answer).
struct EditCase
{
    const char *name;
    std::function<bool(ScenarioDocument &)> edit;
    QByteArray request; // "%HOSTPORT%" is replaced by the server's
    QString undoText;   // the history's text for it (empty: not checked)
};

Scenario edited(const ScenarioDocument &d, const std::function<void(Scenario &)> &change)
{
    Scenario s = d.workbench()->scenario();
    change(s);
    return s;
}

const QList<EditCase> &editCases()
{
    using test::basic;
    using test::get;
    static const QList<EditCase> cases = {
        {"add user",
         [](ScenarioDocument &d) {
             return d.setEntry(u"users"_s, -1,
                               obj(R"({"name": "dave", "password": "pw", "groups": ["staff"]})"),
                               u"Add user dave"_s);
         },
         get("/staff", basic("dave", "pw")), u"Add user dave"_s},
        {"rename user",
         [](ScenarioDocument &d) {
             QJsonObject bob = d.entry(u"users"_s, 1);
             bob.insert(u"name"_s, u"robert"_s);
             return d.setEntry(u"users"_s, 1, bob, u"Edit user bob"_s);
         },
         get("/staff", basic("bob", "builder")), u"Edit user bob"_s},
        {"password",
         [](ScenarioDocument &d) {
             QJsonObject bob = d.entry(u"users"_s, 1);
             bob.insert(u"password"_s, u"b2"_s);
             return d.setEntry(u"users"_s, 1, bob, u"Edit user bob"_s);
         },
         get("/staff", basic("bob", "builder")),
         {}},
        {"remove user",
         [](ScenarioDocument &d) { return d.removeEntry(u"users"_s, 1, u"Remove user bob"_s); },
         get("/staff", basic("bob", "builder")), u"Remove user bob"_s},
        {"membership tick",
         [](ScenarioDocument &d) { return d.workbench()->setMembership(u"bob"_s, u"admins"_s, true); },
         get("/admin", basic("bob", "builder")), u"Add bob to admins"_s},
        {"add token",
         [](ScenarioDocument &d) {
             QJsonObject carol = d.entry(u"users"_s, 2);
             carol.insert(u"tokens"_s, QJsonArray{obj(R"({"token": "carol-token", "scopes": ["read"]})")});
             return d.setEntry(u"users"_s, 2, carol, u"Edit user carol"_s);
         },
         get("/api/reports", bearer("carol-token")),
         {}},
        {"token scopes",
         [](ScenarioDocument &d) {
             return d.apply(edited(d, [](Scenario &s) { s.users[1].tokens[0].scopes = {u"write"_s}; }),
                            u"Edit user bob"_s);
         },
         get("/api/reports", bearer("bob-token")),
         {}},
        {"token expired",
         [](ScenarioDocument &d) {
             return d.apply(edited(d, [](Scenario &s) { s.users[1].tokens[0].expired = true; }),
                            u"Edit user bob"_s);
         },
         get("/api/reports", bearer("bob-token")),
         {}},
        {"add group",
         [](ScenarioDocument &d) {
             return d.setEntry(u"groups"_s, -1, obj(R"({"name": "auditors"})"), u"Add group"_s);
         },
         {},
         u"Add group"_s},
        {"rename group",
         [](ScenarioDocument &d) {
             return d.apply(edited(d, [](Scenario &s) { s.renameGroup(u"staff"_s, u"crew"_s); }),
                            u"Rename"_s);
         },
         get("/staff", basic("carol", "songbird")),
         {}}, // the 403 names the group it needs
        {"group description",
         [](ScenarioDocument &d) {
             return d.apply(edited(d, [](Scenario &s) { s.groups[0].description = u"The crew"_s; }),
                            u"Describe"_s);
         },
         {},
         {}},
        {"remove group",
         [](ScenarioDocument &d) {
             return d.apply(edited(d, [](Scenario &s) { s.removeGroup(u"admins"_s); }),
                            u"Remove group admins"_s);
         },
         get("/admin", basic("bob", "builder")), u"Remove group admins"_s},
        {"add resource",
         [](ScenarioDocument &d) {
             return d.setEntry(u"resources"_s, -1, obj(R"({"path": "/new", "title": "New"})"),
                               u"Add resource /new"_s);
         },
         get("/new"), u"Add resource /new"_s},
        {"resource path",
         [](ScenarioDocument &d) {
             QJsonObject r = d.entry(u"resources"_s, 1);
             r.insert(u"path"_s, u"/open"_s);
             return d.setEntry(u"resources"_s, 1, r, u"Edit resource /public"_s);
         },
         get("/public"),
         {}},
        {"resource match",
         [](ScenarioDocument &d) {
             QJsonObject r = d.entry(u"resources"_s, 1);
             r.insert(u"match"_s, u"prefix"_s);
             return d.setEntry(u"resources"_s, 1, r, u"Edit resource /public"_s);
         },
         get("/public/more"),
         {}},
        {"resource title",
         [](ScenarioDocument &d) {
             QJsonObject r = d.entry(u"resources"_s, 1);
             r.insert(u"title"_s, u"Open to all"_s);
             return d.setEntry(u"resources"_s, 1, r, u"Edit resource /public"_s);
         },
         get("/public"),
         {}},
        {"resource schemes",
         [](ScenarioDocument &d) {
             QJsonObject r = d.entry(u"resources"_s, 2);
             r.insert(u"auth"_s, QJsonArray{u"basic"_s, u"bearer"_s});
             return d.setEntry(u"resources"_s, 2, r, u"Edit resource /staff"_s);
         },
         get("/staff", bearer("bob-token")),
         {}},
        {"resource groups",
         [](ScenarioDocument &d) {
             QJsonObject r = d.entry(u"resources"_s, 3);
             r.insert(u"groups"_s, QJsonArray{u"staff"_s});
             return d.setEntry(u"resources"_s, 3, r, u"Edit resource /admin"_s);
         },
         get("/admin", basic("bob", "builder")),
         {}},
        {"resource scopes",
         [](ScenarioDocument &d) {
             QJsonObject r = d.entry(u"resources"_s, 7);
             r.insert(u"scopes"_s, QJsonArray{u"write"_s});
             return d.setEntry(u"resources"_s, 7, r, u"Edit resource /api/reports"_s);
         },
         get("/api/reports", bearer("bob-token")),
         {}},
        {"resource hidden",
         [](ScenarioDocument &d) {
             QJsonObject r = d.entry(u"resources"_s, 3);
             r.insert(u"hidden"_s, true);
             return d.setEntry(u"resources"_s, 3, r, u"Edit resource /admin"_s);
         },
         get("/admin", basic("bob", "builder")),
         {}},
        {"resource address rules",
         [](ScenarioDocument &d) {
             QJsonObject r = d.entry(u"resources"_s, 1);
             r.insert(u"access"_s, QJsonArray{u"deny all"_s});
             return d.setEntry(u"resources"_s, 1, r, u"Edit resource /public"_s);
         },
         get("/public"),
         {}},
        {"remove resource",
         [](ScenarioDocument &d) { return d.removeEntry(u"resources"_s, 1, u"Remove resource /public"_s); },
         get("/public"), u"Remove resource /public"_s},
        {"server address rules",
         [](ScenarioDocument &d) {
             return d.applyJson(
                 [](QJsonObject &root) { root.insert(u"access"_s, QJsonArray{u"deny all"_s}); },
                 u"Edit the scenario settings"_s);
         },
         get("/public"), u"Edit the scenario settings"_s},
        {"realm",
         [](ScenarioDocument &d) {
             return d.apply(edited(d, [](Scenario &s) { s.realm = u"Elsewhere"_s; }), u"Settings"_s);
         },
         get("/staff"),
         {}},
        {"scenario name",
         [](ScenarioDocument &d) {
             return d.apply(edited(d, [](Scenario &s) { s.name = u"Workshop"_s; }), u"Settings"_s);
         },
         get("/"),
         {}},
        {"scenario description",
         [](ScenarioDocument &d) {
             return d.apply(edited(d, [](Scenario &s) { s.description = u"For the workshop"_s; }),
                            u"Settings"_s);
         },
         {},
         {}},
        {"behaviour combo",
         [](ScenarioDocument &d) {
             d.workbench()->setBehaviour(Behaviour::Never401);
             return true;
         },
         get("/staff"), u"Set the behaviour to never-401"_s},
        {"simulated client",
         [](ScenarioDocument &d) {
             d.workbench()->setSimulatedClient(QHostAddress(u"10.1.2.3"_s));
             return true;
         },
         get("/lan-only", basic("bob", "builder")), u"Set the simulated client address"_s},
        {"proxy toggle",
         [](ScenarioDocument &d) {
             d.workbench()->setProxy(true);
             return true;
         },
         test::request("GET", "http://%HOSTPORT%/public"), u"Turn proxy mode on"_s},
    };
    return cases;
}

} // namespace

class TestEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void undoRedoEveryEditKind_data();
    void undoRedoEveryEditKind();
    void consecutiveAddressEditsMergeIntoOneStep();
    void refusedEditsGetTheLoadersMessage_data();
    void refusedEditsGetTheLoadersMessage();
    void dialogShowsTheLoadersMessageAndStaysOpen();
    void failingSaveLeavesTheOldFileIntact();
    void saveIntoAFileAsDirectoryFailsWithAReason();
    void loadErrorsLeaveTheScenarioUntouched_data();
    void loadErrorsLeaveTheScenarioUntouched();
    void defaultRoundTripsByteForByte();
    void handWrittenKeyOrderSurvivesAnEdit();
    void clientSetupRoundTrips();
    void newAndFilesWithoutAClientStartFromTheDefaultSetUp();
    void modifiedFollowsTheHistory();
    void recentFilesAreRemembered();

private:
    QString answer(const QByteArray &request);

    std::unique_ptr<Workbench> wb;
    std::unique_ptr<ScenarioDocument> doc;
};

void TestEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"AuthLabTests"_s);
    QCoreApplication::setApplicationName(u"tst_editor"_s);
}

void TestEditor::init()
{
    QSettings().clear();
    wb = std::make_unique<Workbench>();
    QVERIFY(wb->startServer(0));
    doc = std::make_unique<ScenarioDocument>(wb.get());
}

void TestEditor::cleanup()
{
    doc.reset();
    wb.reset();
}

// What the live server answers: status, challenge and body (without what changes per request).
QString TestEditor::answer(const QByteArray &request)
{
    QByteArray bytes = request;
    bytes.replace("%HOSTPORT%", wb->serverUrl().authority().toLatin1());
    test::Response r;
    QString error;
    if (!test::exchange(wb->server(), bytes, r, error))
        return u"no answer: "_s + error;
    return QString::number(r.status) + u' ' + QString::fromLatin1(r.header("WWW-Authenticate")) + u' ' +
           QString::fromUtf8(r.body);
}

void TestEditor::undoRedoEveryEditKind_data()
{
    QTest::addColumn<int>("kind");
    for (int i = 0; i < editCases().size(); ++i)
        QTest::newRow(editCases()[i].name) << i;
}

void TestEditor::undoRedoEveryEditKind()
{
    QFETCH(int, kind);
    const EditCase &c = editCases()[kind];
    const QByteArray before = ScenarioIO::toJson(wb->scenario());
    const QString answerBefore = c.request.isEmpty() ? QString() : answer(c.request);

    QVERIFY2(c.edit(*doc), "the edit is accepted");
    const QByteArray after = ScenarioIO::toJson(wb->scenario());
    QVERIFY2(after != before, "the scenario changed");
    QCOMPARE(doc->undoStack()->count(), 1);
    QVERIFY(doc->isModified());
    if (!c.undoText.isEmpty())
        QCOMPARE(doc->undoStack()->undoText(), c.undoText);
    const QString answerAfter = c.request.isEmpty() ? QString() : answer(c.request);
    if (!c.request.isEmpty())
        QVERIFY2(answerAfter != answerBefore, qPrintable(u"the server's answer changed: "_s + answerAfter));

    doc->undoStack()->undo();
    QCOMPARE(ScenarioIO::toJson(wb->scenario()), before);
    QVERIFY(!doc->isModified());
    if (!c.request.isEmpty())
        QCOMPARE(answer(c.request), answerBefore);

    doc->undoStack()->redo();
    QCOMPARE(ScenarioIO::toJson(wb->scenario()), after);
    if (!c.request.isEmpty())
        QCOMPARE(answer(c.request), answerAfter);
    QCOMPARE(doc->undoStack()->count(), 1); // redo records nothing new
}

void TestEditor::consecutiveAddressEditsMergeIntoOneStep()
{
    // Typing an address in the client pane edits the scenario on every change: one step.
    wb->setSimulatedClient(QHostAddress(u"10.1.2.3"_s));
    wb->setSimulatedClient(QHostAddress(u"10.1.2.4"_s));
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    QVERIFY(wb->scenario().simulatedClient.isNull());
}

void TestEditor::refusedEditsGetTheLoadersMessage_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<int>("index");
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("says");

    QTest::newRow("user name with a colon")
        << u"users"_s << -1 << QByteArray(R"({"name": "a:b", "password": "x", "groups": []})")
        << u"users[4].name"_s << u"colon"_s;
    QTest::newRow("duplicate user") << u"users"_s << -1
                                    << QByteArray(R"({"name": "bob", "password": "x", "groups": []})")
                                    << u"users[4].name"_s << u"duplicate user"_s;
    QTest::newRow("token not a b64token")
        << u"users"_s << 2
        << QByteArray(
               R"({"name": "carol", "password": "songbird", "groups": [], "tokens": [{"token": "a b", "scopes": []}]})")
        << u"users[2].tokens[0].token"_s << u"b64token"_s;
    QTest::newRow("scope with a space")
        << u"users"_s << 2
        << QByteArray(
               R"({"name": "carol", "password": "songbird", "groups": [], "tokens": [{"token": "c", "scopes": ["read write"]}]})")
        << u"users[2].tokens[0].scopes[0]"_s << u"RFC 6750"_s;
    QTest::newRow("duplicate path") << u"resources"_s << -1 << QByteArray(R"({"path": "/staff"})")
                                    << u"resources[10].path"_s << u"duplicate resource path"_s;
    QTest::newRow("address rule") << u"resources"_s << 1
                                  << QByteArray(R"({"path": "/public", "access": ["allow the office"]})")
                                  << u"resources[1].access[0]"_s << u"not an address rule"_s;
    QTest::newRow("unknown group") << u"resources"_s << 1
                                   << QByteArray(
                                          R"({"path": "/public", "auth": ["basic"], "groups": ["nope"]})")
                                   << u"resources[1].groups[0]"_s << u"does not exist"_s;
    QTest::newRow("group name") << u"groups"_s << -1 << QByteArray(R"({"name": ""})") << u"groups[2].name"_s
                                << u"non-empty"_s;
}

void TestEditor::refusedEditsGetTheLoadersMessage()
{
    QFETCH(QString, section);
    QFETCH(int, index);
    QFETCH(QByteArray, entry);
    QFETCH(QString, where);
    QFETCH(QString, says);
    const QByteArray before = ScenarioIO::toJson(wb->scenario());

    QList<ScenarioProblem> problems;
    QVERIFY2(!doc->setEntry(section, index, obj(entry), u"Edit"_s, &problems), "the edit is refused");
    QVERIFY(!problems.isEmpty());
    QCOMPARE(problems.first().where, where);
    QVERIFY2(problems.first().message.contains(says), qPrintable(problems.first().message));

    // The very message a file with that content gets from the loader.
    QJsonObject root = ScenarioIO::toJsonObject(wb->scenario());
    QJsonArray a = root.value(section).toArray();
    if (index >= 0)
        a.replace(index, obj(entry));
    else
        a.append(obj(entry));
    root.insert(section, a);
    const ScenarioLoad file = ScenarioIO::fromJson(QJsonDocument(root).toJson(), u"edited.json"_s);
    QVERIFY(!file.ok());
    QCOMPARE(file.problems.first().where, problems.first().where);
    QCOMPARE(file.problems.first().message, problems.first().message);

    QCOMPARE(ScenarioIO::toJson(wb->scenario()), before); // nothing changed
    QCOMPARE(doc->undoStack()->count(), 0);
    QVERIFY(!doc->isModified());
}

void TestEditor::dialogShowsTheLoadersMessageAndStaysOpen()
{
    QList<ScenarioProblem> got;
    auto apply = [this](const QJsonObject &v, QList<ScenarioProblem> *problems) {
        return doc->setEntry(u"users"_s, -1, v, u"Add user"_s, problems);
    };
    UserDialog dialog(QJsonObject(), {u"staff"_s, u"admins"_s}, apply, nullptr);
    dialog.show();
    dialog.nameEdit()->setText(u"a:b"_s);
    dialog.passwordEdit()->setText(u"pw"_s);
    dialog.accept();
    QVERIFY2(dialog.isVisible(), "a refused edit keeps the dialog open");
    QVERIFY2(dialog.problemLabel()->isVisible(), "and says why");
    QVERIFY2(dialog.problemLabel()->text().contains(u"users[4].name: a user name must not contain a colon"_s),
             qPrintable(dialog.problemLabel()->text()));
    QCOMPARE(wb->scenario().users.size(), 4);

    dialog.nameEdit()->setText(u"dave"_s);
    dialog.groupBox(u"staff"_s)->setChecked(true);
    dialog.addToken(u"dave-token"_s, {u"read"_s}, true);
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(wb->scenario().users.size(), 5);
    const User &dave = wb->scenario().users.last();
    QCOMPARE(dave.name, u"dave"_s);
    QCOMPARE(dave.groups, QStringList{u"staff"_s});
    QCOMPARE(dave.tokens.size(), 1);
    QVERIFY(dave.tokens[0].expired);
    QCOMPARE(doc->undoStack()->undoText(), u"Add user"_s);
}

void TestEditor::failingSaveLeavesTheOldFileIntact()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"scenario.json"_s);
    const QByteArray old = "{\"the old file\": true}\n";
    QVERIFY(writeFile(path, old));
    QVERIFY(doc->apply(ScenarioIO::defaultScenario(), u"x"_s));
    // A write that fails half-way (the file size limit; also as root, unlike a read-only
    // directory): EFBIG instead of SIGXFSZ.
    struct rlimit saved
    {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previous = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = saved;
    small.rlim_cur = 64;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    QString error;
    const bool saved1 = doc->saveAs(path, &error);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previous);
    QVERIFY2(!saved1, "the save fails");
    QVERIFY2(error.contains(path) && error.contains(u"cannot write"_s), qPrintable(error));
    QCOMPARE(readFile(path), old);
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(left, QStringList{u"scenario.json"_s}); // no temporary file left behind
    QVERIFY2(doc->filePath().isEmpty(), "the document still has no file");

    // With room to write, the same save replaces the file completely.
    QVERIFY2(doc->saveAs(path, &error), qPrintable(error));
    QCOMPARE(readFile(path), doc->toJson());
}

void TestEditor::saveIntoAFileAsDirectoryFailsWithAReason()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"plain"_s);
    QVERIFY(writeFile(file, "x"));
    QString error;
    QVERIFY(!doc->saveAs(file + u"/scenario.json"_s, &error));
    QVERIFY2(error.contains(file + u"/scenario.json"_s), qPrintable(error));
    QCOMPARE(readFile(file), QByteArray("x"));
}

void TestEditor::loadErrorsLeaveTheScenarioUntouched_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("says");
    const QByteArray head = R"({"format": "authlab-scenario", "version": 1, )";
    QTest::newRow("syntax") << QByteArray(head + R"("users": [)") << u"line 1, column"_s
                            << u"not valid JSON"_s;
    QTest::newRow("unknown group")
        << QByteArray(head + R"("users": [{"name": "x", "password": "y", "groups": ["nope"]}]})")
        << u"users[0].groups[0]"_s << u"does not exist"_s;
    QTest::newRow("client scheme") << QByteArray(head + R"("client": {"scheme": "ntlm"}})")
                                   << u"client.scheme"_s << u"ntlm"_s;
    QTest::newRow("client unknown field")
        << QByteArray(head + R"("client": {"colour": "red"}})") << u"client.colour"_s << u"unknown field"_s;
    QTest::newRow("client watched") << QByteArray(head + R"("client": {"watched": ["/staff"]}})")
                                    << u"client.watched[0]"_s << u"GET /staff"_s;
    QTest::newRow("client not an object")
        << QByteArray(head + R"("client": []})") << u"client"_s << u"object"_s;
}

void TestEditor::loadErrorsLeaveTheScenarioUntouched()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.json"_s);
    QVERIFY(writeFile(path, json));
    wb->setMembership(u"bob"_s, u"admins"_s, true); // an unsaved edit
    const QByteArray before = ScenarioIO::toJson(wb->scenario());
    const RequestSpec request = wb->request();

    QList<ScenarioProblem> problems;
    QVERIFY(!doc->open(path, &problems));
    QVERIFY(!problems.isEmpty());
    QCOMPARE(problems.first().file, path);
    QVERIFY2(problems.first().where.startsWith(where), qPrintable(problems.first().toString()));
    QVERIFY2(problems.first().message.contains(says), qPrintable(problems.first().toString()));
    QCOMPARE(ScenarioIO::toJson(wb->scenario()), before);
    QCOMPARE(wb->request(), request);
    QVERIFY2(doc->isModified(), "the unsaved edit is still there");
    QCOMPARE(doc->undoStack()->count(), 1);
    QVERIFY(doc->filePath().isEmpty());
}

void TestEditor::defaultRoundTripsByteForByte()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(u"first.json"_s), second = dir.filePath(u"second.json"_s);
    QString error;
    QVERIFY2(doc->saveAs(first, &error), qPrintable(error));
    QList<ScenarioProblem> problems;
    QVERIFY(doc->open(first, &problems));
    QVERIFY2(doc->saveAs(second, &error), qPrintable(error));
    const QByteArray a = readFile(first), b = readFile(second);
    QVERIFY(a.contains("\"client\""));
    QCOMPARE(b, a);
    // The scenario part alone too, as `serve` would write it.
    const ScenarioLoad l = ScenarioIO::fromJson(ScenarioIO::toJson(ScenarioIO::defaultScenario()), u"d"_s);
    QVERIFY(l.ok());
    QCOMPARE(ScenarioIO::toJson(*l.scenario, l.layout), ScenarioIO::toJson(ScenarioIO::defaultScenario()));
}

void TestEditor::handWrittenKeyOrderSurvivesAnEdit()
{
    const QByteArray hand = R"({
    "users": [
        {"groups": ["staff"], "password": "builder", "name": "bob"},
        {"password": "wonderland", "name": "alice", "groups": []}
    ],
    "resources": [
        {"auth": ["basic"], "title": "Staff", "path": "/staff", "groups": ["staff"]},
        {"title": "Public", "path": "/public"}
    ],
    "groups": [{"description": "Everyone", "name": "staff"}],
    "behaviour": "rfc9110",
    "version": 1,
    "format": "authlab-scenario"
}
)";
    QTemporaryDir dir;
    const QString path = dir.filePath(u"hand.json"_s);
    QVERIFY(writeFile(path, hand));
    QList<ScenarioProblem> problems;
    QVERIFY(doc->open(path, &problems));
    // Saved unchanged: the same keys in the same order, then what the file did not have (the
    // realm's default and the client set-up) in the canonical order.
    QString error;
    QVERIFY2(doc->save(&error), qPrintable(error));
    QStringList keys = keySequence(readFile(path));
    const QStringList original = keySequence(hand);
    QCOMPARE(keys.mid(0, original.size()), original);
    QCOMPARE(keys.mid(original.size(), 2), (QStringList{u"realm"_s, u"client"_s}));

    // An edit: alice joins staff, a resource gets hidden, a new user is added. Existing objects
    // keep their order, the new key goes after the known ones, the new user takes the users' order.
    QVERIFY(wb->setMembership(u"alice"_s, u"staff"_s, true));
    QJsonObject staff = doc->entry(u"resources"_s, 0);
    staff.insert(u"hidden"_s, true);
    QVERIFY(doc->setEntry(u"resources"_s, 0, staff, u"Edit"_s));
    QVERIFY(
        doc->setEntry(u"users"_s, -1, obj(R"({"name": "dave", "password": "pw", "groups": []})"), u"Add"_s));
    QVERIFY2(doc->save(&error), qPrintable(error));
    const QByteArray saved = readFile(path);
    keys = keySequence(saved);
    const QStringList expected = {
        u"users"_s,  u"groups"_s,      u"password"_s, u"name"_s,      u"password"_s,  u"name"_s,
        u"groups"_s, u"groups"_s,      u"password"_s, u"name"_s,      u"resources"_s, u"auth"_s,
        u"title"_s,  u"path"_s,        u"groups"_s,   u"hidden"_s,    u"title"_s,     u"path"_s,
        u"groups"_s, u"description"_s, u"name"_s,     u"behaviour"_s, u"version"_s,   u"format"_s,
        u"realm"_s,  u"client"_s};
    QCOMPARE(keys.mid(0, expected.size()), expected);
    // And it loads.
    QVERIFY(ScenarioIO::fromJson(saved, path).ok());
}

void TestEditor::clientSetupRoundTrips()
{
    RequestSpec r = wb->request();
    r.method = "POST";
    r.url = wb->urlFor(u"/admin?x=1"_s);
    r.identity = Identity::custom(u"eve"_s, u"secret"_s);
    r.credentials = CredentialState::Malformed;
    r.scheme = ClientScheme::Bearer;
    r.encoding = basic::Encoding::Latin1;
    r.flow = ClientFlow::ChallengeFirst;
    r.followRedirects = true;
    r.proxy = wb->serverUrl().resolved(QUrl(u"/"_s));
    r.proxyCredentials = ProxyCredentials::None;
    wb->setRequest(r);
    const QList<Watch> watches = {{"GET", u"/vault"_s}, {"HEAD", u"/staff"_s}};
    wb->setWatches(watches);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"client.json"_s);
    QString error;
    QVERIFY2(doc->saveAs(path, &error), qPrintable(error));
    const QByteArray bytes = readFile(path);
    QVERIFY2(bytes.contains(R"("url": "/admin?x=1")"), bytes.constData()); // relative to the embedded server
    QVERIFY2(bytes.contains(R"("watched": ["GET /vault", "HEAD /staff"])"), bytes.constData());

    // Opened by another window, whose server listens on another port.
    Workbench other;
    QVERIFY(other.startServer(0));
    QVERIFY(other.serverUrl() != wb->serverUrl());
    ScenarioDocument otherDoc(&other);
    QList<ScenarioProblem> problems;
    QVERIFY(otherDoc.open(path, &problems));
    const RequestSpec &o = other.request();
    QCOMPARE(o.method, QByteArray("POST"));
    QCOMPARE(o.url, other.urlFor(u"/admin?x=1"_s));
    QCOMPARE(o.identity, r.identity);
    QCOMPARE(o.credentials, r.credentials);
    QCOMPARE(o.scheme, r.scheme);
    QCOMPARE(o.encoding, r.encoding);
    QCOMPARE(o.flow, r.flow);
    QCOMPARE(o.followRedirects, true);
    QCOMPARE(o.proxy, other.serverUrl().resolved(QUrl(u"/"_s)));
    QCOMPARE(o.proxyCredentials, ProxyCredentials::None);
    QCOMPARE(other.watches(), watches);

    // The server's root URL has no path: it is saved as "/" and read back.
    r.url = wb->serverUrl();
    r.url.setPath(QString());
    wb->setRequest(r);
    QVERIFY2(doc->saveAs(path, &error), qPrintable(error));
    QVERIFY2(readFile(path).contains(R"("url": "/")"), readFile(path).constData());
    QVERIFY(otherDoc.open(path, &problems));
    QCOMPARE(other.request().url.path(), u"/"_s);

    // The headless server reads the same file and ignores the client set-up.
    const ScenarioLoad l = ScenarioIO::load(path);
    QVERIFY2(l.ok(), qPrintable(l.errorText()));
}

// New, or a file without a "client" key, starts from the default client set-up: the last
// document's identity (a typed password included) and watches must not move into this one.
void TestEditor::newAndFilesWithoutAClientStartFromTheDefaultSetUp()
{
    RequestSpec r = wb->request();
    r.identity = Identity::custom(u"eve"_s, u"typed-secret"_s);
    r.url = wb->urlFor(u"/vault"_s);
    wb->setRequest(r);
    wb->setWatches({{"GET", u"/staff"_s}});

    doc->newDocument();
    QCOMPARE(wb->request().identity, Workbench::defaultRequest().identity);
    QCOMPARE(wb->request().url, wb->urlFor(u"/admin"_s));
    QCOMPARE(wb->watches(), Workbench::defaultWatches());
    QVERIFY(!doc->toJson().contains("typed-secret"));

    // The same for a file that has no client set-up (a hand-written one, or serve's).
    wb->setRequest(r);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plain.json"_s);
    QVERIFY(ScenarioIO::save(ScenarioIO::defaultScenario(), path, nullptr));
    QList<ScenarioProblem> problems;
    QVERIFY(doc->open(path, &problems));
    QCOMPARE(wb->request().identity, Workbench::defaultRequest().identity);
    QVERIFY(!doc->toJson().contains("typed-secret"));
}

void TestEditor::modifiedFollowsTheHistory()
{
    QSignalSpy modified(doc.get(), &ScenarioDocument::modifiedChanged);
    QVERIFY(!doc->isModified());
    QCOMPARE(doc->displayName(), u"Untitled"_s);
    wb->setBehaviour(Behaviour::HideAll);
    QVERIFY(doc->isModified());
    QCOMPARE(modified.size(), 1);
    doc->undoStack()->undo();
    QVERIFY2(!doc->isModified(), "back where it was saved (or opened): clean");
    doc->undoStack()->redo();
    QTemporaryDir dir;
    QString error;
    QVERIFY(doc->saveAs(dir.filePath(u"m.json"_s), &error));
    QVERIFY(!doc->isModified());
    QCOMPARE(doc->displayName(), u"m.json"_s);
    doc->undoStack()->undo(); // before the save: modified again
    QVERIFY(doc->isModified());
}

void TestEditor::recentFilesAreRemembered()
{
    QTemporaryDir dir;
    QString error;
    for (const char *name : {"a.json", "b.json", "a.json"})
        QVERIFY(doc->saveAs(dir.filePath(QLatin1String(name)), &error));
    QCOMPARE(doc->recentFiles(), (QStringList{dir.filePath(u"a.json"_s), dir.filePath(u"b.json"_s)}));
    ScenarioDocument again(wb.get()); // another session reads them from QSettings
    QCOMPARE(again.recentFiles().size(), 2);
    doc->clearRecentFiles();
    QVERIFY(again.recentFiles().isEmpty());
}

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
