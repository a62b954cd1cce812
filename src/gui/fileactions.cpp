#include "fileactions.h"

#include "ui_mainwindow.h"

#include "editdialogs.h"
#include "mainwindow.h"
#include "scenariodocument.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QUndoStack>
#include <QUrl>

namespace authlab::gui {

FileActions::FileActions(MainWindow *window, Ui::MainWindow *ui, ScenarioDocument *document)
    : QObject(window), m_window(window), m_ui(ui), m_document(document)
{
    QUndoStack *undo = document->undoStack();
    QAction *undoAction = undo->createUndoAction(this); // "Undo Add user dave"
    undoAction->setObjectName(QStringLiteral("actionUndo"));
    undoAction->setShortcuts(QKeySequence::Undo);
    QAction *redoAction = undo->createRedoAction(this);
    redoAction->setObjectName(QStringLiteral("actionRedo"));
    redoAction->setShortcuts(QKeySequence::Redo);
    QAction *first = ui->editMenu->actions().value(0);
    ui->editMenu->insertAction(first, undoAction);
    ui->editMenu->insertAction(first, redoAction);
    ui->editMenu->insertSeparator(first);

    connect(ui->actionNew, &QAction::triggered, this, &FileActions::newDocument);
    connect(ui->actionOpenScenario, &QAction::triggered, this, [this] {
        if (!maySave())
            return;
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Open scenario"), lastFolder(),
                                                          tr("AuthLab scenarios (*.json);;All files (*)"));
        if (!path.isEmpty())
            open(path, false);
    });
    connect(ui->actionSave, &QAction::triggered, this, &FileActions::save);
    connect(ui->actionSaveScenarioAs, &QAction::triggered, this, &FileActions::saveAs);
    connect(ui->actionRevert, &QAction::triggered, this, &FileActions::revert);
    connect(ui->actionScenarioSettings, &QAction::triggered, this, &FileActions::editSettings);
    connect(document, &ScenarioDocument::modifiedChanged, this, &FileActions::updateTitle);
    connect(document, &ScenarioDocument::fileChanged, this, &FileActions::updateTitle);
    // In a sandbox (a lesson) the history waits: nothing to undo there, and the title says so.
    connect(document, &ScenarioDocument::suspendedChanged, this,
            [this, undo, undoAction, redoAction](bool on) {
                undoAction->setEnabled(!on && undo->canUndo());
                redoAction->setEnabled(!on && undo->canRedo());
                updateTitle();
            });
    connect(document, &ScenarioDocument::recentFilesChanged, this, &FileActions::rebuildRecentMenu);
    connect(document->workbench(), &Workbench::scenarioChanged, this, &FileActions::updateTitle);
    rebuildRecentMenu();
    updateTitle();
}

void FileActions::updateTitle()
{
    if (m_document->isSuspended()) {
        // The document is set aside, unchanged: no marker for it, the sandbox's name instead.
        m_window->setWindowTitle(
            tr("%1 — %2 set aside — AuthLab").arg(m_document->suspendedLabel(), m_document->displayName()));
        m_window->setWindowModified(false);
        m_ui->actionRevert->setEnabled(!m_document->filePath().isEmpty() && m_document->isModified());
        return;
    }
    const QString name = m_document->workbench()->scenario().name;
    // [*]: Qt shows the marker where the window is modified (setWindowModified).
    m_window->setWindowTitle(name.isEmpty()
                                 ? tr("%1[*] — AuthLab").arg(m_document->displayName())
                                 : tr("%1[*] — %2 — AuthLab").arg(m_document->displayName(), name));
    m_window->setWindowModified(m_document->isModified());
    m_ui->actionRevert->setEnabled(!m_document->filePath().isEmpty() && m_document->isModified());
}

bool FileActions::maySave()
{
    if (!m_document->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("%1 has changes that are not saved.").arg(m_document->displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setInformativeText(tr("Save them first?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

bool FileActions::open(const QString &path, bool ask)
{
    if (ask && !maySave())
        return false;
    QList<ScenarioProblem> problems;
    if (!m_document->open(path, &problems)) {
        QStringList lines;
        for (const ScenarioProblem &p : std::as_const(problems))
            lines.append(p.toString());
        m_window->showProblem(tr("The scenario was not opened"),
                              tr("%1 has problems; the current scenario is unchanged.\n\n%2")
                                  .arg(path, lines.join(QLatin1Char('\n'))));
        return false;
    }
    m_window->statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    return true;
}

bool FileActions::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!m_document->save(&error)) {
        m_window->showProblem(tr("The scenario was not saved"),
                              error + QLatin1Char('\n') + tr("The file on disk is unchanged."));
        return false;
    }
    m_window->statusBar()->showMessage(tr("Saved %1").arg(m_document->filePath()), 5000);
    return true;
}

bool FileActions::saveAs()
{
    const QString suggested = m_document->filePath().isEmpty()
                                  ? QDir(lastFolder()).filePath(QStringLiteral("scenario.json"))
                                  : m_document->filePath();
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save scenario as"), suggested,
                                                      tr("AuthLab scenarios (*.json)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_document->saveAs(path, &error)) {
        m_window->showProblem(tr("The scenario was not saved"), error);
        return false;
    }
    m_window->statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

void FileActions::newDocument()
{
    if (!maySave())
        return;
    m_document->newDocument();
    m_window->statusBar()->showMessage(tr("A new scenario from the built-in default"), 5000);
}

void FileActions::revert()
{
    if (m_document->filePath().isEmpty() || !m_document->isModified())
        return;
    if (QMessageBox::question(m_window, tr("Revert"),
                              tr("Drop every change since %1 was saved?").arg(m_document->displayName()),
                              QMessageBox::Discard | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    open(m_document->filePath(), false);
}

void FileActions::editSettings()
{
    const QJsonObject root = ScenarioIO::toJsonObject(m_document->workbench()->scenario());
    ScenarioDocument *doc = m_document;
    auto *d = new ScenarioSettingsDialog(
        root,
        [doc](const QJsonObject &v, QList<ScenarioProblem> *problems) {
            return doc->applyJson(
                [&v](QJsonObject &r) {
                    for (const char *key : {"name", "description"}) {
                        const QString text = v.value(QLatin1String(key)).toString();
                        if (text.isEmpty())
                            r.remove(QLatin1String(key));
                        else
                            r.insert(QLatin1String(key), text);
                    }
                    r.insert(QStringLiteral("realm"), v.value(u"realm"));
                    if (v.value(u"access").toArray().isEmpty())
                        r.remove(QStringLiteral("access"));
                    else
                        r.insert(QStringLiteral("access"), v.value(u"access"));
                },
                tr("Edit the scenario settings"), problems);
        },
        m_window);
    d->setObjectName(QStringLiteral("scenarioSettingsDialog"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->open();
}

QString FileActions::lastFolder() const
{
    // The folder of the file open now, else of the last one opened or saved (QSettings, through
    // the recent files), else the home folder.
    const QString current = m_document->filePath();
    const QString last = current.isEmpty() ? m_document->recentFiles().value(0) : current;
    return last.isEmpty() ? QDir::homePath() : QFileInfo(last).path();
}

void FileActions::rebuildRecentMenu()
{
    QMenu *menu = m_ui->recentMenu;
    menu->clear();
    const QStringList files = m_document->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        // &1 … &8: the entries' own mnemonics inside the menu
        QAction *a = menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(files[i]).fileName()));
        a->setToolTip(files[i]);
        a->setStatusTip(files[i]);
        const QString path = files[i];
        connect(a, &QAction::triggered, this, [this, path] { open(path); });
    }
    if (!files.isEmpty()) {
        menu->addSeparator();
        menu->addAction(tr("&Clear the list"), m_document, &ScenarioDocument::clearRecentFiles);
    }
    menu->setEnabled(!files.isEmpty());
}

QString FileActions::droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile())
        return {};
    const QString path = url.toLocalFile();
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? path : QString();
}

} // namespace authlab::gui
