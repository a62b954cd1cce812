#pragma once

#include "session/workbench.h"

#include <QWidget>

#include <memory>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class LogPane;
}

namespace authlab::gui {

class ExchangeLogModel;

// The server's live exchange log: filter, capacity, clear, and the rows. Picking a row asks the
// window to show that exchange; the pane remembers it (the "pinned" exchange) so that filtering
// never silently swaps what is shown: the row is re-selected when the filter lets it through.
class LogPane : public QWidget
{
    Q_OBJECT
public:
    explicit LogPane(QWidget *parent = nullptr);
    ~LogPane() override;

    void setModel(ExchangeLogModel *log);
    QTableView *logView() const;
    QLineEdit *filterEdit() const;
    QSortFilterProxyModel *filterModel() const { return m_filter; }

    quint64 pinnedId() const { return m_pinned; }
    bool pinnedIsVisible() const;
    void unpin(); // clears the selection without emitting exchangeSelected

Q_SIGNALS:
    void exchangeSelected(const authlab::ExchangePtr &exchange); // by the user
    void pinnedVisibilityChanged(bool visible);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onCurrentRowChanged(const QModelIndex &current);
    void reselectPinned();
    void updateCounts();
    void fitToFont();

    std::unique_ptr<Ui::LogPane> ui;
    ExchangeLogModel *m_log = nullptr;
    QSortFilterProxyModel *m_filter;
    quint64 m_pinned = 0;
    bool m_restoring = false;
};

} // namespace authlab::gui
