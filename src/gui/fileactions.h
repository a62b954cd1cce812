#pragma once

#include <QObject>
#include <QString>

class QMimeData;

namespace Ui {
class MainWindow;
}

namespace authlab::gui {

class MainWindow;
class ScenarioDocument;

// The File and Edit menus of the window: New / Open / Open Recent / Save / Save As / Revert,
// Undo / Redo and Scenario settings; the title with the file's name and the modified marker;
// asking Save / Discard / Cancel before unsaved changes would be lost; opening a dropped file.
// The document logic itself is in ScenarioDocument (no widgets).
class FileActions : public QObject
{
    Q_OBJECT
public:
    FileActions(MainWindow *window, Ui::MainWindow *ui, ScenarioDocument *document);

    ScenarioDocument *document() const { return m_document; }

    // True when there is nothing unsaved, or the user saved or chose to discard it; false: Cancel.
    bool maySave();
    // Opens a file (after maySave()); a file that does not load leaves everything as it was and
    // shows every problem (file, JSON path, message).
    bool open(const QString &path, bool ask = true);
    bool save();
    bool saveAs();
    void newDocument();
    void revert();
    void editSettings();
    void updateTitle();

    // The local scenario file a drag carries, or empty.
    static QString droppedFile(const QMimeData *mime);

private:
    void rebuildRecentMenu();
    QString lastFolder() const;

    MainWindow *m_window;
    Ui::MainWindow *m_ui;
    ScenarioDocument *m_document;
};

} // namespace authlab::gui
