#pragma once

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class ServerPane;
}

namespace authlab::gui {

class ExchangeLogModel;
class ResourcesModel;
class TraceModel;
class UsersModel;

// The server side: users and groups (editable membership), resources and their rules, the
// live exchange log and the decision trace of the selected exchange.
class ServerPane : public QWidget
{
    Q_OBJECT
public:
    explicit ServerPane(QWidget *parent = nullptr);
    ~ServerPane() override;

    void setModels(UsersModel *users, ResourcesModel *resources, ExchangeLogModel *log);
    TraceModel *traceModel() const { return m_trace; }
    QTableView *usersView() const;
    QTableView *logView() const;
    QSortFilterProxyModel *logFilterModel() const { return m_filter; }

Q_SIGNALS:
    void resourceActivated(const QString &path);

private:
    void showSelectedTrace();
    void updateCounts();

    std::unique_ptr<Ui::ServerPane> ui;
    ExchangeLogModel *m_log = nullptr;
    QSortFilterProxyModel *m_filter;
    TraceModel *m_trace;
};

} // namespace authlab::gui
