// Scenario files: the built-in default scenario (BRIEF.md), error reporting with file,
// JSON path and message, lossless save/load, and atomic saves.

#include "scenario/scenarioio.h"

#include "scenario/safefile.h"
#include "scenario/scenario.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace authlab;
using namespace Qt::StringLiterals;

namespace {

// A small valid scenario file, assembled from parts so that each test row can replace one.
struct Doc
{
    QByteArray format = QByteArrayLiteral("\"authlab-scenario\"");
    QByteArray version = QByteArrayLiteral("1");
    QByteArray groups =
        QByteArrayLiteral(R"([{"name": "staff"}, {"name": "admins", "description": "Admins"}])");
    QByteArray users = QByteArrayLiteral(R"([
        {"name": "alice", "password": "wonderland", "groups": ["staff", "admins"],
         "tokens": [{"token": "alice-token", "scopes": ["read"]}]},
        {"name": "bob", "password": "builder", "groups": ["staff"]}
    ])");
    QByteArray resources = QByteArrayLiteral(R"([
        {"path": "/", "title": "Index"},
        {"path": "/staff", "auth": ["basic"], "groups": ["staff"]},
        {"path": "/api/", "match": "prefix", "auth": ["bearer"], "scopes": ["read"]}
    ])");
    QByteArray extra; // further top-level members, each followed by a comma

    QByteArray json() const
    {
        return "{\n    \"format\": " + format + ",\n    \"version\": " + version + ",\n    " + extra +
               "\"groups\": " + groups + ",\n    \"users\": " + users + ",\n    \"resources\": " + resources +
               "\n}\n";
    }
};

QStringList wheres(const ScenarioLoad &l)
{
    QStringList out;
    for (const ScenarioProblem &p : l.problems)
        out.append(p.where);
    return out;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

QStringList rulesText(const AddressRules &rules)
{
    QStringList out;
    for (const AddressRule &rule : rules)
        out.append(rule.toString());
    return out;
}

QStringList subnets(const Resource &r)
{
    return rulesText(r.access);
}

QStringList schemeNames(const Resource &r)
{
    QStringList out;
    for (AuthScheme s : r.schemes)
        out.append(schemeName(s));
    return out;
}

// Field-by-field comparison of everything a scenario file carries.
void compareScenarios(const Scenario &actual, const Scenario &expected)
{
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.description, expected.description);
    QCOMPARE(actual.realm, expected.realm);
    QCOMPARE(behaviourId(actual.behaviour), behaviourId(expected.behaviour));
    QCOMPARE(rulesText(actual.access), rulesText(expected.access));
    QCOMPARE(actual.simulatedClient, expected.simulatedClient);
    QCOMPARE(actual.proxy, expected.proxy);
    QCOMPARE(actual.groups.size(), expected.groups.size());
    for (qsizetype i = 0; i < expected.groups.size(); ++i) {
        QCOMPARE(actual.groups[i].name, expected.groups[i].name);
        QCOMPARE(actual.groups[i].description, expected.groups[i].description);
    }
    QCOMPARE(actual.users.size(), expected.users.size());
    for (qsizetype i = 0; i < expected.users.size(); ++i) {
        const User &a = actual.users[i];
        const User &e = expected.users[i];
        QCOMPARE(a.name, e.name);
        QCOMPARE(a.password, e.password);
        QCOMPARE(a.groups, e.groups);
        QCOMPARE(a.tokens.size(), e.tokens.size());
        for (qsizetype k = 0; k < e.tokens.size(); ++k) {
            QCOMPARE(a.tokens[k].value, e.tokens[k].value);
            QCOMPARE(a.tokens[k].scopes, e.tokens[k].scopes);
            QCOMPARE(a.tokens[k].expired, e.tokens[k].expired);
        }
    }
    QCOMPARE(actual.resources.size(), expected.resources.size());
    for (qsizetype i = 0; i < expected.resources.size(); ++i) {
        const Resource &a = actual.resources[i];
        const Resource &e = expected.resources[i];
        QCOMPARE(a.path, e.path);
        QCOMPARE(a.match, e.match);
        QCOMPARE(a.title, e.title);
        QCOMPARE(a.description, e.description);
        QCOMPARE(schemeNames(a), schemeNames(e));
        QCOMPARE(a.groups, e.groups);
        QCOMPARE(a.scopes, e.scopes);
        QCOMPARE(a.hidden, e.hidden);
        QCOMPARE(subnets(a), subnets(e));
    }
}

// A scenario that uses every feature of the file format, with awkward text.
Scenario richScenario()
{
    Scenario s;
    s.name = QStringLiteral("Rich \"scenario\" \u2014 \u00e9t\u00e9");
    s.description = QStringLiteral("Line one\nline two\twith a tab, a backslash \\ and emoji \U0001F511");
    s.realm = QStringLiteral("Realm with \"quotes\", commas and \\");
    s.proxy = true;
    s.groups = {{QStringLiteral("staff"), QStringLiteral("Everyone")},
                {QStringLiteral("admins"), QString()},
                {QStringLiteral("\u00e9quipe"), QStringLiteral("Accented group")}};
    User alice;
    alice.name = QStringLiteral("alice");
    alice.password = QStringLiteral("pa:ss \"word\" \u00a3");
    alice.groups = {QStringLiteral("staff"), QStringLiteral("admins")};
    alice.tokens = {
        Token{QStringLiteral("alice-token"), {QStringLiteral("read"), QStringLiteral("write")}, false, {}},
        Token{QStringLiteral("old+token/=="), {}, true, {}}};
    User zoe;
    zoe.name = QStringLiteral("zo\u00eb");
    zoe.password = QStringLiteral("cr\u00e8me br\u00fbl\u00e9e");
    zoe.groups = {QStringLiteral("\u00e9quipe")};
    User nobody;
    nobody.name = QStringLiteral("nobody");
    nobody.password = QString();
    s.users = {alice, zoe, nobody};

    Resource index;
    index.path = QStringLiteral("/");
    Resource app;
    app.path = QStringLiteral("/app/");
    app.match = Resource::Match::Prefix;
    app.title = QStringLiteral("App");
    app.description = QStringLiteral("Prefix resource");
    app.schemes = {AuthScheme::Session, AuthScheme::Bearer};
    app.scopes = {QStringLiteral("read")};
    Resource vault;
    vault.path = QStringLiteral("/vault");
    vault.schemes = {AuthScheme::Basic, AuthScheme::Digest};
    vault.groups = {QStringLiteral("admins"), QStringLiteral("\u00e9quipe")};
    vault.hidden = true;
    vault.access = {*AddressRule::parse(QStringLiteral("deny 10.9.0.0/16")),
                    *AddressRule::parse(QStringLiteral("allow 10.0.0.0/8")),
                    *AddressRule::parse(QStringLiteral("allow 192.168.1.7")),
                    *AddressRule::parse(QStringLiteral("allow fd00::/8")),
                    *AddressRule::parse(QStringLiteral("deny all"))};
    s.access = {*AddressRule::parse(QStringLiteral("deny 192.0.2.0/24"))};
    s.simulatedClient = QHostAddress(QStringLiteral("10.1.2.3"));
    Resource exact;
    exact.path = QStringLiteral("/app/");
    exact.schemes = {AuthScheme::Basic};
    s.resources = {index, app, vault, exact};
    s.finalize();
    return s;
}

} // namespace

class tst_Scenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultScenarioLoads();
    void defaultUsers_data();
    void defaultUsers();
    void defaultResources_data();
    void defaultResources();
    void defaultResourceLookup_data();
    void defaultResourceLookup();
    void nestedResourceLookup_data();
    void nestedResourceLookup();

    void validDocumentLoads();
    void problems_data();
    void problems();
    void severalProblemsAllReported();
    void syntaxErrorLineAndColumn_data();
    void syntaxErrorLineAndColumn();
    void problemNamesTheFile();
    void loadMissingFile();
    void duplicateKeys_data();
    void duplicateKeys();
    void loadRefusesUnsafeFiles_data();
    void loadRefusesUnsafeFiles();
    void safeFileReadsAtMostTheLimit();

    void addressRules_data();
    void addressRules();
    void addressRuleProblems_data();
    void addressRuleProblems();

    void roundTripDefault();
    void roundTripRich();
    void saveAndLoadFile();
    void saveIntoMissingDirectory();
    void saveReplacesExistingFile();
    void saveOverDirectoryFails();
};

// ---------------------------------------------------------------------------------------
// The default scenario (BRIEF.md: "The names in this table are an interface")

void tst_Scenario::defaultScenarioLoads()
{
    const ScenarioLoad l = ScenarioIO::load(ScenarioIO::defaultScenarioPath());
    QVERIFY2(l.ok(), qPrintable(l.errorText()));
    QVERIFY(l.problems.isEmpty());
    const Scenario s = ScenarioIO::defaultScenario();
    QCOMPARE(s.realm, QStringLiteral("AuthLab"));
    QCOMPARE(behaviourId(s.behaviour), QStringLiteral("rfc9110"));
    QVERIFY2(!s.proxy, "the proxy is off unless asked for");
    QCOMPARE(s.users.size(), 4);
    QCOMPARE(s.resources.size(), 10);
    QStringList groups;
    for (const Group &g : s.groups)
        groups.append(g.name);
    QCOMPARE(groups, (QStringList{QStringLiteral("staff"), QStringLiteral("admins")}));
}

void tst_Scenario::defaultUsers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QStringList>("scopes");

    const QString staff = QStringLiteral("staff");
    const QString admins = QStringLiteral("admins");
    QTest::newRow("alice") << QStringLiteral("alice") << QStringLiteral("wonderland")
                           << QStringList{staff, admins} << QStringLiteral("alice-token")
                           << QStringList{QStringLiteral("read"), QStringLiteral("write")};
    QTest::newRow("bob") << QStringLiteral("bob") << QStringLiteral("builder") << QStringList{staff}
                         << QStringLiteral("bob-token") << QStringList{QStringLiteral("read")};
    QTest::newRow("carol") << QStringLiteral("carol") << QStringLiteral("songbird") << QStringList()
                           << QString() << QStringList();
    QTest::newRow("zoë") << QStringLiteral("zo\u00eb") << QStringLiteral("cr\u00e8me br\u00fbl\u00e9e")
                         << QStringList{staff} << QString() << QStringList();
}

void tst_Scenario::defaultUsers()
{
    QFETCH(QString, name);
    QFETCH(QString, password);
    QFETCH(QStringList, groups);
    QFETCH(QString, token);
    QFETCH(QStringList, scopes);

    const Scenario s = ScenarioIO::defaultScenario();
    const int i = s.userIndex(name);
    QVERIFY2(i >= 0, qPrintable(name));
    const User &u = s.users[i];
    QCOMPARE(u.name, name);
    QCOMPARE(u.password, password);
    QCOMPARE(u.groups, groups);
    // finalize() ran: the UTF-8 copies the decision compares against are there
    QCOMPARE(u.nameUtf8, name.toUtf8());
    QCOMPARE(u.passwordUtf8, password.toUtf8());
    if (token.isEmpty()) {
        QVERIFY2(u.tokens.isEmpty(), qPrintable(name));
    } else {
        QCOMPARE(u.tokens.size(), 1);
        QCOMPARE(u.tokens.first().value, token);
        QCOMPARE(u.tokens.first().scopes, scopes);
        QCOMPARE(u.tokens.first().expired, false);
        QCOMPARE(u.tokens.first().valueUtf8, token.toUtf8());
    }
    if (name.startsWith(QLatin1String("zo"))) {
        // zoë with a precomposed ë (U+00EB), as RFC 7617's charset example needs
        QCOMPARE(u.name.size(), 3);
        QCOMPARE(u.name.at(2), QChar(0x00eb));
        QCOMPARE(u.nameUtf8, QByteArrayLiteral("zo\xc3\xab"));
    }
}

void tst_Scenario::defaultResources_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("prefix");
    QTest::addColumn<QStringList>("schemes");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<bool>("hidden");
    QTest::addColumn<QStringList>("access");

    const QStringList none;
    const QStringList basic{QStringLiteral("Basic")};
    const QStringList staff{QStringLiteral("staff")};
    const QStringList admins{QStringLiteral("admins")};
    QTest::newRow("/") << QStringLiteral("/") << false << none << none << none << false << none;
    QTest::newRow("/public") << QStringLiteral("/public") << false << none << none << none << false << none;
    QTest::newRow("/staff") << QStringLiteral("/staff") << false << basic << staff << none << false << none;
    QTest::newRow("/admin") << QStringLiteral("/admin") << false << basic << admins << none << false << none;
    QTest::newRow("/vault") << QStringLiteral("/vault") << false << basic << admins << none << true << none;
    QTest::newRow("/lan-only") << QStringLiteral("/lan-only") << false << basic << none << none << false
                               << QStringList{QStringLiteral("allow 10.0.0.0/8"), QStringLiteral("deny all")};
    QTest::newRow("/digest/staff") << QStringLiteral("/digest/staff") << false
                                   << QStringList{QStringLiteral("Digest")} << staff << none << false << none;
    QTest::newRow("/api/reports") << QStringLiteral("/api/reports") << false
                                  << QStringList{QStringLiteral("Bearer")} << none
                                  << QStringList{QStringLiteral("read")} << false << none;
    QTest::newRow("/api/admin") << QStringLiteral("/api/admin") << false
                                << QStringList{QStringLiteral("Bearer")} << none
                                << QStringList{QStringLiteral("admin")} << false << none;
    QTest::newRow("/app/") << QStringLiteral("/app/") << true
                           << QStringList{QStringLiteral("session"), QStringLiteral("Bearer")} << none << none
                           << false << none;
}

void tst_Scenario::defaultResources()
{
    QFETCH(QString, path);
    QFETCH(bool, prefix);
    QFETCH(QStringList, schemes);
    QFETCH(QStringList, groups);
    QFETCH(QStringList, scopes);
    QFETCH(bool, hidden);
    QFETCH(QStringList, access);

    const Scenario s = ScenarioIO::defaultScenario();
    int found = -1;
    for (qsizetype i = 0; i < s.resources.size(); ++i) {
        if (s.resources[i].path == path)
            found = int(i);
    }
    QVERIFY2(found >= 0, qPrintable(path));
    const Resource &r = s.resources[found];
    QCOMPARE(r.match == Resource::Match::Prefix, prefix);
    QCOMPARE(schemeNames(r), schemes);
    QCOMPARE(r.isPublic(), schemes.isEmpty());
    QCOMPARE(r.groups, groups);
    QCOMPARE(r.scopes, scopes);
    QCOMPARE(r.hidden, hidden);
    QCOMPARE(subnets(r), access);
    QVERIFY2(!r.title.isEmpty(), qPrintable(path));
}

void tst_Scenario::defaultResourceLookup_data()
{
    QTest::addColumn<QString>("requestPath");
    QTest::addColumn<QString>("resource"); // empty: none

    QTest::newRow("/") << QStringLiteral("/") << QStringLiteral("/");
    QTest::newRow("/staff") << QStringLiteral("/staff") << QStringLiteral("/staff");
    QTest::newRow("/staff/ is not /staff") << QStringLiteral("/staff/") << QString();
    QTest::newRow("/staffroom") << QStringLiteral("/staffroom") << QString();
    QTest::newRow("/app/ prefix itself") << QStringLiteral("/app/") << QStringLiteral("/app/");
    QTest::newRow("/app/reports under the prefix")
        << QStringLiteral("/app/reports") << QStringLiteral("/app/");
    QTest::newRow("/app is not under /app/") << QStringLiteral("/app") << QString();
    QTest::newRow("/digest/staff") << QStringLiteral("/digest/staff") << QStringLiteral("/digest/staff");
    QTest::newRow("/nope") << QStringLiteral("/nope") << QString();
}

void tst_Scenario::defaultResourceLookup()
{
    QFETCH(QString, requestPath);
    QFETCH(QString, resource);

    const Scenario s = ScenarioIO::defaultScenario();
    const int i = s.resourceIndexForPath(requestPath);
    QCOMPARE(i >= 0 ? s.resources[i].path : QString(), resource);
}

// Exact beats any prefix wherever it is listed; among prefixes the longest wins; a prefix
// longer than the request path, or one that only shares bytes with it, never matches; an edit
// followed by finalize() is what a lookup sees.
void tst_Scenario::nestedResourceLookup_data()
{
    QTest::addColumn<QString>("requestPath");
    QTest::addColumn<QString>("resource"); // "path (prefix)" or "path"; empty: none

    QTest::newRow("exact listed after a covering prefix") << u"/a/b/c"_s << u"/a/b/c"_s;
    QTest::newRow("longest prefix, listed last") << u"/a/b/x"_s << u"/a/b/ (prefix)"_s;
    QTest::newRow("shorter prefix") << u"/a/x"_s << u"/a/ (prefix)"_s;
    QTest::newRow("prefix itself") << u"/a/"_s << u"/a/ (prefix)"_s;
    QTest::newRow("exact under no prefix") << u"/solo"_s << u"/solo"_s;
    QTest::newRow("shorter than every prefix") << u"/a"_s << QString();
    QTest::newRow("shares bytes only") << u"/ab/"_s << QString();
    QTest::newRow("non-ASCII prefix") << u"/é/x"_s << u"/é/ (prefix)"_s;
    QTest::newRow("nothing") << u"/zzz"_s << QString();
}

void tst_Scenario::nestedResourceLookup()
{
    QFETCH(QString, requestPath);
    QFETCH(QString, resource);

    Scenario s;
    const auto add = [&](const QString &path, Resource::Match match) {
        Resource r;
        r.path = path;
        r.match = match;
        s.resources.append(r);
    };
    add(u"/a/"_s, Resource::Match::Prefix);
    add(u"/a/b/c"_s, Resource::Match::Exact);
    add(u"/solo"_s, Resource::Match::Exact);
    add(u"/é/"_s, Resource::Match::Prefix);
    add(u"/old/"_s, Resource::Match::Prefix);
    add(u"/a/b/"_s, Resource::Match::Prefix);
    s.finalize();
    s.resources.removeAt(4); // /old/ goes; the index must follow (finalize() again)
    s.finalize();
    QCOMPARE(s.resourceIndexForPath(u"/old/x"), -1);

    const int i = s.resourceIndexForPath(requestPath);
    QString found;
    if (i >= 0)
        found = s.resources[i].path +
                (s.resources[i].match == Resource::Match::Prefix ? u" (prefix)"_s : QString());
    QCOMPARE(found, resource);
}

// ---------------------------------------------------------------------------------------
// Loading errors: file, JSON path and message

void tst_Scenario::validDocumentLoads()
{
    // The base document of the error rows is itself valid: each row's problems are its own.
    const ScenarioLoad l = ScenarioIO::fromJson(Doc().json(), QStringLiteral("valid.json"));
    QVERIFY2(l.ok(), qPrintable(l.errorText()));
    QCOMPARE(l.scenario->users.size(), 2);
    QCOMPARE(l.scenario->resources.size(), 3);
    QCOMPARE(l.scenario->users[0].tokens.size(), 1);
    QCOMPARE(l.scenario->resources[2].match, Resource::Match::Prefix);
}

void tst_Scenario::problems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("where");       // every problem's JSON path (any order)
    QTest::addColumn<QString>("messageContains"); // in the first problem's message

    {
        Doc d;
        d.users = R"([{"name": "alice", "pasword": "wonderland", "groups": ["staff"]}])";
        QTest::newRow("unknown field users[0].pasword")
            << d.json()
            << QStringList{QStringLiteral("users[0].pasword"), QStringLiteral("users[0].password")}
            << QStringLiteral("unknown field");
    }
    {
        Doc d;
        d.extra = R"("colour": "blue", )";
        QTest::newRow("unknown top-level field")
            << d.json() << QStringList{QStringLiteral("colour")} << QStringLiteral("unknown field");
    }
    {
        Doc d;
        d.resources = R"([{"path": "/", "auth": ["basic"], "hiden": true}])";
        QTest::newRow("unknown field in a resource")
            << d.json() << QStringList{QStringLiteral("resources[0].hiden")} << QStringLiteral("hidden");
    }
    {
        Doc d;
        d.version = R"("1")";
        QTest::newRow("version as a string")
            << d.json() << QStringList{QStringLiteral("version")} << QStringLiteral("string");
    }
    {
        Doc d;
        d.version = "1.5";
        QTest::newRow("version not an integer")
            << d.json() << QStringList{QStringLiteral("version")} << QStringLiteral("integer");
    }
    {
        Doc d;
        d.version = "2";
        QTest::newRow("version newer than supported")
            << d.json() << QStringList{QStringLiteral("version")} << QStringLiteral("newer");
    }
    {
        Doc d;
        d.version = "1e10"; // beyond int: still "newer", not "not an integer"
        QTest::newRow("version far in the future")
            << d.json() << QStringList{QStringLiteral("version")} << QStringLiteral("newer");
    }
    {
        Doc d;
        d.version = "0";
        QTest::newRow("version 0") << d.json() << QStringList{QStringLiteral("version")}
                                   << QStringLiteral("1");
    }
    {
        Doc d;
        d.format = R"("something-else")";
        QTest::newRow("wrong format")
            << d.json() << QStringList{QStringLiteral("format")} << QStringLiteral("authlab-scenario");
    }
    {
        Doc d;
        d.groups = R"({"name": "staff"})";
        d.users = R"([{"name": "alice", "password": "wonderland"}])";
        d.resources = R"([{"path": "/"}])";
        QTest::newRow("groups not an array")
            << d.json() << QStringList{QStringLiteral("groups")} << QStringLiteral("array");
    }
    {
        Doc d;
        d.users = R"([{"name": "alice", "password": "wonderland", "groups": "staff"}])";
        QTest::newRow("user groups not an array")
            << d.json() << QStringList{QStringLiteral("users[0].groups")} << QStringLiteral("array");
    }
    {
        Doc d;
        d.users = R"([{"name": "alice", "password": "wonderland", "groups": ["staff", 7]}])";
        QTest::newRow("group name not a string")
            << d.json() << QStringList{QStringLiteral("users[0].groups[1]")} << QStringLiteral("number");
    }
    {
        Doc d;
        d.users = R"(["alice"])";
        QTest::newRow("user not an object")
            << d.json() << QStringList{QStringLiteral("users[0]")} << QStringLiteral("object");
    }
    {
        Doc d;
        d.users = R"([{"name": "alice", "password": 1234}])";
        QTest::newRow("password not a string")
            << d.json() << QStringList{QStringLiteral("users[0].password")} << QStringLiteral("string");
    }
    {
        Doc d;
        d.resources = R"([{"path": "/"}, {"path": "/vault", "auth": ["basic"], "hidden": "yes"}])";
        QTest::newRow("hidden as a string") << d.json() << QStringList{QStringLiteral("resources[1].hidden")}
                                            << QStringLiteral("true or false");
    }
    {
        Doc d;
        d.users = R"([{"name": "alice", "password": "a", "groups": ["staff"]},
                      {"name": "bob", "password": "b", "groups": ["wizards"]}])";
        QTest::newRow("group does not exist")
            << d.json() << QStringList{QStringLiteral("users[1].groups[0]")} << QStringLiteral("wizards");
    }
    {
        Doc d;
        d.resources = R"([{"path": "/x", "auth": ["basic"], "groups": ["admins", "wizards"]}])";
        QTest::newRow("resource group does not exist")
            << d.json() << QStringList{QStringLiteral("resources[0].groups[1]")} << QStringLiteral("wizards");
    }
    {
        Doc d;
        d.users = R"([{"name": "alice", "password": "a"}, {"name": "alice", "password": "b"}])";
        QTest::newRow("duplicate users")
            << d.json() << QStringList{QStringLiteral("users[1].name")} << QStringLiteral("duplicate");
    }
    {
        Doc d;
        d.groups = R"([{"name": "staff"}, {"name": "staff"}])";
        d.users = R"([])";
        d.resources = R"([])";
        QTest::newRow("duplicate groups")
            << d.json() << QStringList{QStringLiteral("groups[1].name")} << QStringLiteral("duplicate");
    }
    {
        Doc d;
        d.resources =
            R"([{"path": "/"}, {"path": "/staff", "auth": ["basic"]}, {"path": "/staff", "auth": ["bearer"]}])";
        QTest::newRow("duplicate resource paths")
            << d.json() << QStringList{QStringLiteral("resources[2].path")} << QStringLiteral("duplicate");
    }
    {
        Doc d;
        d.users = R"([{"name": "a:b", "password": "x"}])";
        QTest::newRow("user name with a colon")
            << d.json() << QStringList{QStringLiteral("users[0].name")} << QStringLiteral("colon");
    }
    {
        Doc d;
        d.users = R"([{"name": "", "password": "x"}])";
        QTest::newRow("empty user name")
            << d.json() << QStringList{QStringLiteral("users[0].name")} << QStringLiteral("empty");
    }
    {
        Doc d;
        d.users = R"([{"name": "alice", "password": "a\u0001b"}])";
        QTest::newRow("control character in a password")
            << d.json() << QStringList{QStringLiteral("users[0].password")} << QStringLiteral("control");
    }
    {
        Doc d;
        d.users = R"([{"password": "x"}])";
        QTest::newRow("user without a name")
            << d.json() << QStringList{QStringLiteral("users[0].name")} << QStringLiteral("missing");
    }
    {
        Doc d;
        d.resources = R"([{"path": "/lan", "auth": ["basic"], "allowFrom": ["10.0.0.0/33"]}])";
        QTest::newRow("invalid allowFrom prefix")
            << d.json() << QStringList{QStringLiteral("resources[0].allowFrom[0]")}
            << QStringLiteral("10.0.0.0/33");
    }
    {
        Doc d;
        d.resources = R"([{"path": "/lan", "auth": ["basic"], "allowFrom": ["10.0.0.0/8", "the office"]}])";
        QTest::newRow("invalid allowFrom text")
            << d.json() << QStringList{QStringLiteral("resources[0].allowFrom[1]")}
            << QStringLiteral("the office");
    }
    {
        Doc d;
        d.resources = R"([{"path": "/staff", "auth": ["basic"], "scopes": ["read"]}])";
        QTest::newRow("scopes without bearer")
            << d.json() << QStringList{QStringLiteral("resources[0].scopes")} << QStringLiteral("bearer");
    }
    {
        Doc d;
        d.resources = R"([{"path": "/", "groups": ["staff"]}])";
        QTest::newRow("public resource with groups")
            << d.json() << QStringList{QStringLiteral("resources[0].groups")} << QStringLiteral("public");
    }
    {
        Doc d;
        d.resources = R"([{"path": "/x", "auth": ["basic", "ntlm"]}])";
        QTest::newRow("unknown scheme")
            << d.json() << QStringList{QStringLiteral("resources[0].auth[1]")} << QStringLiteral("ntlm");
    }
    {
        Doc d;
        d.resources = R"([{"path": "staff"}])";
        QTest::newRow("path without a slash")
            << d.json() << QStringList{QStringLiteral("resources[0].path")} << QStringLiteral("/");
    }
    {
        Doc d;
        d.resources = R"([{"path": "/x", "match": "regex"}])";
        QTest::newRow("unknown match")
            << d.json() << QStringList{QStringLiteral("resources[0].match")} << QStringLiteral("regex");
    }
    {
        Doc d;
        d.users = R"([{"name": "alice", "password": "a", "tokens": [{"token": "two words"}]}])";
        QTest::newRow("token not a b64token")
            << d.json() << QStringList{QStringLiteral("users[0].tokens[0].token")}
            << QStringLiteral("b64token");
    }
    {
        Doc d;
        d.users = R"([{"name": "alice", "password": "a", "tokens": [{"token": "t"}]},
                      {"name": "bob", "password": "b", "tokens": [{"token": "t"}]}])";
        QTest::newRow("same token twice")
            << d.json() << QStringList{QStringLiteral("users[1].tokens[0].token")} << QStringLiteral("twice");
    }
    {
        Doc d;
        d.extra = R"("realm": "", )";
        QTest::newRow("empty realm") << d.json() << QStringList{QStringLiteral("realm")}
                                     << QStringLiteral("non-empty");
    }
    {
        Doc d;
        d.extra = R"("behaviour": "never-403", )";
        QTest::newRow("unknown behaviour")
            << d.json() << QStringList{QStringLiteral("behaviour")} << QStringLiteral("never-403");
    }
    {
        Doc d;
        d.extra = R"("proxy": "yes", )";
        QTest::newRow("proxy not a boolean")
            << d.json() << QStringList{QStringLiteral("proxy")} << QStringLiteral("true or false");
    }
    QTest::newRow("top level is an array")
        << QByteArrayLiteral("[1, 2]") << QStringList{QString()} << QStringLiteral("object");
    QTest::newRow("format and version missing")
        << QByteArrayLiteral("{}") << QStringList{QStringLiteral("format"), QStringLiteral("version")}
        << QStringLiteral("missing");
}

void tst_Scenario::problems()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, where);
    QFETCH(QString, messageContains);

    const QString file = QStringLiteral("/tmp/some dir/broken.json");
    const ScenarioLoad l = ScenarioIO::fromJson(json, file);
    QVERIFY2(!l.ok(), "a broken file must not load");
    QVERIFY2(!l.scenario.has_value(), "no half-loaded scenario");
    QCOMPARE(sorted(wheres(l)), sorted(where));
    QVERIFY2(l.problems.first().message.contains(messageContains, Qt::CaseInsensitive),
             qPrintable(l.problems.first().message));
    for (const ScenarioProblem &p : l.problems) {
        QCOMPARE(p.file, file);
        QVERIFY2(!p.message.isEmpty(), qPrintable(p.where));
        const QString text = p.toString();
        QVERIFY2(text.startsWith(file + QLatin1String(": ")), qPrintable(text));
        QVERIFY2(text.contains(p.where), qPrintable(text));
        QVERIFY2(text.endsWith(p.message), qPrintable(text));
    }
    QCOMPARE(l.errorText().split(QLatin1Char('\n')).size(), l.problems.size());
}

void tst_Scenario::severalProblemsAllReported()
{
    Doc d;
    d.version = R"("one")";
    d.users = R"([{"name": "alice", "pasword": "a", "password": "a", "groups": ["staff"]},
                  {"name": "bob", "password": "b", "groups": ["wizards"]},
                  {"name": "bob", "password": "c"}])";
    d.resources = R"([{"path": "/"},
                      {"path": "/vault", "auth": ["basic"], "hidden": "yes"},
                      {"path": "/vault", "auth": ["basic"], "scopes": ["read"], "allowFrom": ["nowhere"]}])";
    const ScenarioLoad l = ScenarioIO::fromJson(d.json(), QStringLiteral("several.json"));
    QVERIFY(!l.ok());
    const QStringList expected = {QStringLiteral("version"),
                                  QStringLiteral("users[0].pasword"),
                                  QStringLiteral("users[1].groups[0]"),
                                  QStringLiteral("users[2].name"),
                                  QStringLiteral("resources[1].hidden"),
                                  QStringLiteral("resources[2].path"),
                                  QStringLiteral("resources[2].allowFrom[0]"),
                                  QStringLiteral("resources[2].scopes")};
    QCOMPARE(sorted(wheres(l)), sorted(expected));
    const QStringList lines = l.errorText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), expected.size());
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(QLatin1String("several.json: ")), qPrintable(line));
}

void tst_Scenario::syntaxErrorLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column"); // of the character the parser stumbled on, counted in characters

    // "name" on line 4 starts in column 5: the comma before it is missing
    QTest::newRow("missing comma") << QByteArrayLiteral("{\n    \"format\": \"authlab-scenario\",\n"
                                                        "    \"version\": 1\n    \"name\": \"x\"\n}\n")
                                   << 4 << 5;
    // the ']' on line 6, column 3, follows a trailing comma
    QTest::newRow("trailing comma") << QByteArrayLiteral("{\n  \"format\": \"authlab-scenario\",\n"
                                                         "  \"version\": 1,\n  \"users\": [\n"
                                                         "    {\"name\": \"a\"},\n  ]\n}\n")
                                    << 6 << 3;
    QTest::newRow("garbage at the start") << QByteArrayLiteral("not json") << 1 << 1;
    QTest::newRow("garbage after spaces") << QByteArrayLiteral("   @") << 1 << 4;
    // "zoë" and "crème" take one column per character, not per UTF-8 byte: the 'x' is in column 49
    QTest::newRow("after non-ASCII text")
        << QByteArrayLiteral("{\n  \"users\": [{\"name\": \"zo\xc3\xab\", \"password\": "
                             "\"cr\xc3\xa8me\" x}]\n}\n")
        << 2 << 49;
    QTest::newRow("empty file") << QByteArray() << 1 << 1;
}

void tst_Scenario::syntaxErrorLineAndColumn()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);

    const ScenarioLoad l = ScenarioIO::fromJson(json, QStringLiteral("syntax.json"));
    QVERIFY(!l.ok());
    QCOMPARE(l.problems.size(), 1);
    const ScenarioProblem &p = l.problems.first();
    static const QRegularExpression re(QStringLiteral("^line (\\d+), column (\\d+)$"));
    const QRegularExpressionMatch m = re.match(p.where);
    QVERIFY2(m.hasMatch(), qPrintable(p.toString()));
    QCOMPARE(m.captured(1).toInt(), line);
    QCOMPARE(m.captured(2).toInt(), column);
    QVERIFY2(p.message.contains(QLatin1String("JSON")), qPrintable(p.message));
    QVERIFY2(p.toString().startsWith(QLatin1String("syntax.json: line ")), qPrintable(p.toString()));
}

void tst_Scenario::problemNamesTheFile()
{
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("team scenario.json"));
    Doc d;
    d.users = R"([{"name": "alice", "pasword": "a"}])";
    {
        QFile f(path);
        QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(f.errorString()));
        QCOMPARE(f.write(d.json()), d.json().size());
    }
    const ScenarioLoad l = ScenarioIO::load(path);
    QVERIFY(!l.ok());
    QVERIFY(!l.problems.isEmpty());
    for (const ScenarioProblem &p : l.problems) {
        QCOMPARE(p.file, path);
        QVERIFY2(p.toString().contains(path), qPrintable(p.toString()));
    }
    QVERIFY2(l.errorText().contains(QLatin1String("users[0].pasword")), qPrintable(l.errorText()));
}

// QJsonDocument silently keeps the last of two equal names: "auth": ["basic"], ..., "auth": []
// made /admin public. Every duplicate is an error naming the JSON path and both lines.
void tst_Scenario::duplicateKeys_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected"); // "where|first line|second line", in file order

    const QByteArray head = "{\n\"format\": \"authlab-scenario\",\n\"version\": 1,\n"; // lines 1-3
    QTest::newRow("auth twice makes a resource public")
        << head + "\"users\": [{\"name\": \"a\", \"password\": \"p\"}],\n" // 4
                  "\"resources\": [\n"                                     // 5
                  "  {\"path\": \"/\"},\n"                                 // 6
                  "  {\"path\": \"/admin\", \"auth\": [\"basic\"],\n"      // 7
                  "   \"title\": \"Admin\",\n"                             // 8
                  "   \"auth\": []}\n"                                     // 9
                  "]}\n"
        << QStringList{QStringLiteral("resources[1].auth|7|9")};
    QTest::newRow("hidden twice")
        << head + "\"resources\": [{\"path\": \"/v\", \"auth\": [\"basic\"], \"hidden\": true,\n" // 4
                  "  \"hidden\": false}]}\n"                                                      // 5
        << QStringList{QStringLiteral("resources[0].hidden|4|5")};
    QTest::newRow("realm twice at the top level") << head + "\"realm\": \"A\",\n\"realm\": \"B\"\n}\n"
                                                  << QStringList{QStringLiteral("realm|4|5")};
    QTest::newRow("same name on one line, nested in a token")
        << head + "\"users\": [{\"name\": \"a\", \"password\": \"p\",\n"                        // 4
                  "  \"tokens\": [{\"token\": \"t1\", \"scopes\": [], \"token\": \"t2\"}]}]}\n" // 5
        << QStringList{QStringLiteral("users[0].tokens[0].token|5|5")};
    QTest::newRow("an escaped name is the same name")
        << head + "\"resources\": [{\"path\": \"/a\", \"auth\": [\"basic\"],\n" // 4
                  "  \"a\\u0075th\": []}]}\n"                                   // 5
        << QStringList{QStringLiteral("resources[0].auth|4|5")};
    QTest::newRow("quotes, braces and brackets inside strings do not confuse it")
        << head + "\"description\": \"a \\\"}{\\\" [b] \\\\\",\n"     // 4
                  "\"resources\": [[], {\"x\": {\"y\": [1, {}]}}, \n" // 5
                  "  {\"path\": \"/\\\"\", \"path\": \"/\"}]}\n"      // 6
        << QStringList{QStringLiteral("resources[2].path|6|6")};
    QTest::newRow("three times: two problems")
        << head + "\"name\": \"a\",\n\"name\": \"b\",\n\"name\": \"c\"}\n"
        << QStringList{QStringLiteral("name|4|5"), QStringLiteral("name|4|6")};
    // found by fuzz_scenario: the place must not be blank
    QTest::newRow("empty name twice") << head + "\"\": 1,\n\"\": 2}\n"
                                      << QStringList{QStringLiteral("\"\"|4|5")};
    {
        // More members than the scanner keeps in its short list: the later ones are hashed.
        QByteArray big = head + "\"x\": {\n"; // 4
        for (int i = 0; i < 20; ++i)
            big += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ",\n"; // 5..24
        big += "\"k3\": 0, \"k19\": 1}}\n";                                                // 25
        QTest::newRow("a large object")
            << big << QStringList{QStringLiteral("x.k3|8|25"), QStringLiteral("x.k19|24|25")};
    }
    QTest::newRow("the same name in sibling objects is fine")
        << head + "\"resources\": [{\"path\": \"/a\"}, {\"path\": \"/b\"}],\n\"x\": {\"path\": 1}}\n"
        << QStringList{};
}

void tst_Scenario::duplicateKeys()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    const QString file = QStringLiteral("dup.json");
    const ScenarioLoad l = ScenarioIO::fromJson(json, file);
    QStringList duplicates;
    for (const ScenarioProblem &p : l.problems) {
        static const QRegularExpression re(QStringLiteral("^duplicate key \\(lines (\\d+) and (\\d+)\\)"));
        const QRegularExpressionMatch m = re.match(p.message);
        if (!m.hasMatch())
            continue;
        duplicates.append(p.where + QLatin1Char('|') + m.captured(1) + QLatin1Char('|') + m.captured(2));
        QVERIFY2(
            p.toString().startsWith(file + QLatin1String(": ") + p.where + QLatin1String(": duplicate key")),
            qPrintable(p.toString()));
    }
    QCOMPARE(duplicates, expected);
    if (!expected.isEmpty()) {
        QVERIFY2(!l.ok(), "a file with a duplicate key must not load");
        QCOMPARE(l.problems.size(), expected.size()); // nothing else is read from such a file
    }
}

void tst_Scenario::loadMissingFile()
{
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("does-not-exist.json"));
    const ScenarioLoad l = ScenarioIO::load(path);
    QVERIFY(!l.ok());
    QCOMPARE(l.problems.size(), 1);
    QCOMPARE(l.problems.first().file, path);
    QVERIFY2(l.problems.first().toString().contains(path), qPrintable(l.problems.first().toString()));
    QVERIFY2(!l.problems.first().message.isEmpty(), "the message says what went wrong");
}

// A path that is not a regular file must be refused at once, with the file and the reason
// named: a symlink to /dev/zero once grew to gigabytes (size() is 0 for a device), a FIFO hung
// for ever, and the 16 MiB limit trusted size().
void tst_Scenario::loadRefusesUnsafeFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("symlink to /dev/zero") << QStringLiteral("zero") << QStringLiteral("character device");
    QTest::newRow("symlink to /dev/urandom")
        << QStringLiteral("urandom") << QStringLiteral("character device");
    QTest::newRow("FIFO") << QStringLiteral("fifo") << QStringLiteral("FIFO");
    QTest::newRow("directory") << QStringLiteral("dir") << QStringLiteral("directory");
    QTest::newRow("16 MiB + 1 byte") << QStringLiteral("big") << QStringLiteral("16 MiB");
}

// Makes the hostile path of one kind in dir; shared with tst_cli's idea of the same cases.
static QString makeUnsafe(const QTemporaryDir &dir, const QString &kind)
{
    const QString path = dir.filePath(kind + QStringLiteral(".json"));
    if (kind == QLatin1String("zero") || kind == QLatin1String("urandom"))
        return QFile::link(QStringLiteral("/dev/") + kind, path) ? path : QString();
    if (kind == QLatin1String("fifo"))
        return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0 ? path : QString();
    if (kind == QLatin1String("dir"))
        return QDir(dir.path()).mkdir(kind + QStringLiteral(".json")) ? path : QString();
    QFile f(path); // sparse: 16 MiB + 1 byte that cost no disk
    return f.open(QIODevice::WriteOnly) && f.resize(16 * 1024 * 1024 + 1) ? path : QString();
}

void tst_Scenario::loadRefusesUnsafeFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = makeUnsafe(dir, kind);
    QVERIFY2(!path.isEmpty(), "could not make the test file");
    const ScenarioLoad l = ScenarioIO::load(path);
    QVERIFY(!l.ok());
    QCOMPARE(l.problems.size(), 1);
    QCOMPARE(l.problems.first().file, path);
    QVERIFY2(l.problems.first().message.contains(mentions), qPrintable(l.problems.first().message));
    QVERIFY2(l.errorText().startsWith(path + QLatin1String(": ")), qPrintable(l.errorText()));
}

void tst_Scenario::safeFileReadsAtMostTheLimit()
{
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("ten.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write("0123456789"), 10);
    }
    const FileRead exact = SafeFile::read(path, 10);
    QVERIFY2(exact.ok(), qPrintable(exact.errorText()));
    QCOMPARE(exact.data, QByteArray("0123456789"));
    const FileRead over = SafeFile::read(path, 9);
    QVERIFY(!over.ok());
    QVERIFY(over.data.isEmpty());
    QVERIFY2(over.errorText().startsWith(path + QLatin1String(": ")), qPrintable(over.errorText()));
    // A symlink to a regular file is followed and read.
    const QString link = dir.filePath(QStringLiteral("link.txt"));
    QVERIFY(QFile::link(path, link));
    QCOMPARE(SafeFile::read(link, 100).data, QByteArray("0123456789"));
    // A device is refused even under a tiny limit, without reading it.
    const FileRead zero = SafeFile::read(QStringLiteral("/dev/zero"), 1);
    QVERIFY(!zero.ok());
    QVERIFY2(zero.problem.contains(QLatin1String("character device")), qPrintable(zero.problem));
    // /proc files claim size 0 but are regular: read up to the limit.
    QVERIFY(!SafeFile::read(QStringLiteral("/proc/self/status"), 100 * 1024).data.isEmpty());
    // The built-in default is read through Qt's resource system.
    QVERIFY(SafeFile::read(ScenarioIO::defaultScenarioPath(), 1024 * 1024).ok());
}

// ---------------------------------------------------------------------------------------
// Save and load

// ---------------------------------------------------------------------------------------
// Address rules: ordered allow/deny lists (nginx's access module) per resource and for the whole
// server; the first form "allowFrom" still reads, as allow each network, then deny all.

void tst_Scenario::addressRules_data()
{
    QTest::addColumn<QByteArray>("extra");    // top-level members
    QTest::addColumn<QByteArray>("resource"); // members of the one resource /r
    QTest::addColumn<QStringList>("server");
    QTest::addColumn<QStringList>("access");
    QTest::addColumn<QString>("simulated");

    const QStringList none;
    auto l = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *i : items)
            out.append(QString::fromLatin1(i));
        return out;
    };
    QTest::newRow("none") << QByteArray() << QByteArray() << none << none << QString();
    QTest::newRow("ordered") << QByteArray()
                             << QByteArray(
                                    R"("access": ["deny 10.9.0.0/16", "allow 10.0.0.0/8", "deny all"])")
                             << none << l({"deny 10.9.0.0/16", "allow 10.0.0.0/8", "deny all"}) << QString();
    QTest::newRow("spaces and IPv6") << QByteArray()
                                     << QByteArray(
                                            R"("access": ["  allow   fd00::/8 ", "deny ::1", "allow all"])")
                                     << none << l({"allow fd00::/8", "deny ::1/128", "allow all"})
                                     << QString();
    QTest::newRow("mapped network is IPv4")
        << QByteArray() << QByteArray(R"("access": ["allow ::ffff:10.0.0.0/104"])") << none
        << l({"allow 10.0.0.0/8"}) << QString();
    QTest::newRow("old form") << QByteArray() << QByteArray(R"("allowFrom": ["10.0.0.0/8", "192.168.1.7"])")
                              << none << l({"allow 10.0.0.0/8", "allow 192.168.1.7/32", "deny all"})
                              << QString();
    QTest::newRow("old form, empty") << QByteArray() << QByteArray(R"("allowFrom": [])") << none << none
                                     << QString();
    QTest::newRow("server and resource")
        << QByteArray(R"("access": ["deny 192.0.2.0/24", "allow 127.0.0.1"], "simulatedClient": "10.1.2.3",)")
        << QByteArray(R"("access": ["allow 10.0.0.0/8", "deny all"])")
        << l({"deny 192.0.2.0/24", "allow 127.0.0.1/32"}) << l({"allow 10.0.0.0/8", "deny all"})
        << QStringLiteral("10.1.2.3");
    QTest::newRow("simulated IPv6") << QByteArray(R"("simulatedClient": "fd00::7",)") << QByteArray() << none
                                    << none << QStringLiteral("fd00::7");
}

void tst_Scenario::addressRules()
{
    QFETCH(QByteArray, extra);
    QFETCH(QByteArray, resource);
    QFETCH(QStringList, server);
    QFETCH(QStringList, access);
    QFETCH(QString, simulated);

    Doc d;
    d.extra = extra.isEmpty() ? QByteArray() : extra + "\n    ";
    d.resources =
        R"([{"path": "/r", "auth": ["basic"])" + (resource.isEmpty() ? QByteArray() : ", " + resource) + "}]";
    const ScenarioLoad l = ScenarioIO::fromJson(d.json(), QStringLiteral("rules.json"));
    QVERIFY2(l.ok(), qPrintable(l.errorText() + QLatin1Char('\n') + QString::fromUtf8(d.json())));
    QCOMPARE(rulesText(l.scenario->access), server);
    QCOMPARE(rulesText(l.scenario->resources[0].access), access);
    QCOMPARE(l.scenario->simulatedClient.toString(), simulated);
    // Saved in the ordered form, and read back the same.
    const QByteArray saved = ScenarioIO::toJson(*l.scenario);
    QVERIFY(!saved.contains("allowFrom"));
    const ScenarioLoad again = ScenarioIO::fromJson(saved, QStringLiteral("saved.json"));
    QVERIFY2(again.ok(), qPrintable(again.errorText()));
    QCOMPARE(rulesText(again.scenario->access), server);
    QCOMPARE(rulesText(again.scenario->resources[0].access), access);
    QCOMPARE(again.scenario->simulatedClient, l.scenario->simulatedClient);
}

void tst_Scenario::addressRuleProblems_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<QByteArray>("resource");
    QTest::addColumn<QString>("where");
    QTest::addColumn<int>("line"); // of the value at `where`
    QTest::addColumn<QString>("messageContains");

    // Doc::json(): line 1 "{", 2 format, 3 version, 4 extra + groups, 5-9 users, 10 resources.
    const int resourceLine = 10;
    QTest::newRow("word") << QByteArray() << QByteArray(R"("access": ["permit 10.0.0.0/8"])")
                          << QStringLiteral("resources[0].access[0]") << resourceLine
                          << QStringLiteral("permit");
    QTest::newRow("prefix") << QByteArray()
                            << QByteArray(R"("access": ["allow 10.0.0.0/8", "deny 10.0.0.0/33"])")
                            << QStringLiteral("resources[0].access[1]") << resourceLine
                            << QStringLiteral("10.0.0.0/33");
    QTest::newRow("no address") << QByteArray() << QByteArray(R"("access": ["deny"])")
                                << QStringLiteral("resources[0].access[0]") << resourceLine
                                << QStringLiteral("deny");
    QTest::newRow("three words") << QByteArray() << QByteArray(R"("access": ["allow 10.0.0.0/8 now"])")
                                 << QStringLiteral("resources[0].access[0]") << resourceLine
                                 << QStringLiteral("now");
    QTest::newRow("not a string") << QByteArray() << QByteArray(R"("access": [{"allow": "10.0.0.0/8"}])")
                                  << QStringLiteral("resources[0].access[0]") << resourceLine
                                  << QStringLiteral("object");
    QTest::newRow("old form text") << QByteArray() << QByteArray(R"("allowFrom": ["the office"])")
                                   << QStringLiteral("resources[0].allowFrom[0]") << resourceLine
                                   << QStringLiteral("the office");
    QTest::newRow("both forms") << QByteArray()
                                << QByteArray(R"("allowFrom": ["10.0.0.0/8"], "access": ["deny all"])")
                                << QStringLiteral("resources[0].allowFrom") << resourceLine
                                << QStringLiteral("not both");
    QTest::newRow("server rule") << QByteArray("\"access\": [\n\"allow 10.0.0.0/8\",\n\"deny everyone\"],")
                                 << QByteArray() << QStringLiteral("access[1]") << 6
                                 << QStringLiteral("deny everyone");
    QTest::newRow("simulated network")
        << QByteArray(R"("simulatedClient": "10.0.0.0/8",)") << QByteArray()
        << QStringLiteral("simulatedClient") << 4 << QStringLiteral("10.0.0.0/8");
    QTest::newRow("simulated name") << QByteArray(R"("simulatedClient": "localhost",)") << QByteArray()
                                    << QStringLiteral("simulatedClient") << 4 << QStringLiteral("localhost");
    QTest::newRow("simulated shorthand") << QByteArray(R"("simulatedClient": "10.1",)") << QByteArray()
                                         << QStringLiteral("simulatedClient") << 4 << QStringLiteral("10.1");
    QTest::newRow("simulated number") << QByteArray(R"("simulatedClient": 10,)") << QByteArray()
                                      << QStringLiteral("simulatedClient") << 4 << QStringLiteral("number");
}

void tst_Scenario::addressRuleProblems()
{
    QFETCH(QByteArray, extra);
    QFETCH(QByteArray, resource);
    QFETCH(QString, where);
    QFETCH(int, line);
    QFETCH(QString, messageContains);

    Doc d;
    d.extra = extra.isEmpty() ? QByteArray() : extra + ' ';
    d.resources =
        R"([{"path": "/r", "auth": ["basic"])" + (resource.isEmpty() ? QByteArray() : ", " + resource) + "}]";
    const QString file = QStringLiteral("broken.json");
    const ScenarioLoad l = ScenarioIO::fromJson(d.json(), file);
    QVERIFY2(!l.ok(), "a broken rule must not load");
    QCOMPARE(wheres(l), QStringList{where});
    const ScenarioProblem &p = l.problems.first();
    QVERIFY2(p.message.contains(messageContains), qPrintable(p.message));
    QCOMPARE(p.line, line);
    // file, JSON path and line, as one line of text
    QCOMPARE(p.toString(), file + QLatin1String(": ") + where + QStringLiteral(" (line ") +
                               QString::number(line) + QLatin1String("): ") + p.message);
}

void tst_Scenario::roundTripDefault()
{
    const Scenario original = ScenarioIO::defaultScenario();
    const QByteArray json = ScenarioIO::toJson(original);
    const ScenarioLoad l = ScenarioIO::fromJson(json, QStringLiteral("roundtrip.json"));
    QVERIFY2(l.ok(), qPrintable(l.errorText()));
    compareScenarios(*l.scenario, original);
    if (QTest::currentTestFailed())
        return;
    // Stable: writing what was read gives the same bytes.
    QCOMPARE(ScenarioIO::toJson(*l.scenario), json);
}

void tst_Scenario::roundTripRich()
{
    const Scenario original = richScenario();
    const QByteArray json = ScenarioIO::toJson(original);
    const ScenarioLoad l = ScenarioIO::fromJson(json, QStringLiteral("rich.json"));
    QVERIFY2(l.ok(), qPrintable(l.errorText() + QLatin1Char('\n') + QString::fromUtf8(json)));
    compareScenarios(*l.scenario, original);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(ScenarioIO::toJson(*l.scenario), json);
    // The derived data is rebuilt on load.
    QCOMPARE(l.scenario->users[1].nameUtf8, QByteArrayLiteral("zo\xc3\xab"));
    QCOMPARE(l.scenario->users[0].tokens[1].valueUtf8, QByteArrayLiteral("old+token/=="));
}

void tst_Scenario::saveAndLoadFile()
{
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("rich.json"));
    const Scenario original = richScenario();
    QString error;
    QVERIFY2(ScenarioIO::save(original, path, &error), qPrintable(error));
    const ScenarioLoad l = ScenarioIO::load(path);
    QVERIFY2(l.ok(), qPrintable(l.errorText()));
    compareScenarios(*l.scenario, original);
}

void tst_Scenario::saveIntoMissingDirectory()
{
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString missing = dir.filePath(QStringLiteral("missing"));
    const QString path = missing + QStringLiteral("/sub/scenario.json");
    QString error;
    QVERIFY2(!ScenarioIO::save(ScenarioIO::defaultScenario(), path, &error),
             "saving into a missing directory fails");
    QVERIFY2(!error.isEmpty(), "the failure comes with a message");
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(!QFileInfo::exists(missing), "no directory is created");
    QVERIFY2(!QFileInfo::exists(path), "no file is created");
    const QStringList left =
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1String(", "))));
    // Without an error out-parameter it fails the same way.
    QVERIFY(!ScenarioIO::save(ScenarioIO::defaultScenario(), path, nullptr));
}

void tst_Scenario::saveReplacesExistingFile()
{
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("scenario.json"));
    const Scenario s = ScenarioIO::defaultScenario();
    const QByteArray expected = ScenarioIO::toJson(s);
    {
        // An old file, much longer than the new content: nothing of it may survive.
        QFile f(path);
        QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(f.errorString()));
        const QByteArray old(expected.size() * 4, 'x');
        QCOMPARE(f.write(old), old.size());
    }
    QString error;
    QVERIFY2(ScenarioIO::save(s, path, &error), qPrintable(error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.errorString()));
    QCOMPARE(f.readAll(), expected);
    const QStringList left =
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QCOMPARE(left, QStringList{QStringLiteral("scenario.json")});
    const ScenarioLoad l = ScenarioIO::load(path);
    QVERIFY2(l.ok(), qPrintable(l.errorText()));
}

void tst_Scenario::saveOverDirectoryFails()
{
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("taken"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken")));
    QVERIFY(QFile::copy(ScenarioIO::defaultScenarioPath(), dir.filePath(QStringLiteral("taken/keep.json"))));
    QString error;
    QVERIFY2(!ScenarioIO::save(ScenarioIO::defaultScenario(), path, &error), "a directory is not a file");
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(QFileInfo(path).isDir(), "the directory is left alone");
    QVERIFY2(QFileInfo::exists(dir.filePath(QStringLiteral("taken/keep.json"))), "and so is its content");
    const QStringList left =
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QCOMPARE(left, QStringList{QStringLiteral("taken")});
}

QTEST_GUILESS_MAIN(tst_Scenario)
#include "tst_scenario.moc"
