// The built-in lessons: they load, a broken lesson file is named by file and JSON path, every
// text reaches the translation, and each step's check is live: not done at the start, not done
// after a wrong "solution", done (and the lesson moves on) after the intended one — applied here
// through the Workbench, not taken from the lesson data.
#include "session/lessons.h"
#include "session/workbench.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace authlab;
using namespace Qt::StringLiterals;

namespace {

using Apply = std::function<void(Workbench &, LessonRunner &)>;

struct Wrong
{
    const char *why;
    Apply apply;
};

struct Case
{
    const char *lesson;
    int step;
    Apply right;
    QList<Wrong> wrongs;
    // The right solution is applied on top of the wrong one (which it undoes) instead of after a
    // restore: for "send again", restoring would already be the solution.
    bool rightUndoesWrong = false;
};

Identity who(const QString &name)
{
    return name == u"anonymous"_s ? Identity::anonymous() : Identity::scenarioUser(name);
}

Apply request(std::function<void(RequestSpec &)> edit)
{
    return [edit](Workbench &wb, LessonRunner &) {
        RequestSpec s = wb.request();
        edit(s);
        wb.setRequest(s);
    };
}

Apply as(const QString &name, CredentialState state = CredentialState::Correct)
{
    return request([name, state](RequestSpec &s) {
        s.identity = who(name);
        s.credentials = state;
    });
}

Apply path(const QString &p)
{
    return [p](Workbench &wb, LessonRunner &) {
        RequestSpec s = wb.request();
        s.url = wb.urlFor(p);
        wb.setRequest(s);
    };
}

Apply scheme(ClientScheme sc)
{
    return request([sc](RequestSpec &s) { s.scheme = sc; });
}

Apply member(const QString &user, const QString &group)
{
    return [user, group](Workbench &wb, LessonRunner &) { QVERIFY(wb.setMembership(user, group, true)); };
}

Apply scenario(std::function<void(Scenario &)> edit)
{
    return [edit](Workbench &wb, LessonRunner &) {
        Scenario s = wb.scenario();
        edit(s);
        wb.setScenario(s);
    };
}

Apply resource(const QString &p, std::function<void(Resource &)> edit)
{
    return scenario([p, edit](Scenario &s) {
        for (Resource &r : s.resources) {
            if (r.path == p)
                edit(r);
        }
    });
}

Apply makePublic(const QString &p)
{
    return resource(p, [](Resource &r) {
        r.schemes.clear();
        r.groups.clear();
        r.scopes.clear();
        r.hidden = false;
    });
}

Apply password(const QString &user, const QString &to)
{
    return scenario([user, to](Scenario &s) { s.users[s.userIndex(user)].password = to; });
}

Apply behaviour(Behaviour b)
{
    return [b](Workbench &wb, LessonRunner &) { wb.setBehaviour(b); };
}

Apply choose(const QString &id)
{
    return [id](Workbench &, LessonRunner &r) { r.choose(id); };
}

Apply both(Apply a, Apply b)
{
    return [a, b](Workbench &wb, LessonRunner &r) {
        a(wb, r);
        b(wb, r);
    };
}

const QList<Case> &cases()
{
    using CS = CredentialState;
    static const QList<Case> all = {
        // 1: 401 or 403?
        {"01-401-or-403",
         0,
         as(u"anonymous"_s),
         {{"carol with a wrong password", as(u"carol"_s, CS::WrongPassword)}}},
        {"01-401-or-403", 1, as(u"carol"_s), {{"a wrong password", as(u"carol"_s, CS::WrongPassword)}}},
        {"01-401-or-403",
         2,
         both(as(u"bob"_s), member(u"bob"_s, u"admins"_s)),
         {{"asking as alice (the admin password)", as(u"alice"_s)},
          {"giving bob alice's password",
           both(as(u"bob"_s), both(password(u"bob"_s, u"wonderland"_s), member(u"bob"_s, u"admins"_s)))},
          {"making /admin public", both(as(u"bob"_s), makePublic(u"/admin"_s))},
          {"a behaviour that lets everyone in", both(as(u"bob"_s), behaviour(Behaviour::Soft401))}}},
        {"01-401-or-403", 3, choose(u"401"_s), {{"403", choose(u"403"_s)}}},
        // 2: the hidden resource
        {"02-hidden-resource", 0, as(u"bob"_s), {{"carol instead of bob", as(u"carol"_s)}}},
        {"02-hidden-resource",
         1,
         member(u"bob"_s, u"admins"_s),
         {{"making /vault public", makePublic(u"/vault"_s)},
          {"unhiding /vault", resource(u"/vault"_s, [](Resource &r) { r.hidden = false; })},
          {"changing bob's password",
           both(password(u"bob"_s, u"wonderland"_s), member(u"bob"_s, u"admins"_s))}}},
        {"02-hidden-resource", 2, as(u"anonymous"_s), {{"carol instead of anonymous", as(u"carol"_s)}}},
        {"02-hidden-resource", 3, choose(u"hide"_s), {{"required", choose(u"required"_s)}}},
        // 3: Bearer scopes
        {"03-bearer-scopes",
         0,
         scheme(ClientScheme::Bearer),
         {{"alice's token", both(scheme(ClientScheme::Bearer), as(u"alice"_s))}}},
        {"03-bearer-scopes",
         1,
         path(u"/api/admin"_s),
         {{"alice on /api/admin", both(path(u"/api/admin"_s), as(u"alice"_s))}}},
        {"03-bearer-scopes",
         2,
         as(u"bob"_s, CS::WrongPassword),
         {{"an unknown token", as(u"bob"_s, CS::UnknownUser)}}},
        {"03-bearer-scopes",
         3,
         as(u"erin"_s),
         {{"dropping the admin scope of /api/admin",
           both(as(u"bob"_s), resource(u"/api/admin"_s, [](Resource &r) { r.scopes = {u"read"_s}; }))}}},
        // 4: Digest and stale nonces
        {"04-digest-stale",
         0,
         scheme(ClientScheme::Digest),
         {{"carol with Digest", both(scheme(ClientScheme::Digest), as(u"carol"_s))}}},
        {"04-digest-stale", 1, [](Workbench &wb, LessonRunner &) { wb.sendNow(); }, {}},
        {"04-digest-stale", 1, as(u"bob"_s), {{"carol", as(u"carol"_s)}}, true},
        {"04-digest-stale",
         2,
         as(u"bob"_s, CS::WrongPassword),
         {{"an unknown user", as(u"bob"_s, CS::UnknownUser)}}},
        {"04-digest-stale", 3, choose(u"retry"_s), {{"wrong password", choose(u"wrong"_s)}}},
        // 5: cookie login and the debate
        {"05-cookie-login",
         0,
         both(as(u"anonymous"_s), path(u"/app/"_s)),
         {{"bob with Basic on /app/", path(u"/app/"_s)}}},
        {"05-cookie-login",
         1,
         both(as(u"bob"_s), scheme(ClientScheme::Session)),
         {{"bob with Basic", as(u"bob"_s)}}},
        {"05-cookie-login",
         2,
         [](Workbench &wb, LessonRunner &r) {
             as(u"bob"_s, CredentialState::WrongPassword)(wb, r);
             wb.clearCookies();
         },
         {{"a wrong password while the session cookie is still there", as(u"bob"_s, CS::WrongPassword)}}},
        {"05-cookie-login",
         3,
         both(behaviour(Behaviour::Forbidden403ForAnonymous), as(u"anonymous"_s)),
         {{"never-401 instead", both(behaviour(Behaviour::Never401), as(u"anonymous"_s))},
          {"403-for-anonymous but asking as bob", behaviour(Behaviour::Forbidden403ForAnonymous)}}},
        {"05-cookie-login", 4, choose(u"401"_s), {{"302", choose(u"302"_s)}, {"403", choose(u"403"_s)}}},
        // 6: bug hunt (never-401 here; bugHuntNamesEachBug covers the others)
        {"06-bug-hunt", 0, as(u"anonymous"_s), {{"carol", as(u"carol"_s)}}},
        {"06-bug-hunt",
         1,
         as(u"carol"_s),
         {{"carol with a wrong password", as(u"carol"_s, CS::WrongPassword)}}},
        {"06-bug-hunt", 2, as(u"bob"_s, CS::WrongPassword), {{"bob with his password", as(u"bob"_s)}}},
        {"06-bug-hunt",
         3,
         choose(u"never-401"_s),
         {{"nothing wrong", choose(u"rfc9110"_s)}, {"another bug", choose(u"soft-401"_s)}}},
    };
    return all;
}

const Case *caseFor(const QString &lesson, int step)
{
    for (const Case &c : cases()) {
        if (QLatin1String(c.lesson) == lesson && c.step == step)
            return &c;
    }
    return nullptr;
}

int lessonIndex(const QList<Lesson> &lessons, const QString &id)
{
    for (int i = 0; i < lessons.size(); ++i) {
        if (lessons[i].id == id)
            return i;
    }
    return -1;
}

// Every text a lesson shows, in order, without repeats: what lessontexts.cpp must list.
QStringList textsOf(const QList<Lesson> &lessons)
{
    QStringList out;
    auto add = [&out](const QString &t) {
        if (!t.isEmpty() && !out.contains(t))
            out.append(t);
    };
    for (const Lesson &l : lessons) {
        add(l.title);
        add(l.summary);
        for (const LessonStep &s : l.steps) {
            add(s.goal);
            for (const QString &h : s.hints)
                add(h);
            add(s.done);
            add(s.question);
            for (const LessonOption &o : s.options)
                add(o.text);
        }
    }
    return out;
}

QString cLiteral(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        if (c == u'\n')
            out += u"\\n"_s;
        else
            out += c;
    }
    return u'"' + out + u'"';
}

} // namespace

class TestLessons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void builtInLessonsLoad();
    void textsAreListedForTranslation();
    void brokenLessonIsNamedByFileAndPath_data();
    void brokenLessonIsNamedByFileAndPath();
    void everyStepIsCovered();
    void stepCheck_data();
    void stepCheck();
    void bugHuntNamesEachBug_data();
    void bugHuntNamesEachBug();
    void bugHuntPicksABugAtRandom();
    void leavingRestoresTheScenario();

private:
    // Lets the round a change scheduled run to its end (nothing to wait for when nothing changed).
    void settle(const Apply &apply);

    std::unique_ptr<Workbench> wb;
    std::unique_ptr<LessonRunner> runner;
};

void TestLessons::init()
{
    wb = std::make_unique<Workbench>();
    QVERIFY(wb->startServer(0));
    QSignalSpy finished(wb.get(), &Workbench::roundFinished);
    QVERIFY(finished.wait(10000));
    runner = std::make_unique<LessonRunner>(wb.get());
    runner->setLessons(LessonIO::builtIn());
}

void TestLessons::cleanup()
{
    runner.reset();
    wb.reset();
}

void TestLessons::settle(const Apply &apply)
{
    QSignalSpy started(wb.get(), &Workbench::roundStarted);
    QSignalSpy finished(wb.get(), &Workbench::roundFinished);
    apply(*wb, *runner);
    QCoreApplication::processEvents(); // the round a change schedules starts on the next turn
    if (started.isEmpty())
        return; // only an answer to a question: evaluated at once
    const quint64 last = started.constLast().at(0).toULongLong();
    auto done = [&] {
        for (const QList<QVariant> &f : std::as_const(finished)) {
            if (f.at(0).toULongLong() >= last)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(done(), 10000);
}

void TestLessons::builtInLessonsLoad()
{
    const QStringList paths = LessonIO::builtInPaths();
    QVERIFY2(paths.size() >= 6, qPrintable(paths.join(u", "_s)));
    QStringList ids;
    for (const QString &p : paths) {
        const LessonLoad l = LessonIO::load(p);
        QVERIFY2(l.ok(), qPrintable(l.errorText()));
        QVERIFY(!l.lesson->title.isEmpty());
        QVERIFY2(l.lesson->steps.size() >= 3, qPrintable(p));
        for (const LessonStep &s : l.lesson->steps)
            QVERIFY(!s.check.isEmpty());
        ids.append(l.lesson->id);
    }
    QCOMPARE(ids, (QStringList{u"01-401-or-403"_s, u"02-hidden-resource"_s, u"03-bearer-scopes"_s,
                               u"04-digest-stale"_s, u"05-cookie-login"_s, u"06-bug-hunt"_s}));
    QCOMPARE(runner->lessons().size(), paths.size());
}

void TestLessons::textsAreListedForTranslation()
{
    const QStringList texts = textsOf(runner->lessons());
    QVERIFY(texts.size() > 50);
    if (qEnvironmentVariableIsSet("AUTHLAB_UPDATE_LESSON_TEXTS")) {
        QFile f(QStringLiteral(AUTHLAB_SOURCE_DIR "/src/core/session/lessontexts.cpp"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QString out = u"// Generated by `AUTHLAB_UPDATE_LESSON_TEXTS=1 tst_lessons` from "
                      u"resources/lessons/*.json: every text\n"
                      u"// a built-in lesson shows, so that lupdate puts them in the catalogue (context "
                      u"authlab::Lessons).\n"
                      u"// Do not edit by hand; tst_lessons fails when this list and the lessons differ.\n"
                      u"#include \"session/lessons.h\"\n\nnamespace authlab {\n\nnamespace {\n"
                      u"constexpr const char *kTexts[] = {\n"_s;
        for (const QString &t : texts)
            out += u"    QT_TRANSLATE_NOOP(\"authlab::Lessons\", "_s + cLiteral(t) + u"),\n"_s;
        out += u"};\n} // namespace\n\nstd::span<const char *const> lessonSourceTexts()\n{\n    return "
               u"kTexts;\n}\n\n"
               u"} // namespace authlab\n"_s;
        f.write(out.toUtf8());
    }
    QStringList listed;
    for (const char *t : lessonSourceTexts())
        listed.append(QString::fromUtf8(t));
    QStringList missing, stale;
    for (const QString &t : texts) {
        if (!listed.contains(t))
            missing.append(t);
    }
    for (const QString &t : std::as_const(listed)) {
        if (!texts.contains(t))
            stale.append(t);
    }
    QVERIFY2(missing.isEmpty() && stale.isEmpty(),
             qPrintable(
                 u"lessontexts.cpp is out of date (AUTHLAB_UPDATE_LESSON_TEXTS=1 tst_lessons); missing: "_s +
                 missing.join(u" | "_s) + u"; no longer used: "_s + stale.join(u" | "_s)));
}

void TestLessons::brokenLessonIsNamedByFileAndPath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("what");
    const QByteArray head = R"({"format": "authlab-lesson", "version": 1, "title": "T", "scenario": "s.json",
        "client": {"identity": "bob", "path": "/staff"}, "watches": ["/staff"], )";
    QTest::newRow("not JSON") << QByteArray("{\"format\": \n  \"authlab-lesson\",,}") << u"line 2, column"_s
                              << u"not valid JSON"_s;
    QTest::newRow("unknown field") << head + R"("steps": [{"goal": "g", "chek": []}]})" << u"steps[0].chek"_s
                                   << u"unknown field"_s;
    QTest::newRow("unknown user")
        << head + R"("steps": [{"goal": "g", "check": [{"what": "answer", "as": "dave"}]}]})"
        << u"steps[0].check[0].as"_s << u"\"dave\""_s;
    QTest::newRow("not watched")
        << head +
               R"("steps": [{"goal": "g", "check": [{"what": "watch", "path": "/admin", "status": 200}]}]})"
        << u"steps[0].check[0].path"_s << u"watches"_s;
    QTest::newRow("bad status")
        << head + R"("steps": [{"goal": "g", "check": [{"what": "answer", "status": 99}]}]})"
        << u"steps[0].check[0].status"_s << u"100 to 599"_s;
    QTest::newRow("unknown credential state")
        << head + R"("steps": [{"goal": "g", "check": [{"what": "answer", "credentials": "stolen"}]}]})"
        << u"steps[0].check[0].credentials"_s << u"correct, wrong-password, unknown-user, malformed, none"_s;
    QTest::newRow("unknown flow") << QByteArray(R"({"format": "authlab-lesson", "version": 1, "title": "T",
        "scenario": "s.json", "client": {"identity": "bob", "path": "/staff", "flow": "eager"},
        "steps": [{"goal": "g", "check": [{"what": "answer"}]}]})")
                                  << u"client.flow"_s << u"preemptive, challenge-first"_s;
    QTest::newRow("unknown condition")
        << head + R"("steps": [{"goal": "g", "check": [{"what": "teleport"}]}]})"
        << u"steps[0].check[0].what"_s << u"teleport"_s;
    QTest::newRow("choice not an option")
        << head + R"("steps": [{"goal": "g", "choice": {"question": "q", "options": [{"id": "a", "text": "A"},
            {"id": "b", "text": "B"}]}, "check": [{"what": "choice", "is": "c"}]}]})"
        << u"steps[0].check[0].is"_s << u"\"c\""_s;
    QTest::newRow("unknown group")
        << head +
               R"("steps": [{"goal": "g", "check": [{"what": "member", "user": "bob", "group": "admin"}]}]})"
        << u"steps[0].check[0].group"_s << u"admin"_s;
    QTest::newRow("no steps") << head + R"("steps": []})" << u"steps"_s << u"at least one step"_s;
    QTest::newRow("missing scenario")
        << QByteArray(R"({"format": "authlab-lesson", "version": 1, "title": "T",
        "scenario": "nope.json", "client": {"identity": "bob", "path": "/"}, "steps": []})")
        << u"nope.json"_s << QString();
    QTest::newRow("broken scenario") << QByteArray(R"({"format": "authlab-lesson", "version": 1, "title": "T",
        "scenario": "broken.json", "client": {"identity": "bob", "path": "/"}, "steps": []})")
                                     << u"users[0].groups[0]"_s << u"broken.json"_s;
}

void TestLessons::brokenLessonIsNamedByFileAndPath()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    QFETCH(QString, what);
    QTemporaryDir dir;
    QFile s(dir.filePath(u"s.json"_s));
    QVERIFY(s.open(QIODevice::WriteOnly));
    s.write(R"({"format": "authlab-scenario", "version": 1, "groups": [{"name": "staff"}],
        "users": [{"name": "bob", "password": "builder", "groups": ["staff"]}],
        "resources": [{"path": "/staff", "auth": ["basic"], "groups": ["staff"]}, {"path": "/admin"}]})");
    s.close();
    QFile b(dir.filePath(u"broken.json"_s));
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write(R"({"format": "authlab-scenario", "version": 1, "users": [{"name": "bob", "password": "x",
        "groups": ["admins"]}]})");
    b.close();
    const QString file = dir.filePath(u"lesson.json"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();

    const LessonLoad l = LessonIO::load(file);
    QVERIFY(!l.ok());
    const QString text = l.errorText();
    QVERIFY2(text.contains(file), qPrintable(text));
    QVERIFY2(text.contains(where), qPrintable(text));
    QVERIFY2(text.contains(what), qPrintable(text));
}

void TestLessons::everyStepIsCovered()
{
    // The data-driven check below must not silently skip a lesson or a step.
    for (const Lesson &l : runner->lessons()) {
        for (int s = 0; s < l.steps.size(); ++s)
            QVERIFY2(caseFor(l.id, s), qPrintable(l.id + u" step "_s + QString::number(s + 1)));
    }
}

void TestLessons::stepCheck_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("row");
    for (int i = 0; i < cases().size(); ++i) {
        const Case &c = cases().at(i);
        QTest::addRow("%s step %d%s", c.lesson, c.step + 1, c.rightUndoesWrong ? " (again)" : "")
            << QString::fromLatin1(c.lesson) << c.step << i;
    }
}

void TestLessons::stepCheck()
{
    QFETCH(QString, lesson);
    QFETCH(int, step);
    QFETCH(int, row);
    const int index = lessonIndex(runner->lessons(), lesson);
    QVERIFY(index >= 0);
    settle([index](Workbench &, LessonRunner &r) { QVERIFY(r.start(index, Behaviour::Never401)); });
    QCOMPARE(runner->step(), 0);
    // The steps before, solved in order.
    for (int s = 0; s < step; ++s) {
        settle(caseFor(lesson, s)->right);
        QVERIFY2(runner->isDone(s), qPrintable(u"step %1 should be done"_s.arg(s + 1)));
    }
    QCOMPARE(runner->step(), step);
    QVERIFY(!runner->holds(step));
    QVERIFY(!runner->isDone(step));

    const Case &c = cases().at(row);
    for (const Wrong &w : c.wrongs) {
        const Scenario scenario = wb->scenario();
        const RequestSpec request = wb->request();
        settle(w.apply);
        QVERIFY2(!runner->isDone(step), w.why);
        QCOMPARE(runner->step(), step);
        if (c.rightUndoesWrong)
            continue;
        settle([&](Workbench &b, LessonRunner &r) {
            b.setScenario(scenario);
            b.setRequest(request);
            r.choose(QString());
        });
    }

    QSignalSpy done(runner.get(), &LessonRunner::stepDone);
    settle(c.right);
    QVERIFY2(runner->isDone(step), qPrintable(runner->conditions(step).constFirst().now));
    QCOMPARE(done.count(), 1);
    QCOMPARE(done.at(0).at(0).toInt(), step);
    if (step + 1 < runner->lesson()->steps.size())
        QCOMPARE(runner->step(), step + 1);
}

void TestLessons::bugHuntNamesEachBug_data()
{
    QTest::addColumn<int>("bug");
    const QList<Lesson> lessons = LessonIO::builtIn(); // held: a range-for over a temporary's member dangles
    const int hunt = lessonIndex(lessons, u"06-bug-hunt"_s);
    QVERIFY(hunt >= 0);
    for (Behaviour b : lessons.at(hunt).bugs)
        QTest::newRow(qPrintable(behaviourId(b))) << int(b);
}

void TestLessons::bugHuntNamesEachBug()
{
    QFETCH(int, bug);
    const int hunt = lessonIndex(runner->lessons(), u"06-bug-hunt"_s);
    const QString id = behaviourId(Behaviour(bug));
    settle([&](Workbench &, LessonRunner &r) { QVERIFY(r.start(hunt, Behaviour(bug))); });
    QCOMPARE(wb->scenario().behaviour, Behaviour(bug));
    QVERIFY(runner->hidesBehaviour());
    const int last = int(runner->lesson()->steps.size()) - 1;
    runner->goTo(last);
    QStringList options;
    for (const LessonOption &o : runner->lesson()->steps.at(last).options)
        options.append(o.id);
    QVERIFY(options.contains(id));
    QVERIFY(options.contains(u"rfc9110"_s));
    for (const QString &other : std::as_const(options)) {
        if (other == id)
            continue;
        runner->choose(other);
        QVERIFY2(!runner->isDone(last), qPrintable(other));
    }
    runner->choose(id);
    QVERIFY(runner->isDone(last));
}

void TestLessons::bugHuntPicksABugAtRandom()
{
    const int hunt = lessonIndex(runner->lessons(), u"06-bug-hunt"_s);
    QSet<int> picked;
    for (int i = 0; i < 40; ++i) {
        QVERIFY(runner->start(hunt));
        QVERIFY(runner->lesson()->bugs.contains(runner->bug()));
        QCOMPARE(wb->scenario().behaviour, runner->bug());
        picked.insert(int(runner->bug()));
    }
    QVERIFY2(picked.size() > 1, "the same bug every time");
    runner->leave();
    QVERIFY(!runner->hidesBehaviour());
}

void TestLessons::leavingRestoresTheScenario()
{
    QVERIFY(wb->setMembership(u"carol"_s, u"staff"_s, true));
    const Scenario before = wb->scenario();
    const RequestSpec request = wb->request();
    const QList<Watch> watches = wb->watches();
    QSignalSpy left(runner.get(), &LessonRunner::lessonLeft);
    QVERIFY(runner->start(0));
    QVERIFY(runner->isRunning());
    QCOMPARE(wb->scenario().name, runner->lesson()->scenario.name);
    QVERIFY(wb->watches() != watches);
    QVERIFY(runner->start(2)); // another lesson: still back to what was there before the first
    settle([](Workbench &b, LessonRunner &) { QVERIFY(b.setMembership(u"bob"_s, u"staff"_s, false)); });
    runner->leave();
    QCOMPARE(left.count(), 1);
    QVERIFY(!runner->isRunning());
    QCOMPARE(wb->scenario().name, before.name);
    QVERIFY(wb->scenario().users[wb->scenario().userIndex(u"carol"_s)].inGroup(u"staff"_s));
    QCOMPARE(wb->request(), request);
    QCOMPARE(wb->watches(), watches);
}

QTEST_GUILESS_MAIN(TestLessons)
#include "tst_lessons.moc"
