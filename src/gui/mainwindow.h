#pragma once

#include "exchangemenu.h"
#include "session/matrix.h"
#include "session/workbench.h"

#include <QMainWindow>
#include <QMenu>
#include <QPersistentModelIndex>
#include <QPointer>

#include <memory>

class QAction;
class QComboBox;
class QMenu;
class QDockWidget;
class QLabel;
class QSpinBox;
class QTableView;
class QToolBar;

namespace Ui {
class MainWindow;
}

namespace authlab {
class LessonRunner;
}

namespace authlab::gui {

class BehaviourPane;
class FileActions;
class LessonsPane;
class MatrixModel;
class CheckPane;
class ScenarioDocument;
class SectionPane;
class ClientPane;
class ExchangeLogModel;
class LogPane;
class ResourcesModel;
class ResponseView;
class UsersModel;
class WatchModel;
class WatchPane;

// The answer in the middle (ResponseView, the central widget), the panes around it as dock
// widgets: Client and Watched requests on the left; Users and groups, Resources and the
// Exchange log on the right (wide screens) or tabbed below the answer (narrow ones). The View
// menu shows and hides panes, zooms, resets the layout and switches presenter mode; the layout,
// zoom and presenter mode are remembered (QSettings). A new view (sequence diagram, matrix,
// behaviour selector, scenario editor) is one more dock: addPane().
//
// One selection, one story: the response view shows exactly one exchange — the live answer to
// the client's request (by default), a watched request, or a row of the log — and says which.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Pane { Client, Watched, Users, Resources, Log, Behaviour, Matrix, Check, Lessons };
    enum class Shown { Live, Watch, Log, Matrix, Check };

    explicit MainWindow(Workbench *workbench, QWidget *parent = nullptr);
    ~MainWindow() override;

    ClientPane *clientPane() const { return m_client; }
    WatchPane *watchPane() const { return m_watch; }
    ResponseView *responseView() const;
    LogPane *logPane() const { return m_log; }
    QTableView *usersView() const { return m_usersView; }
    QTableView *resourcesView() const { return m_resourcesView; }
    QDockWidget *dock(Pane pane) const;
    WatchModel *watchModel() const { return m_watchModel; }
    ExchangeLogModel *logModel() const { return m_logModel; }
    UsersModel *usersModel() const { return m_usersModel; }
    QSpinBox *portSpinBox() const { return m_port; }
    QComboBox *behaviourBox() const { return m_behaviour; }
    BehaviourPane *behaviourPane() const { return m_behaviourPane; }
    QTableView *matrixView() const { return m_matrixView; }
    MatrixModel *matrixModel() const { return m_matrixModel; }
    const Matrix &matrix() const { return *m_matrix; }
    QLabel *matrixStatus() const { return m_matrixStatus; }
    CheckPane *checkPane() const { return m_checkPane; }
    QLabel *serverLabel() const { return m_serverLabel; }
    // Scenario editing and files (scenariodocument.h, fileactions.h, editorpanes.h)
    ScenarioDocument *document() const { return m_document; }
    FileActions *fileActions() const { return m_files; }
    SectionPane *usersPane() const { return m_usersPane; }
    SectionPane *resourcesPane() const { return m_resourcesPane; }
    // Lessons and workshops (buildLessons()): the pane, its runner, Server ▸ Expose to the local network.
    LessonsPane *lessonsPane() const { return m_lessonsPane; }
    LessonRunner *lessonRunner() const { return m_lessonRunner; }
    QAction *exposeAction() const { return m_exposeAction; }
    QLabel *attendeeLabel() const { return m_attendeeLabel; } // its own tool bar row, shown while exposed
    // Restarts the server on every address (true) or the loopback (false), same port; asks first
    // unless `ask` is false. False if it was not done (cancelled, or the port is taken).
    bool setExposed(bool on, bool ask = true);
    // The attendee row's text while exposed: the URLs attendees use, large (rich text, links).
    static QString exposedLabelText(const QStringList &urls, const QUrl &local);

    Shown shown() const { return m_shown; }

    // Handing over (exchangemenu.h, session/har.h, session/bugreport.h): the context menu last
    // opened on an exchange, the shared "Redact passwords and tokens" choice, the window's actions,
    // and what the dialogs end in (tests call these directly).
    QMenu *exchangeMenu() const { return m_exchangeMenu; }
    QAction *redactAction() const { return m_redact; }
    QAction *exportLogHarAction() const { return m_exportLogHar; }
    QAction *bugReportAction() const { return m_bugReport; }
    QList<RecordedExchange> shownLegs() const; // every leg of the exchange the response view shows
    QList<RecordedExchange> logRecords(bool selectedOnly) const;
    bool exportHarTo(const QString &path, const QList<RecordedExchange> &legs);
    bool saveBugReportTo(const QString &folder);
    double zoom() const;
    void setZoom(double factor); // 1.0 = the desktop's font size
    bool isPresenterMode() const { return m_presenter; }
    void setPresenterMode(bool on);
    void resetLayout();

    // false (and a message naming every problem) if the file is broken; asks first about unsaved changes
    bool openScenario(const QString &path);
    void showProblem(const QString &title, const QString &text);

    static constexpr double MinZoom = 0.7;
    static constexpr double MaxZoom = 3.0;

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override; // a scenario file dropped on the window opens
    void dropEvent(QDropEvent *event) override;

private:
    QDockWidget *addPane(Pane pane, const QString &title, const QString &objectName, QWidget *widget,
                         const QKeySequence &toggle);
    void buildToolBar();
    void buildActions();
    void sizeDocks(bool wide);
    void restoreSettings();
    void saveSettings() const;
    void applyZoom();
    void stepZoom(int direction);

    // What the response view shows
    void followLive();
    void showWatch(int row);
    void showRecord(const ExchangePtr &record);
    void requestOrScenarioEdited();
    void showBehaviour(); // the tool bar's choice and the pane's explanation follow the scenario
    void buildMatrixPane();
    void buildHandover(); // context menus on every exchange, HAR export, bug report
    void popUpExchangeMenu(const QPoint &globalPos, ExchangeMenuTarget target);
    void exportHarDialog(const QList<RecordedExchange> &legs);
    void saveBugReportDialog();
    void refreshMatrix(); // recompute now if the matrix is in sight, else when it comes into sight
    void showMatrixCell(const QModelIndex &index);
    void buildCheckPane();
    void showCheckFinding(int row);
    void updateShowing();

    void updateServerStatus();
    void buildLessons(); // the Lessons pane, Help ▸ Lessons, Server ▸ Expose to the local network
    void showExposure(); // the server label and the behaviour's secrecy in a bug hunt
    void applyPort();
    void buildEditing(); // the editing panes, the document and the File / Edit menus
    void about();

    std::unique_ptr<Ui::MainWindow> ui;
    Workbench *m_workbench;
    UsersModel *m_usersModel;
    ResourcesModel *m_resourcesModel;
    ExchangeLogModel *m_logModel;
    WatchModel *m_watchModel;

    ClientPane *m_client = nullptr;
    WatchPane *m_watch = nullptr;
    LogPane *m_log = nullptr;
    QTableView *m_usersView = nullptr;
    QTableView *m_resourcesView = nullptr;
    QList<QDockWidget *> m_docks; // in Pane order
    QLabel *m_serverLabel = nullptr;
    QSpinBox *m_port = nullptr;
    LessonRunner *m_lessonRunner = nullptr;
    LessonsPane *m_lessonsPane = nullptr;
    QAction *m_exposeAction = nullptr;
    QToolBar *m_attendeeBar = nullptr;
    QLabel *m_attendeeLabel = nullptr;
    QStringList m_attendeeUrls;
    QComboBox *m_behaviour = nullptr;
    BehaviourPane *m_behaviourPane = nullptr;
    ScenarioDocument *m_document = nullptr;
    FileActions *m_files = nullptr;
    SectionPane *m_usersPane = nullptr;
    SectionPane *m_resourcesPane = nullptr;

    Shown m_shown = Shown::Live;
    int m_shownWatch = -1;
    ExchangePtr m_shownRecord;
    QPersistentModelIndex m_shownCell;
    Matrix *m_matrix = nullptr; // a child of the window, like the widgets that show it
    MatrixModel *m_matrixModel = nullptr;
    QTableView *m_matrixView = nullptr;
    QLabel *m_matrixStatus = nullptr;
    bool m_matrixDirty = true;
    CheckPane *m_checkPane = nullptr;
    bool m_checkInSight = false; // the Check dock, as it was before the last event
    QString m_shownFinding;      // Shown::Check: which finding, in words
    bool m_stale = false;
    QPointer<QMenu> m_exchangeMenu; // the last one opened (deletes itself when closed)
    QAction *m_redact = nullptr;
    QAction *m_exportLogHar = nullptr;
    QAction *m_bugReport = nullptr;

    QFont m_baseFont;              // the application font before any zoom
    QList<QFont> m_baseClassFonts; // the same for kFontClasses
    double m_zoom = 1.0;           // outside presenter mode
    double m_presenterZoom = 1.6;
    bool m_presenter = false;
    bool m_layoutRestored = false; // else the default layout is laid out when first shown
    QByteArray m_stateBeforePresenter;
    bool m_maximizedBeforePresenter = false;
};

} // namespace authlab::gui
