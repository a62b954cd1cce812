#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QSpinBox;

namespace Ui {
class MainWindow;
}

namespace authlab {
class Workbench;
}

namespace authlab::gui {

class ClientPane;
class ExchangeLogModel;
class ResourcesModel;
class ResponseView;
class ServerPane;
class UsersModel;
class WatchModel;

// Client and server side by side. The window owns the models and wires the panes' intent
// signals to the workbench; it holds no rules of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Workbench *workbench, QWidget *parent = nullptr);
    ~MainWindow() override;

    ClientPane *clientPane() const;
    ResponseView *responseView() const;
    ServerPane *serverPane() const;
    WatchModel *watchModel() const { return m_watchModel; }
    ExchangeLogModel *logModel() const { return m_logModel; }
    UsersModel *usersModel() const { return m_usersModel; }
    QSpinBox *portSpinBox() const { return m_port; }

    bool openScenario(const QString &path); // false (and a message) if the file is broken
    void showProblem(const QString &title, const QString &text);

private:
    void buildToolBar();
    void updateServerStatus();
    void applyPort();
    void openScenarioDialog();
    void saveScenarioDialog();
    void about();

    std::unique_ptr<Ui::MainWindow> ui;
    Workbench *m_workbench;
    UsersModel *m_usersModel;
    ResourcesModel *m_resourcesModel;
    ExchangeLogModel *m_logModel;
    WatchModel *m_watchModel;
    QLabel *m_serverLabel = nullptr;
    QSpinBox *m_port = nullptr;
};

} // namespace authlab::gui
