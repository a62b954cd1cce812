#pragma once

#include "session/workspacefile.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

class QUndoStack;

namespace authlab::gui {

// The scenario being edited as a document: its file, its undo history and whether it has
// unsaved changes. Every edit is a whole scenario before and after (Scenario is a value), checked
// by the loader's own rules (ScenarioIO::validate) and applied live through the Workbench (new
// server snapshot, watched requests re-sent). Edits made elsewhere (the client pane's group
// boxes, the behaviour combo box, the proxy toggle, the simulated address) are taken into the
// history as they happen. No widgets: the window's dialogs and the tests drive it alike.
class ScenarioDocument : public QObject
{
    Q_OBJECT
public:
    explicit ScenarioDocument(Workbench *workbench, QObject *parent = nullptr);
    ~ScenarioDocument() override;

    Workbench *workbench() const { return m_workbench; }
    QUndoStack *undoStack() const { return m_undo; }

    // --- edits (false, and the loader's problems, if the result would not load)
    bool apply(const Scenario &after, const QString &text, QList<ScenarioProblem> *problems = nullptr,
               int mergeId = -1);
    // An edit of the scenario as JSON (the file's form, which can also hold what does not parse,
    // such as a mistyped address rule): the change gets the root object to edit.
    bool applyJson(const std::function<void(QJsonObject &root)> &change, const QString &text,
                   QList<ScenarioProblem> *problems = nullptr, int mergeId = -1);
    // One entry of "users", "groups" or "resources": replaced (index >= 0), appended (-1) or removed.
    bool setEntry(const QString &section, int index, const QJsonObject &entry, const QString &text,
                  QList<ScenarioProblem> *problems = nullptr);
    bool removeEntry(const QString &section, int index, const QString &text);
    QJsonObject entry(const QString &section, int index) const;

    // --- the file
    QString filePath() const { return m_path; } // empty: untitled
    QString displayName() const;                // the file's name, or "Untitled"
    bool isModified() const;
    void newDocument(); // the built-in default, untitled, empty history
    // On failure nothing changes and `problems` has every problem (file, JSON path, message).
    bool open(const QString &path, QList<ScenarioProblem> *problems);
    bool revert(QList<ScenarioProblem> *problems);
    bool save(QString *error); // to filePath(); an untitled document needs saveAs()
    bool saveAs(const QString &path, QString *error);
    QByteArray toJson() const; // what save() writes

    // --- recent files (QSettings)
    QStringList recentFiles() const;
    void clearRecentFiles();
    static constexpr int MaxRecentFiles = 8;
    static constexpr int MaxUndoSteps = 500;

    ClientSetup clientSetup() const;

    // --- a sandbox (a lesson): while suspended, edits apply live but are not recorded, and the
    // file, its history and its modified state wait as they were. Save writes the document as it
    // was when the sandbox began (that is what "modified" speaks of). New, Open and Revert first
    // emit aboutToLoad(), so that whoever began the sandbox can end it (restore the scenario and
    // resume()).
    void suspend(const QString &label);
    void resume();
    bool isSuspended() const { return m_kept.has_value(); }
    QString suspendedLabel() const { return m_suspendLabel; }

    // The text an edit made outside the document gets in the history ("Add bob to admins").
    static QString describeChange(const Scenario &before, const Scenario &after);
    static bool sameScenario(const Scenario &a, const Scenario &b);

Q_SIGNALS:
    void fileChanged(); // the path (and so the title) changed
    void modifiedChanged(bool modified);
    void recentFilesChanged();
    void aboutToLoad(); // New, Open or Revert is about to replace the scenario
    void suspendedChanged(bool suspended);

private:
    friend class ScenarioCommand;
    void setLive(const Scenario &scenario); // to the workbench, not recorded
    void onScenarioChanged();
    void load(Workspace workspace, const QString &path);
    void addRecent(const QString &path);

    Workbench *m_workbench;
    QUndoStack *m_undo;
    QString m_path;
    ScenarioLayout m_layout;
    Scenario m_current; // what the workbench had after the last recorded edit
    bool m_applying = false;
    std::optional<Workspace> m_kept; // the document while suspended
    QString m_suspendLabel;
};

} // namespace authlab::gui
