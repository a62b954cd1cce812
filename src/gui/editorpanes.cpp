#include "editorpanes.h"

#include "editdialogs.h"
#include "scenariodocument.h"

#include <QAbstractItemModel>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QKeyEvent>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace authlab::gui {

SectionPane::SectionPane(Section section, ScenarioDocument *document, QTableView *view, QWidget *parent)
    : QWidget(parent), m_section(section), m_document(document), m_view(view), m_buttonRow(new QWidget(this))
{
    const bool users = section == Section::Users;
    view->setParent(this);
    // No mnemonics: the Users and Resources panes have the same three buttons, and Alt+letter
    // must mean one thing in the window. The keys (Insert, Enter, Delete) and the menu do.
    m_add = new QPushButton(users ? tr("Add user…") : tr("Add resource…"), m_buttonRow);
    m_add->setToolTip(tr("Add (Insert)"));
    m_edit = new QPushButton(tr("Edit…"), m_buttonRow);
    m_edit->setToolTip(tr("Edit the selected row (Enter or a double-click)"));
    m_remove = new QPushButton(tr("Remove"), m_buttonRow);
    m_remove->setToolTip(tr("Remove the selected row (Delete); Edit ▸ Undo brings it back"));
    connect(m_add, &QPushButton::clicked, this, &SectionPane::add);
    connect(m_edit, &QPushButton::clicked, this, &SectionPane::edit);
    connect(m_remove, &QPushButton::clicked, this, &SectionPane::remove);
    auto *row = new QHBoxLayout(m_buttonRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_add);
    row->addWidget(m_edit);
    row->addWidget(m_remove);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(view, 1);
    layout->addWidget(m_buttonRow);

    connect(view, &QTableView::activated, this, [this] { edit(); });
    view->installEventFilter(this);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &SectionPane::showMenu);
    connect(view->model(), &QAbstractItemModel::modelReset, this, &SectionPane::updateButtons);
    connect(view->model(), &QAbstractItemModel::rowsInserted, this, &SectionPane::updateButtons);
    connect(view->model(), &QAbstractItemModel::rowsRemoved, this, &SectionPane::updateButtons);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &SectionPane::updateButtons);
    updateButtons();
}

QPushButton *SectionPane::addExtra(const QString &text, const QString &toolTip,
                                   const std::function<void()> &run)
{
    auto *b = new QPushButton(text, m_buttonRow);
    b->setToolTip(toolTip);
    connect(b, &QPushButton::clicked, this, run);
    auto *row = static_cast<QHBoxLayout *>(m_buttonRow->layout());
    row->insertWidget(row->count() - 1, b);
    m_extras.append({text, run});
    return b;
}

QString SectionPane::sectionKey() const
{
    return m_section == Section::Users ? QStringLiteral("users") : QStringLiteral("resources");
}

int SectionPane::currentRow() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void SectionPane::updateButtons()
{
    const bool has = currentRow() >= 0 && currentRow() < m_view->model()->rowCount();
    m_edit->setEnabled(has);
    m_remove->setEnabled(has);
}

EditDialog *SectionPane::makeDialog(int row)
{
    const QString key = sectionKey();
    const QJsonObject entry = row >= 0 ? m_document->entry(key, row) : QJsonObject();
    QStringList groups;
    for (const Group &g : m_document->workbench()->scenario().groups)
        groups.append(g.name);
    ScenarioDocument *doc = m_document;
    const bool users = m_section == Section::Users;
    const QString was = entry.value(users ? u"name" : u"path").toString();
    auto apply = [doc, key, row, users, was](const QJsonObject &value, QList<ScenarioProblem> *problems) {
        const QString name = value.value(users ? u"name" : u"path").toString();
        QString text;
        if (row < 0)
            text = users ? tr("Add user %1").arg(name) : tr("Add resource %1").arg(name);
        else
            text = users ? tr("Edit user %1").arg(was) : tr("Edit resource %1").arg(was);
        return doc->setEntry(key, row, value, text, problems);
    };
    EditDialog *d = users ? static_cast<EditDialog *>(new UserDialog(entry, groups, apply, window()))
                          : new ResourceDialog(entry, groups, apply, window());
    d->setAttribute(Qt::WA_DeleteOnClose);
    return d;
}

void SectionPane::add()
{
    EditDialog *d = makeDialog(-1);
    Q_EMIT dialogOpened(d);
    d->open();
}

void SectionPane::edit()
{
    const int row = currentRow();
    if (row < 0 || row >= m_view->model()->rowCount())
        return;
    EditDialog *d = makeDialog(row);
    Q_EMIT dialogOpened(d);
    d->open();
}

void SectionPane::remove()
{
    const int row = currentRow();
    if (row < 0 || row >= m_view->model()->rowCount())
        return;
    const bool users = m_section == Section::Users;
    const QJsonObject entry = m_document->entry(sectionKey(), row);
    const QString text = users ? tr("Remove user %1").arg(entry.value(u"name").toString())
                               : tr("Remove resource %1").arg(entry.value(u"path").toString());
    m_document->removeEntry(sectionKey(), row, text);
    const int rows = m_view->model()->rowCount();
    if (rows > 0)
        m_view->setCurrentIndex(m_view->model()->index(qMin(row, rows - 1), 0));
    updateButtons();
}

bool SectionPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Insert && key->modifiers() == Qt::NoModifier) {
            add();
            return true;
        }
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            remove();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SectionPane::showMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(m_add->text(), this, &SectionPane::add);
    QAction *e = menu.addAction(m_edit->text(), this, &SectionPane::edit);
    QAction *r = menu.addAction(m_remove->text(), this, &SectionPane::remove);
    e->setEnabled(m_edit->isEnabled());
    r->setEnabled(m_remove->isEnabled());
    if (!m_extras.isEmpty())
        menu.addSeparator();
    for (const auto &[text, run] : std::as_const(m_extras))
        menu.addAction(text, this, run);
    if (!m_view->actions().isEmpty()) { // the table's own (Copy, rowcopy.h)
        menu.addSeparator();
        menu.addActions(m_view->actions());
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace authlab::gui
