#pragma once

#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QTableView;

namespace Ui {
class WatchPane;
}

namespace authlab::gui {

// The watched requests, each with its live badge. Re-emits what the user asks for: add the
// client's current path, remove a row, show a row's answer.
class WatchPane : public QWidget
{
    Q_OBJECT
public:
    explicit WatchPane(QWidget *parent = nullptr);
    ~WatchPane() override;

    void setModel(QAbstractItemModel *model);
    QTableView *view() const;
    void clearSelection(); // without emitting rowActivated

Q_SIGNALS:
    void addRequested();
    void removeRequested(int row);
    void rowActivated(int row); // the user picked a row: show its answer

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitToFont();

    std::unique_ptr<Ui::WatchPane> ui;
};

} // namespace authlab::gui
