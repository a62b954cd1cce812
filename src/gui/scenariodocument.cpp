#include "scenariodocument.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSettings>
#include <QUndoCommand>
#include <QUndoStack>

namespace authlab::gui {

namespace {
const QString kRecentKey = QStringLiteral("files/recent");
constexpr int kMergeSimulatedClient = 1;
} // namespace

// One edit: the whole scenario before and after. Consecutive edits with the same merge id (the
// same field typed into) become one step.
class ScenarioCommand : public QUndoCommand
{
public:
    ScenarioCommand(ScenarioDocument *doc, Scenario before, Scenario after, const QString &text, int mergeId,
                    bool applied)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeId(mergeId)
        , m_applied(applied)
    {}

    void redo() override
    {
        if (m_applied) { // made live before it was recorded
            m_applied = false;
            return;
        }
        m_doc->setLive(m_after);
    }
    void undo() override { m_doc->setLive(m_before); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        if (other->id() != m_mergeId)
            return false;
        m_after = static_cast<const ScenarioCommand *>(other)->m_after;
        return true;
    }

private:
    ScenarioDocument *m_doc;
    Scenario m_before;
    Scenario m_after;
    int m_mergeId;
    bool m_applied;
};

ScenarioDocument::ScenarioDocument(Workbench *workbench, QObject *parent)
    : QObject(parent), m_workbench(workbench), m_undo(new QUndoStack(this)), m_current(workbench->scenario())
{
    // Each step holds two scenarios (implicitly shared where they do not differ): a bounded history.
    m_undo->setUndoLimit(MaxUndoSteps);
    connect(m_workbench, &Workbench::scenarioChanged, this, &ScenarioDocument::onScenarioChanged);
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

ScenarioDocument::~ScenarioDocument()
{
    // The history's commands call back into this document: gone first.
    disconnect(m_workbench, nullptr, this, nullptr);
    m_undo->disconnect(this);
    m_undo->clear();
}

void ScenarioDocument::setLive(const Scenario &scenario)
{
    m_applying = true;
    m_workbench->setScenario(scenario);
    m_applying = false;
    m_current = m_workbench->scenario();
}

bool ScenarioDocument::sameScenario(const Scenario &a, const Scenario &b)
{
    // Everything a file holds, compared as the file would be written.
    return ScenarioIO::toJsonObject(a) == ScenarioIO::toJsonObject(b);
}

void ScenarioDocument::onScenarioChanged()
{
    if (m_applying || isSuspended())
        return;
    const Scenario after = m_workbench->scenario();
    if (sameScenario(m_current, after))
        return;
    const bool address = m_current.simulatedClient != after.simulatedClient;
    Scenario before = std::exchange(m_current, after);
    const QString text = describeChange(before, after);
    m_undo->push(new ScenarioCommand(this, std::move(before), after, text,
                                     address ? kMergeSimulatedClient : -1, true));
}

QString ScenarioDocument::describeChange(const Scenario &before, const Scenario &after)
{
    if (before.behaviour != after.behaviour)
        return tr("Set the behaviour to %1").arg(behaviourId(after.behaviour));
    if (before.proxy != after.proxy)
        return after.proxy ? tr("Turn proxy mode on") : tr("Turn proxy mode off");
    if (before.simulatedClient != after.simulatedClient)
        return tr("Set the simulated client address");
    if (before.users.size() == after.users.size()) {
        for (qsizetype i = 0; i < after.users.size(); ++i) {
            const User &b = before.users[i], &a = after.users[i];
            for (const QString &g : a.groups) {
                if (!b.groups.contains(g))
                    return tr("Add %1 to %2").arg(a.name, g);
            }
            for (const QString &g : b.groups) {
                if (!a.groups.contains(g))
                    return tr("Remove %1 from %2").arg(a.name, g);
            }
        }
    }
    return tr("Edit the scenario");
}

bool ScenarioDocument::apply(const Scenario &after, const QString &text, QList<ScenarioProblem> *problems,
                             int mergeId)
{
    const QList<ScenarioProblem> found = ScenarioIO::validate(after);
    if (!found.isEmpty()) {
        if (problems)
            *problems = found;
        return false;
    }
    if (sameScenario(m_current, after))
        return true;     // nothing to undo
    if (isSuspended()) { // a sandbox: live, not recorded
        setLive(after);
        return true;
    }
    m_undo->push(new ScenarioCommand(this, m_current, after, text, mergeId, false));
    return true;
}

bool ScenarioDocument::applyJson(const std::function<void(QJsonObject &)> &change, const QString &text,
                                 QList<ScenarioProblem> *problems, int mergeId)
{
    QJsonObject root = ScenarioIO::toJsonObject(m_current);
    change(root);
    const ScenarioLoad l = ScenarioIO::fromJsonObject(root);
    if (!l.ok()) {
        if (problems)
            *problems = l.problems;
        return false;
    }
    return apply(*l.scenario, text, problems, mergeId);
}

QJsonObject ScenarioDocument::entry(const QString &section, int index) const
{
    return ScenarioIO::toJsonObject(m_current).value(section).toArray().at(index).toObject();
}

bool ScenarioDocument::setEntry(const QString &section, int index, const QJsonObject &entry,
                                const QString &text, QList<ScenarioProblem> *problems)
{
    return applyJson(
        [&](QJsonObject &root) {
            QJsonArray a = root.value(section).toArray();
            if (index >= 0 && index < a.size())
                a.replace(index, entry);
            else
                a.append(entry);
            root.insert(section, a);
        },
        text, problems);
}

bool ScenarioDocument::removeEntry(const QString &section, int index, const QString &text)
{
    return applyJson(
        [&](QJsonObject &root) {
            QJsonArray a = root.value(section).toArray();
            if (index >= 0 && index < a.size())
                a.removeAt(index);
            root.insert(section, a);
        },
        text);
}

// --- the file

QString ScenarioDocument::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

bool ScenarioDocument::isModified() const
{
    return !m_undo->isClean();
}

ClientSetup ScenarioDocument::clientSetup() const
{
    return {m_workbench->request(), m_workbench->watches()};
}

void ScenarioDocument::suspend(const QString &label)
{
    if (!isSuspended()) {
        m_kept = Workspace{m_workbench->scenario(), m_layout, clientSetup()};
        m_suspendLabel = label;
        Q_EMIT suspendedChanged(true);
    } else if (label != m_suspendLabel) {
        m_suspendLabel = label;
        Q_EMIT suspendedChanged(true);
    }
}

void ScenarioDocument::resume()
{
    if (!isSuspended())
        return;
    m_kept.reset();
    m_suspendLabel.clear();
    m_current = m_workbench->scenario(); // restored by whoever suspended
    Q_EMIT suspendedChanged(false);
}

void ScenarioDocument::load(Workspace workspace, const QString &path)
{
    Q_EMIT aboutToLoad();
    resume(); // a sandbox nobody ended ends here
    m_undo->clear();
    m_layout = std::move(workspace.layout);
    setLive(workspace.scenario);
    // A file without a client set-up (and New) starts from the default one: the last file's
    // identity, typed password and watches must not end up in this one at the next Save.
    if (!workspace.client) {
        RequestSpec start = Workbench::defaultRequest();
        start.url = m_workbench->urlFor(start.url.path());
        workspace.client = ClientSetup{start, Workbench::defaultWatches()};
    }
    {
        // What the file holds replaces the client's set-up; the rest (body, Accept...) stays.
        RequestSpec r = m_workbench->request();
        const RequestSpec &saved = workspace.client->request;
        r.method = saved.method;
        r.url = saved.url;
        r.identity = saved.identity;
        r.credentials = saved.credentials;
        r.scheme = saved.scheme;
        r.encoding = saved.encoding;
        r.flow = saved.flow;
        r.followRedirects = saved.followRedirects;
        r.proxy = saved.proxy;
        r.proxyCredentials = saved.proxyCredentials;
        m_workbench->setRequest(r);
        m_workbench->setWatches(workspace.client->watches);
    }
    const bool renamed = m_path != path;
    m_path = path;
    m_undo->setClean();
    Q_EMIT modifiedChanged(false);
    if (renamed)
        Q_EMIT fileChanged();
}

void ScenarioDocument::newDocument()
{
    load(Workspace{ScenarioIO::defaultScenario(), {}, std::nullopt}, QString());
}

bool ScenarioDocument::open(const QString &path, QList<ScenarioProblem> *problems)
{
    WorkspaceLoad l = WorkspaceFile::load(path, m_workbench->serverUrl());
    if (!l.ok()) {
        if (problems)
            *problems = l.problems;
        return false;
    }
    load(std::move(*l.workspace), QFileInfo(path).absoluteFilePath());
    addRecent(m_path);
    return true;
}

bool ScenarioDocument::revert(QList<ScenarioProblem> *problems)
{
    if (m_path.isEmpty()) {
        newDocument();
        return true;
    }
    return open(m_path, problems);
}

QByteArray ScenarioDocument::toJson() const
{
    if (m_kept)
        return WorkspaceFile::toJson(*m_kept, m_workbench->serverUrl());
    return WorkspaceFile::toJson(Workspace{m_workbench->scenario(), m_layout, clientSetup()},
                                 m_workbench->serverUrl());
}

bool ScenarioDocument::save(QString *error)
{
    if (m_path.isEmpty()) {
        if (error)
            *error = tr("The scenario has no file yet: use Save As.");
        return false;
    }
    return saveAs(m_path, error);
}

bool ScenarioDocument::saveAs(const QString &path, QString *error)
{
    if (!ScenarioIO::saveBytes(toJson(), path, error))
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool renamed = m_path != absolute;
    m_path = absolute;
    m_undo->setClean();
    addRecent(m_path);
    if (renamed)
        Q_EMIT fileChanged();
    return true;
}

// --- recent files

QStringList ScenarioDocument::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void ScenarioDocument::clearRecentFiles()
{
    QSettings().remove(kRecentKey);
    Q_EMIT recentFilesChanged();
}

void ScenarioDocument::addRecent(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
    Q_EMIT recentFilesChanged();
}

} // namespace authlab::gui
