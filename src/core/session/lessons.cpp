#include "session/lessons.h"

#include "client/clientnames.h"
#include "http/http.h"
#include "policy/overrides.h"
#include "scenario/jsonreader.h"
#include "scenario/safefile.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

using namespace Qt::StringLiterals;

namespace authlab {

QString LessonLoad::errorText() const
{
    QStringList lines;
    for (const ScenarioProblem &p : problems)
        lines.append(p.toString());
    return lines.join(QLatin1Char('\n'));
}

QString lessonText(const QString &source)
{
    if (source.isEmpty())
        return source;
    const QByteArray utf8 = source.toUtf8();
    return QCoreApplication::translate("authlab::Lessons", utf8.constData());
}

namespace {

QString clientSchemeName(ClientScheme s)
{
    switch (s) {
    case ClientScheme::Basic:
        return QStringLiteral("Basic");
    case ClientScheme::Bearer:
        return QStringLiteral("Bearer");
    case ClientScheme::Digest:
        return QStringLiteral("Digest");
    case ClientScheme::Session:
        return LessonIO::tr("session cookie");
    }
    return {};
}

// Reading the parts of a lesson once its scenario is known (names are checked against it).
class Parts
{
    Q_DECLARE_TR_FUNCTIONS(authlab::LessonIO)
public:
    Parts(JsonReader &rd, Lesson &l) : rd(rd), l(l) {}

    // "anonymous" or a user of the lesson's scenario.
    std::optional<Identity> identity(const QString &name, const QString &where)
    {
        if (name == QLatin1String("anonymous"))
            return Identity::anonymous();
        if (l.scenario.userIndex(name) >= 0)
            return Identity::scenarioUser(name);
        rd.problem(where,
                   tr("\"%1\" is neither \"anonymous\" nor a user of the lesson's scenario").arg(name));
        return std::nullopt;
    }

    QString path(const QJsonObject &o, const QString &where, const char *key, bool required)
    {
        const QString p = required ? rd.nonEmptyString(o, where, key, true) : rd.string(o, where, key, false);
        if (!p.isEmpty() && !p.startsWith(QLatin1Char('/')))
            rd.problem(JsonReader::join(where, QLatin1String(key)), tr("must start with \"/\""));
        return p;
    }

    void client(const QJsonObject &root)
    {
        QJsonObject o;
        if (!rd.object(root.value(QLatin1String("client")), QStringLiteral("client"), &o))
            return;
        const QString here = QStringLiteral("client");
        rd.checkKeys(o, here, {"identity", "credentials", "scheme", "flow", "method", "path"});
        if (const auto id =
                identity(rd.nonEmptyString(o, here, "identity", true), JsonReader::join(here, u"identity"_s)))
            l.client.identity = *id;
        l.client.credentials = rd.choice(o, here, "credentials", clientnames::credentialStates)
                                   .value_or(CredentialState::Correct);
        l.client.scheme = rd.choice(o, here, "scheme", clientnames::schemes).value_or(ClientScheme::Basic);
        l.client.flow = rd.choice(o, here, "flow", clientnames::flows).value_or(ClientFlow::Preemptive);
        l.client.method = rd.string(o, here, "method", false, QStringLiteral("GET")).toLatin1();
        l.client.path = path(o, here, "path", true);
    }

    void watches(const QJsonObject &root)
    {
        const QStringList paths = rd.strings(root, QString(), "watches", true);
        for (qsizetype i = 0; i < paths.size(); ++i) {
            if (!paths[i].startsWith(QLatin1Char('/')))
                rd.problem(JsonReader::index(QStringLiteral("watches"), i), tr("must start with \"/\""));
            const Watch w{"GET", paths[i]};
            if (l.watches.contains(w))
                rd.problem(JsonReader::index(QStringLiteral("watches"), i), tr("watched twice"));
            l.watches.append(w);
        }
    }

    void bugs(const QJsonObject &root)
    {
        const QStringList ids = rd.strings(root, QString(), "bugHunt", true);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const auto b = behaviourFromId(ids[i]);
            if (!b || *b == Behaviour::Rfc9110)
                rd.problem(JsonReader::index(QStringLiteral("bugHunt"), i),
                           tr("\"%1\" is not a behaviour that deviates from RFC 9110 (known: %2)")
                               .arg(ids[i], behaviourIds().mid(1).join(QLatin1String(", "))));
            else if (l.bugs.contains(*b))
                rd.problem(JsonReader::index(QStringLiteral("bugHunt"), i), tr("listed twice"));
            else
                l.bugs.append(*b);
        }
        if (root.contains(QLatin1String("bugHunt")) && l.bugs.isEmpty() && ids.isEmpty())
            rd.problem(QStringLiteral("bugHunt"), tr("must name at least one behaviour"));
    }

    void steps(const QJsonObject &root)
    {
        const QJsonArray steps = rd.array(root, QString(), "steps", true);
        if (root.contains(QLatin1String("steps")) && steps.isEmpty())
            rd.problem(QStringLiteral("steps"), tr("a lesson needs at least one step"));
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const QString here = JsonReader::index(QStringLiteral("steps"), i);
            QJsonObject o;
            if (!rd.object(steps[i], here, &o))
                continue;
            rd.checkKeys(o, here, {"goal", "hints", "done", "choice", "check"});
            LessonStep s;
            s.goal = rd.nonEmptyString(o, here, "goal", true);
            s.hints = rd.strings(o, here, "hints", true);
            s.done = rd.string(o, here, "done", false);
            if (o.contains(QLatin1String("choice")))
                choice(o.value(QLatin1String("choice")), JsonReader::join(here, u"choice"_s), &s);
            const QJsonArray check = rd.array(o, here, "check", true);
            if (o.contains(QLatin1String("check")) && check.isEmpty())
                rd.problem(JsonReader::join(here, u"check"_s), tr("a step needs at least one condition"));
            for (qsizetype k = 0; k < check.size(); ++k)
                condition(check[k], JsonReader::index(JsonReader::join(here, u"check"_s), k), &s);
            l.steps.append(s);
        }
    }

private:
    void choice(const QJsonValue &v, const QString &here, LessonStep *s)
    {
        QJsonObject o;
        if (!rd.object(v, here, &o))
            return;
        rd.checkKeys(o, here, {"question", "options"});
        s->question = rd.nonEmptyString(o, here, "question", true);
        const QJsonValue options = o.value(QLatin1String("options"));
        if (options.isString() && options.toString() == QLatin1String("behaviours")) {
            if (l.bugs.isEmpty())
                rd.problem(JsonReader::join(here, u"options"_s),
                           tr("\"behaviours\" needs a bug hunt (\"bugHunt\": the behaviours to pick from)"));
            // RFC 9110 as a distractor, then the candidates, in the order of the behaviour list.
            for (int b = 0; b < int(Behaviour::Count); ++b) {
                if (Behaviour(b) == Behaviour::Rfc9110 || l.bugs.contains(Behaviour(b)))
                    s->options.append({behaviourId(Behaviour(b)), QString(), Behaviour(b)});
            }
            return;
        }
        const QJsonArray a = rd.array(o, here, "options", true);
        if (o.contains(QLatin1String("options")) && a.size() < 2)
            rd.problem(JsonReader::join(here, u"options"_s), tr("a question needs at least two options"));
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString where = JsonReader::index(JsonReader::join(here, u"options"_s), i);
            QJsonObject oo;
            if (!rd.object(a[i], where, &oo))
                continue;
            rd.checkKeys(oo, where, {"id", "text"});
            LessonOption opt{rd.nonEmptyString(oo, where, "id", true),
                             rd.nonEmptyString(oo, where, "text", true), std::nullopt};
            for (const LessonOption &other : std::as_const(s->options)) {
                if (other.id == opt.id)
                    rd.problem(JsonReader::join(where, u"id"_s), tr("duplicate option \"%1\"").arg(opt.id));
            }
            s->options.append(opt);
        }
    }

    void condition(const QJsonValue &v, const QString &here, LessonStep *s)
    {
        QJsonObject o;
        if (!rd.object(v, here, &o))
            return;
        LessonCondition c;
        const QString what = rd.nonEmptyString(o, here, "what", true);
        static const std::pair<const char *, LessonCondition::What> kinds[] = {
            {"watch", LessonCondition::What::Watch},
            {"answer", LessonCondition::What::Answer},
            {"member", LessonCondition::What::Member},
            {"unchanged", LessonCondition::What::Unchanged},
            {"behaviour", LessonCondition::What::Behaviour},
            {"choice", LessonCondition::What::Choice},
            {"bug", LessonCondition::What::Bug}};
        bool known = false;
        for (const auto &[n, k] : kinds) {
            if (what == QLatin1String(n)) {
                c.what = k;
                known = true;
            }
        }
        if (!known) {
            if (!what.isEmpty())
                rd.problem(JsonReader::join(here, u"what"_s),
                           tr("unknown condition \"%1\" (known: watch, answer, member, unchanged, behaviour, "
                              "choice, bug)")
                               .arg(what));
            return;
        }
        switch (c.what) {
        case LessonCondition::What::Watch:
        case LessonCondition::What::Answer:
            exchange(o, here, &c);
            break;
        case LessonCondition::What::Member:
            rd.checkKeys(o, here, {"what", "user", "group", "is"});
            c.user = user(o, here);
            c.group = rd.nonEmptyString(o, here, "group", true);
            if (!c.group.isEmpty() && l.scenario.groupIndex(c.group) < 0)
                rd.problem(JsonReader::join(here, u"group"_s),
                           tr("group \"%1\" is not in the lesson's scenario").arg(c.group));
            c.member = rd.boolean(o, here, "is", true);
            break;
        case LessonCondition::What::Unchanged:
            rd.checkKeys(o, here, {"what", "user", "resource"});
            if (o.contains(QLatin1String("user")) == o.contains(QLatin1String("resource"))) {
                rd.problem(here, tr("give either \"user\" or \"resource\""));
            } else if (o.contains(QLatin1String("user"))) {
                c.user = user(o, here);
            } else {
                c.path = path(o, here, "resource", true);
                if (!c.path.isEmpty() && !resourceExists(c.path))
                    rd.problem(JsonReader::join(here, u"resource"_s),
                               tr("no resource \"%1\" in the lesson's scenario").arg(c.path));
            }
            break;
        case LessonCondition::What::Behaviour: {
            rd.checkKeys(o, here, {"what", "is"});
            const QString id = rd.nonEmptyString(o, here, "is", true);
            if (const auto b = behaviourFromId(id))
                c.behaviour = *b;
            else if (!id.isEmpty())
                rd.problem(JsonReader::join(here, u"is"_s),
                           tr("unknown behaviour \"%1\" (known: %2)")
                               .arg(id, behaviourIds().join(QLatin1String(", "))));
            break;
        }
        case LessonCondition::What::Choice: {
            rd.checkKeys(o, here, {"what", "is"});
            c.option = rd.nonEmptyString(o, here, "is", true);
            bool found = false;
            for (const LessonOption &opt : std::as_const(s->options))
                found = found || opt.id == c.option;
            if (!found && !c.option.isEmpty())
                rd.problem(JsonReader::join(here, u"is"_s),
                           tr("\"%1\" is not an option of this step's \"choice\"").arg(c.option));
            break;
        }
        case LessonCondition::What::Bug:
            rd.checkKeys(o, here, {"what"});
            if (l.bugs.isEmpty() || s->options.isEmpty() || !s->options.constFirst().behaviour)
                rd.problem(here,
                           tr("\"bug\" needs a bug hunt and a \"choice\" whose options are \"behaviours\""));
            break;
        }
        s->check.append(c);
    }

    void exchange(const QJsonObject &o, const QString &here, LessonCondition *c)
    {
        rd.checkKeys(o, here,
                     {"what", "path", "method", "as", "credentials", "scheme", "status", "legs", "header",
                      "contains", "lacks", "absent", "finalPath"});
        const bool watch = c->what == LessonCondition::What::Watch;
        c->path = path(o, here, "path", watch);
        c->method = rd.string(o, here, "method", false, watch ? QStringLiteral("GET") : QString()).toLatin1();
        if (watch && !c->path.isEmpty() && !l.watches.contains(Watch{c->method, c->path}))
            rd.problem(JsonReader::join(here, u"path"_s), tr("%1 %2 is not among the lesson's \"watches\"")
                                                              .arg(QString::fromLatin1(c->method), c->path));
        if (o.contains(QLatin1String("as")))
            c->as = identity(rd.nonEmptyString(o, here, "as", true), JsonReader::join(here, u"as"_s));
        c->credentials = rd.choice(o, here, "credentials", clientnames::credentialStates);
        c->scheme = rd.choice(o, here, "scheme", clientnames::schemes);
        const QJsonValue status = o.value(QLatin1String("status"));
        const QJsonArray statuses = status.isArray() ? status.toArray() : QJsonArray{status};
        if (!status.isUndefined()) {
            for (const QJsonValue &v : statuses) {
                const int code = v.toInt(-1);
                if (!v.isDouble() || code < 100 || code > 599 || v.toDouble() != code)
                    rd.problem(JsonReader::join(here, u"status"_s),
                               tr("must be a status code from 100 to 599, or an array of them"));
                else
                    c->status.append(code);
            }
        }
        if (o.contains(QLatin1String("legs"))) {
            c->legs = o.value(QLatin1String("legs")).toInt(0);
            if (c->legs < 1 || c->legs > 10)
                rd.problem(JsonReader::join(here, u"legs"_s), tr("must be a number of legs from 1 to 10"));
        }
        c->header = rd.string(o, here, "header", false).toLatin1();
        c->contains = rd.string(o, here, "contains", false);
        c->lacks = rd.string(o, here, "lacks", false);
        c->headerAbsent = rd.boolean(o, here, "absent", false);
        if (c->header.isEmpty() &&
            (o.contains(QLatin1String("contains")) || o.contains(QLatin1String("lacks")) ||
             o.contains(QLatin1String("absent"))))
            rd.problem(here, tr("\"contains\", \"lacks\" and \"absent\" need a \"header\""));
        c->finalPath = path(o, here, "finalPath", false);
    }

    QString user(const QJsonObject &o, const QString &here)
    {
        const QString name = rd.nonEmptyString(o, here, "user", true);
        if (!name.isEmpty() && l.scenario.userIndex(name) < 0)
            rd.problem(JsonReader::join(here, u"user"_s),
                       tr("\"%1\" is not a user of the lesson's scenario").arg(name));
        return name;
    }

    bool resourceExists(const QString &p) const
    {
        for (const Resource &r : l.scenario.resources) {
            if (r.path == p)
                return true;
        }
        return false;
    }

    JsonReader &rd;
    Lesson &l;
};

} // namespace

LessonLoad LessonIO::fromJson(const QByteArray &json, const QString &file)
{
    LessonLoad result;
    JsonReader rd(file);
    const std::optional<QJsonDocument> doc = rd.parse(json);
    const std::optional<QJsonObject> top = doc ? rd.topLevel(*doc) : std::nullopt;
    if (!top) {
        result.problems = rd.problems;
        return result;
    }
    const QJsonObject &root = *top;
    rd.checkKeys(
        root, QString(),
        {"format", "version", "title", "summary", "scenario", "client", "watches", "bugHunt", "steps"});
    const QString format = rd.nonEmptyString(root, QString(), "format", true);
    if (!format.isEmpty() && format != QLatin1String(FormatName))
        rd.problem(QStringLiteral("format"),
                   tr("must be \"%1\", not \"%2\"").arg(QLatin1String(FormatName), format));
    const QJsonValue version = root.value(QLatin1String("version"));
    if (version.isUndefined())
        rd.problem(QStringLiteral("version"), tr("required field is missing"));
    else if (version.toInt(-1) != 1 || version.toDouble() != 1)
        rd.problem(QStringLiteral("version"), tr("this AuthLab reads lesson files of version 1"));

    Lesson l;
    l.file = file;
    l.id = QFileInfo(file).completeBaseName();
    l.title = rd.nonEmptyString(root, QString(), "title", true);
    l.summary = rd.string(root, QString(), "summary", false);
    l.scenarioFile = rd.nonEmptyString(root, QString(), "scenario", true);
    bool scenarioOk = false;
    if (!l.scenarioFile.isEmpty()) {
        const QString path = QFileInfo(file).dir().filePath(l.scenarioFile);
        const ScenarioLoad s = ScenarioIO::load(path);
        if (s.ok()) {
            l.scenario = *s.scenario;
            scenarioOk = true;
        } else {
            rd.problem(QStringLiteral("scenario"), tr("the scenario %1 cannot be used:").arg(l.scenarioFile));
            rd.problems.append(s.problems);
        }
    }
    // The rest names users, groups and resources of the scenario: read only against a good one.
    if (scenarioOk) {
        Parts parts(rd, l);
        parts.watches(root);
        parts.bugs(root);
        parts.client(root);
        parts.steps(root);
    }
    result.problems = rd.problems;
    if (result.problems.isEmpty())
        result.lesson = std::move(l);
    return result;
}

LessonLoad LessonIO::load(const QString &path)
{
    constexpr qint64 maxSize = 1024 * 1024;
    const FileRead f = SafeFile::read(path, maxSize);
    if (!f.ok()) {
        LessonLoad r;
        r.problems.append({path, QString(), f.problem});
        return r;
    }
    return fromJson(f.data, path);
}

QStringList LessonIO::builtInPaths()
{
    QStringList paths;
    QDirIterator it(QStringLiteral(":/authlab/lessons"), {QStringLiteral("*.json")}, QDir::Files);
    while (it.hasNext()) {
        const QString p = it.next();
        if (!p.endsWith(QLatin1String(".scenario.json")))
            paths.append(p);
    }
    paths.sort();
    return paths;
}

QList<Lesson> LessonIO::builtIn()
{
    QList<Lesson> out;
    for (const QString &p : builtInPaths()) {
        const LessonLoad l = load(p);
        // The built-in lessons are tested (tst_lessons); one that fails is a build defect.
        Q_ASSERT_X(l.ok(), "LessonIO::builtIn", qPrintable(l.errorText()));
        if (l.ok())
            out.append(*l.lesson);
    }
    return out;
}

// --- the runner

LessonRunner::LessonRunner(Workbench *workbench, QObject *parent) : QObject(parent), m_workbench(workbench)
{
    for (auto signal : {&Workbench::scenarioChanged, &Workbench::requestChanged, &Workbench::watchesChanged})
        connect(workbench, signal, this, [this] { m_dirty = true; });
    connect(workbench, &Workbench::roundStarted, this, [this] { m_dirty = false; });
    connect(workbench, &Workbench::roundFinished, this, [this] {
        if (!m_dirty)
            evaluate();
    });
}

void LessonRunner::setLessons(const QList<Lesson> &lessons)
{
    if (isRunning())
        leave();
    m_lessons = lessons;
}

bool LessonRunner::start(int index, std::optional<Behaviour> bug)
{
    if (index < 0 || index >= m_lessons.size())
        return false;
    Q_EMIT aboutToStart(index);
    if (!m_saved)
        m_saved = Saved{m_workbench->scenario(), m_workbench->request(), m_workbench->watches()};
    m_lesson = index;
    const Lesson &l = m_lessons[index];
    Scenario s = l.scenario;
    if (!l.bugs.isEmpty()) {
        m_bug = bug && l.bugs.contains(*bug) ? *bug
                                             : l.bugs.at(QRandomGenerator::global()->bounded(l.bugs.size()));
        s.behaviour = m_bug;
    } else {
        m_bug = s.behaviour;
    }
    s.finalize();
    m_initial = s;
    m_step = 0;
    m_done = QList<bool>(l.steps.size(), false);
    m_choices.clear();
    m_dirty = true;

    m_workbench->clearAllCookies(); // a session from before must not log anyone in
    m_workbench->setScenario(s);
    RequestSpec r;
    r.method = l.client.method;
    r.url = m_workbench->urlFor(l.client.path);
    r.identity = l.client.identity;
    r.credentials = l.client.credentials;
    r.scheme = l.client.scheme;
    r.flow = l.client.flow;
    m_workbench->setRequest(r);
    m_workbench->setWatches(l.watches);
    Q_EMIT lessonStarted(index);
    Q_EMIT stepChanged(0);
    Q_EMIT evaluated();
    return true;
}

void LessonRunner::restart()
{
    if (isRunning())
        start(m_lesson);
}

void LessonRunner::leave()
{
    if (!isRunning())
        return;
    m_lesson = -1;
    m_step = 0;
    m_done.clear();
    m_choices.clear();
    if (m_saved) {
        const Saved saved = *m_saved;
        m_saved.reset();
        m_workbench->setScenario(saved.scenario);
        m_workbench->setRequest(saved.request);
        m_workbench->setWatches(saved.watches);
    }
    Q_EMIT lessonLeft();
}

void LessonRunner::goTo(int step)
{
    if (!isRunning() || step < 0 || step >= lesson()->steps.size() || step == m_step)
        return;
    m_step = step;
    Q_EMIT stepChanged(step);
    Q_EMIT evaluated();
}

void LessonRunner::choose(const QString &optionId)
{
    if (!isRunning())
        return;
    m_choices.insert(m_step, optionId);
    if (!m_dirty && !m_workbench->roundInProgress())
        evaluate();
}

bool LessonRunner::holds(int step) const
{
    if (!isRunning() || step < 0 || step >= lesson()->steps.size())
        return false;
    for (const LessonCondition &c : lesson()->steps.at(step).check) {
        if (!condition(c, step).met)
            return false;
    }
    return true;
}

QList<LessonRunner::ConditionState> LessonRunner::conditions(int step) const
{
    QList<ConditionState> out;
    if (!isRunning() || step < 0 || step >= lesson()->steps.size())
        return out;
    for (const LessonCondition &c : lesson()->steps.at(step).check)
        out.append(condition(c, step));
    return out;
}

void LessonRunner::evaluate()
{
    if (!isRunning())
        return;
    const int step = m_step;
    if (!m_done.value(step) && holds(step)) {
        m_done[step] = true;
        Q_EMIT stepDone(step);
        // On to the next step not done yet (after this one, else from the start).
        int next = -1;
        for (int i = 1; i <= m_done.size() && next < 0; ++i) {
            const int k = (step + i) % int(m_done.size());
            if (!m_done[k])
                next = k;
        }
        if (next >= 0) {
            m_step = next;
            Q_EMIT stepChanged(next);
        } else {
            Q_EMIT lessonDone();
        }
    }
    Q_EMIT evaluated();
}

QString LessonRunner::optionText(const LessonOption &option)
{
    return option.behaviour ? behaviourTitle(*option.behaviour) : lessonText(option.text);
}

namespace {

QString statusList(const QList<int> &codes)
{
    QStringList s;
    for (int c : codes)
        s.append(QString::number(c));
    return s.join(LessonRunner::tr(" or "));
}

bool sameUser(const User &a, const User &b)
{
    if (a.password != b.password || a.tokens.size() != b.tokens.size())
        return false;
    for (qsizetype i = 0; i < a.tokens.size(); ++i) {
        if (a.tokens[i].value != b.tokens[i].value || a.tokens[i].scopes != b.tokens[i].scopes ||
            a.tokens[i].expired != b.tokens[i].expired)
            return false;
    }
    return true;
}

const Resource *resourceAt(const Scenario &s, const QString &path)
{
    for (const Resource &r : s.resources) {
        if (r.path == path)
            return &r;
    }
    return nullptr;
}

bool sameRules(const Resource &a, const Resource &b)
{
    return a.match == b.match && a.schemes == b.schemes && a.groups == b.groups && a.scopes == b.scopes &&
           a.hidden == b.hidden && a.access == b.access;
}

QByteArray fieldValues(const HeaderList &headers, const QByteArray &name)
{
    QByteArray out;
    bool found = false;
    for (const auto &[n, v] : headers) {
        if (http::equalsIgnoreCase(n, name)) {
            if (found)
                out += ", ";
            out += v;
            found = true;
        }
    }
    return found ? out : QByteArray();
}

} // namespace

LessonRunner::ConditionState LessonRunner::condition(const LessonCondition &c, int step) const
{
    ConditionState st;
    const Scenario &s = m_workbench->scenario();
    switch (c.what) {
    case LessonCondition::What::Watch:
    case LessonCondition::What::Answer: {
        // What must hold, in words.
        QStringList parts;
        const QString method = QString::fromLatin1(c.method);
        if (c.what == LessonCondition::What::Watch)
            parts.append(tr("watched %1 %2").arg(method, c.path));
        else if (!c.path.isEmpty())
            parts.append(
                tr("the client's %1 %2").arg(method.isEmpty() ? QStringLiteral("GET") : method, c.path));
        else
            parts.append(tr("the client's answer"));
        if (c.as)
            parts.append(tr("as %1").arg(CredentialBuilder::identityName(*c.as)));
        if (c.scheme)
            parts.append(tr("with %1").arg(clientSchemeName(*c.scheme)));
        if (c.credentials)
            parts.append(CredentialBuilder::stateName(*c.credentials, c.scheme.value_or(ClientScheme::Basic),
                                                      Identity::Kind::ScenarioUser));
        if (!c.status.isEmpty())
            parts.append(QStringLiteral("→ ") + statusList(c.status));
        if (c.legs)
            parts.append(tr("in %n leg(s)", nullptr, c.legs));
        if (!c.header.isEmpty()) {
            const QString h = QString::fromLatin1(c.header);
            if (c.headerAbsent)
                parts.append(tr("no %1 field").arg(h));
            else if (!c.contains.isEmpty())
                parts.append(tr("%1 contains %2").arg(h, c.contains));
            else if (!c.lacks.isEmpty())
                parts.append(tr("%1 without %2").arg(h, c.lacks));
            else
                parts.append(tr("with a %1 field").arg(h));
        }
        if (!c.finalPath.isEmpty())
            parts.append(tr("ending at %1").arg(c.finalPath));
        st.text = parts.join(QStringLiteral(", "));

        // What holds now.
        const std::optional<ClientExchange> *result = nullptr;
        if (c.what == LessonCondition::What::Watch) {
            const int i = m_workbench->watches().indexOf(Watch{c.method, c.path});
            if (i < 0) {
                st.now = tr("not watched (add it back: Request ▸ Watch)");
                return st;
            }
            result = &m_workbench->watchResult(i);
        } else {
            result = &m_workbench->currentResult();
        }
        if (!*result || (*result)->legs.isEmpty()) {
            st.now = tr("no answer yet");
            return st;
        }
        const ClientExchange &e = **result;
        const RequestSpec &spec = e.spec;
        const ClientLeg &last = e.legs.constLast();
        st.now = tr("now %1 as %2")
                     .arg(e.status() ? QString::number(e.status()) : tr("no answer"),
                          CredentialBuilder::identityName(spec.identity));
        bool met = true;
        if (c.what == LessonCondition::What::Answer) {
            met = met && (c.path.isEmpty() || spec.url.path() == c.path);
            met = met && (c.method.isEmpty() || spec.method == c.method);
        }
        if (c.as) {
            met = met && spec.identity.kind == c.as->kind &&
                  (c.as->kind == Identity::Kind::Anonymous || spec.identity.user == c.as->user);
        }
        met = met && (!c.credentials || spec.credentials == *c.credentials);
        met = met && (!c.scheme || spec.scheme == *c.scheme);
        met = met && (c.status.isEmpty() || c.status.contains(e.status()));
        met = met && (!c.legs || e.legs.size() == c.legs);
        if (!c.header.isEmpty()) {
            const QByteArray v = fieldValues(last.responseHeaders, c.header);
            const bool present = !v.isNull();
            if (c.headerAbsent)
                met = met && !present;
            else if (!c.contains.isEmpty())
                met = met && present && QString::fromLatin1(v).contains(c.contains, Qt::CaseInsensitive);
            else if (!c.lacks.isEmpty())
                met = met && present && !QString::fromLatin1(v).contains(c.lacks, Qt::CaseInsensitive);
            else
                met = met && present;
        }
        met = met && (c.finalPath.isEmpty() || last.url.path() == c.finalPath);
        st.met = met;
        return st;
    }
    case LessonCondition::What::Member: {
        st.text = c.member ? tr("%1 is in the group %2").arg(c.user, c.group)
                           : tr("%1 is not in the group %2").arg(c.user, c.group);
        const int u = s.userIndex(c.user);
        st.met = u >= 0 && s.users[u].inGroup(c.group) == c.member;
        return st;
    }
    case LessonCondition::What::Unchanged:
        if (!c.user.isEmpty()) {
            st.text = tr("%1's password and tokens are as the lesson set them").arg(c.user);
            const int now = s.userIndex(c.user), before = m_initial.userIndex(c.user);
            st.met = now >= 0 && before >= 0 && sameUser(s.users[now], m_initial.users[before]);
        } else {
            st.text = tr("the rules of %1 are as the lesson set them").arg(c.path);
            const Resource *now = resourceAt(s, c.path), *before = resourceAt(m_initial, c.path);
            st.met = now && before && sameRules(*now, *before);
        }
        return st;
    case LessonCondition::What::Behaviour:
        st.text = tr("the server behaviour is “%1”").arg(behaviourTitle(c.behaviour));
        st.met = s.behaviour == c.behaviour;
        return st;
    case LessonCondition::What::Choice:
        st.text = tr("your answer is right");
        st.met = m_choices.value(step) == c.option;
        st.now = m_choices.contains(step) ? (st.met ? QString() : tr("not this one")) : tr("no answer yet");
        return st;
    case LessonCondition::What::Bug:
        st.text = tr("you named the bug");
        st.met = m_choices.value(step) == behaviourId(m_bug);
        st.now = m_choices.contains(step) ? (st.met ? QString() : tr("not this one")) : tr("no answer yet");
        return st;
    }
    return st;
}

} // namespace authlab
