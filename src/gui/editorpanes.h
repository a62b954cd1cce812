#pragma once

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QMenu;
class QPushButton;
class QTableView;

namespace authlab::gui {

class EditDialog;
class ScenarioDocument;

// A table of one section of the scenario ("users" or "resources") with Add / Edit / Remove:
// buttons, keys (Insert, Enter, Delete) and the context menu. Edits open a dialog and go
// through the ScenarioDocument (checked by the loader's rules, live, undoable).
class SectionPane : public QWidget
{
    Q_OBJECT
public:
    enum class Section { Users, Resources };
    SectionPane(Section section, ScenarioDocument *document, QTableView *view, QWidget *parent);

    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    // Extra actions of the pane (the Users pane's Groups…, the Resources pane's Request it):
    // a button and a context-menu entry.
    QPushButton *addExtra(const QString &text, const QString &toolTip, const std::function<void()> &run);

    // The dialog for a new (row -1) or existing entry; shown by add() and edit(). Tests drive it.
    EditDialog *makeDialog(int row);
    void add();
    void edit();
    void remove();
    int currentRow() const;

Q_SIGNALS:
    void dialogOpened(authlab::gui::EditDialog *dialog); // for tests: answer it without a nested loop

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    void showMenu(const QPoint &pos);
    QString sectionKey() const;

    Section m_section;
    ScenarioDocument *m_document;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QList<QPair<QString, std::function<void()>>> m_extras;
    QWidget *m_buttonRow;
};

} // namespace authlab::gui
