#include "editdialogs.h"

#include "scenariodocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace authlab::gui {

namespace {

const char *const kSchemes[] = {"basic", "bearer", "digest", "session"};

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out.append(e.toString());
    return out;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setBuddy(buddy);
    return l;
}

// Checkboxes for a list of names in a grid of up to three columns (no mnemonics: the box has one).
QGroupBox *checkGroup(const QString &title, const QStringList &names, const QStringList &checked,
                      QList<QCheckBox *> *boxes, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *grid = new QGridLayout(box);
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto *c = new QCheckBox(names[i], box);
        c->setObjectName(names[i]);
        c->setChecked(checked.contains(names[i]));
        grid->addWidget(c, int(i / 3), int(i % 3));
        boxes->append(c);
    }
    if (names.isEmpty())
        grid->addWidget(new QLabel(EditDialog::tr("No groups yet (Users pane ▸ Groups…)."), box), 0, 0);
    return box;
}

QStringList checkedNames(const QList<QCheckBox *> &boxes)
{
    QStringList out;
    for (const QCheckBox *c : boxes) {
        if (c->isChecked())
            out.append(c->objectName());
    }
    return out;
}

QPlainTextEdit *rulesEdit(const QStringList &rules, QWidget *parent)
{
    auto *e = new QPlainTextEdit(rules.join(QLatin1Char('\n')), parent);
    e->setTabChangesFocus(true); // Tab leaves it: keyboard users must get to OK
    e->setPlaceholderText(EditDialog::tr("One rule a line, first match wins: allow 10.0.0.0/8, deny all"));
    e->setToolTip(EditDialog::tr("Ordered address rules, as nginx has them: \"allow\" or \"deny\", a space, "
                                 "then an address, a network (10.0.0.0/8, fd00::/8) or \"all\""));
    e->setFixedHeight(e->fontMetrics().lineSpacing() * 4 + 12);
    return e;
}

} // namespace

QString problemsText(const QList<ScenarioProblem> &problems)
{
    QStringList lines;
    for (const ScenarioProblem &p : problems)
        lines.append(p.where.isEmpty() ? p.message : p.where + QLatin1String(": ") + p.message);
    return lines.join(QLatin1Char('\n'));
}

QStringList splitList(const QString &text, QChar separator)
{
    QStringList out;
    for (const QString &part : text.split(separator)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

// --- EditDialog

EditDialog::EditDialog(const QString &title, Apply apply, QWidget *parent)
    : QDialog(parent), m_apply(std::move(apply)), m_problems(new QLabel(this))
{
    setWindowTitle(title);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problems->hide();
}

void EditDialog::finish(QWidget *form)
{
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    resize(qMax(580, sizeHint().width()), sizeHint().height());
}

void EditDialog::accept()
{
    QList<ScenarioProblem> problems;
    if (!m_apply(value(), &problems)) {
        m_problems->setText(tr("Not applied, the scenario would not load:") + QLatin1Char('\n') +
                            problemsText(problems));
        m_problems->show();
        resize(width(), qMax(height(), sizeHint().height())); // room for the problems, same width
        return;
    }
    QDialog::accept();
}

// --- UserDialog

UserDialog::UserDialog(const QJsonObject &user, const QStringList &groups, Apply apply, QWidget *parent)
    : EditDialog(user.isEmpty() ? tr("Add user") : tr("Edit user %1").arg(user.value(u"name").toString()),
                 std::move(apply), parent)
{
    auto *form = new QWidget(this);
    auto *layout = new QFormLayout(form);
    m_name = new QLineEdit(user.value(u"name").toString(), form);
    m_name->setObjectName(QStringLiteral("userName"));
    m_name->setToolTip(tr("The user-id: no colon (Basic splits user-id and password at the first one)"));
    layout->addRow(buddyLabel(tr("&Name:"), m_name, form), m_name);
    m_password = new QLineEdit(user.value(u"password").toString(), form);
    m_password->setObjectName(QStringLiteral("userPassword"));
    layout->addRow(buddyLabel(tr("&Password:"), m_password, form), m_password);
    layout->addRow(checkGroup(tr("&Groups"), groups, strings(user.value(u"groups")), &m_groups, form));

    m_tokens = new QTableWidget(0, 3, form);
    m_tokens->setObjectName(QStringLiteral("tokens"));
    m_tokens->setHorizontalHeaderLabels({tr("Bearer token"), tr("Scopes (comma-separated)"), tr("Expired")});
    m_tokens->horizontalHeader()->setStretchLastSection(false);
    m_tokens->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tokens->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tokens->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tokens->verticalHeader()->hide();
    m_tokens->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside, F2 edits
    m_tokens->setAccessibleName(tr("Bearer tokens"));
    m_tokens->setFixedHeight(m_tokens->horizontalHeader()->sizeHint().height() +
                             4 * m_tokens->verticalHeader()->defaultSectionSize() + 4);
    for (const QJsonValue &t : user.value(u"tokens").toArray()) {
        const QJsonObject o = t.toObject();
        addToken(o.value(u"token").toString(), strings(o.value(u"scopes")), o.value(u"expired").toBool());
    }
    auto *addButton = new QPushButton(tr("&Add token"), form);
    auto *removeButton = new QPushButton(tr("Re&move token"), form);
    connect(addButton, &QPushButton::clicked, this, [this] {
        addToken(QString(), {}, false);
        m_tokens->setCurrentCell(m_tokens->rowCount() - 1, 0);
        m_tokens->setFocus();
        m_tokens->editItem(m_tokens->currentItem());
    });
    connect(removeButton, &QPushButton::clicked, this, [this] {
        if (m_tokens->currentRow() >= 0)
            m_tokens->removeRow(m_tokens->currentRow());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    layout->addRow(buddyLabel(tr("&Tokens:"), m_tokens, form), m_tokens);
    layout->addRow(QString(), buttons);
    finish(form);
}

void UserDialog::addToken(const QString &value, const QStringList &scopes, bool expired)
{
    const int row = m_tokens->rowCount();
    m_tokens->insertRow(row);
    m_tokens->setItem(row, 0, new QTableWidgetItem(value));
    m_tokens->setItem(row, 1, new QTableWidgetItem(scopes.join(QStringLiteral(", "))));
    auto *e = new QTableWidgetItem;
    e->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    e->setCheckState(expired ? Qt::Checked : Qt::Unchecked);
    m_tokens->setItem(row, 2, e);
}

QCheckBox *UserDialog::groupBox(const QString &group) const
{
    for (QCheckBox *c : m_groups) {
        if (c->objectName() == group)
            return c;
    }
    return nullptr;
}

QJsonObject UserDialog::value() const
{
    QJsonObject o{{QStringLiteral("name"), m_name->text()},
                  {QStringLiteral("password"), m_password->text()},
                  {QStringLiteral("groups"), QJsonArray::fromStringList(checkedNames(m_groups))}};
    QJsonArray tokens;
    for (int r = 0; r < m_tokens->rowCount(); ++r) {
        QJsonObject t{{QStringLiteral("token"), m_tokens->item(r, 0)->text().trimmed()},
                      {QStringLiteral("scopes"), QJsonArray::fromStringList(splitList(
                                                     m_tokens->item(r, 1)->text(), QLatin1Char(',')))}};
        if (m_tokens->item(r, 2)->checkState() == Qt::Checked)
            t.insert(QStringLiteral("expired"), true);
        tokens.append(t);
    }
    if (!tokens.isEmpty())
        o.insert(QStringLiteral("tokens"), tokens);
    return o;
}

// --- ResourceDialog

ResourceDialog::ResourceDialog(const QJsonObject &r, const QStringList &groups, Apply apply, QWidget *parent)
    : EditDialog(r.isEmpty() ? tr("Add resource") : tr("Edit resource %1").arg(r.value(u"path").toString()),
                 std::move(apply), parent)
{
    auto *form = new QWidget(this);
    auto *layout = new QFormLayout(form);
    m_path = new QLineEdit(r.value(u"path").toString(QStringLiteral("/")), form);
    m_path->setObjectName(QStringLiteral("resourcePath"));
    layout->addRow(buddyLabel(tr("&Path:"), m_path, form), m_path);
    m_match = new QComboBox(form);
    m_match->addItem(tr("exact: this path only"), QStringLiteral("exact"));
    m_match->addItem(tr("prefix: every path that starts with it"), QStringLiteral("prefix"));
    m_match->setCurrentIndex(r.value(u"match").toString() == u"prefix" ? 1 : 0);
    layout->addRow(buddyLabel(tr("&Match:"), m_match, form), m_match);
    m_title = new QLineEdit(r.value(u"title").toString(), form);
    layout->addRow(buddyLabel(tr("&Title:"), m_title, form), m_title);
    m_description = new QLineEdit(r.value(u"description").toString(), form);
    layout->addRow(buddyLabel(tr("&Description:"), m_description, form), m_description);

    m_schemeOrder = strings(r.value(u"auth"));
    QStringList schemes;
    for (const char *s : kSchemes)
        schemes.append(QLatin1String(s));
    auto *schemeBox = checkGroup(tr("&Schemes (none: public)"), schemes, m_schemeOrder, &m_schemes, form);
    schemeBox->setToolTip(tr("Challenges are sent in the order the schemes were added"));
    layout->addRow(schemeBox);
    layout->addRow(checkGroup(tr("Required &groups (none: any authenticated user)"), groups,
                              strings(r.value(u"groups")), &m_groups, form));
    m_scopes = new QLineEdit(strings(r.value(u"scopes")).join(QStringLiteral(", ")), form);
    m_scopes->setObjectName(QStringLiteral("resourceScopes"));
    m_scopes->setPlaceholderText(tr("read, write"));
    m_scopes->setToolTip(tr("Scopes a bearer token must carry, comma-separated (needs the bearer scheme)"));
    layout->addRow(buddyLabel(tr("Requ&ired scopes:"), m_scopes, form), m_scopes);
    m_hidden = new QCheckBox(tr("&Hidden: 404 for callers who may not see it"), form);
    m_hidden->setChecked(r.value(u"hidden").toBool());
    layout->addRow(m_hidden);
    m_access = rulesEdit(strings(r.value(u"access")), form);
    m_access->setObjectName(QStringLiteral("resourceAccess"));
    layout->addRow(buddyLabel(tr("&Address rules:"), m_access, form), m_access);
    finish(form);
}

QCheckBox *ResourceDialog::schemeBox(const QString &scheme) const
{
    for (QCheckBox *c : m_schemes) {
        if (c->objectName() == scheme)
            return c;
    }
    return nullptr;
}

QCheckBox *ResourceDialog::groupBox(const QString &group) const
{
    for (QCheckBox *c : m_groups) {
        if (c->objectName() == group)
            return c;
    }
    return nullptr;
}

QJsonObject ResourceDialog::value() const
{
    QJsonObject o{{QStringLiteral("path"), m_path->text()}};
    if (m_match->currentData().toString() == u"prefix")
        o.insert(QStringLiteral("match"), QStringLiteral("prefix"));
    if (!m_title->text().isEmpty())
        o.insert(QStringLiteral("title"), m_title->text());
    if (!m_description->text().isEmpty())
        o.insert(QStringLiteral("description"), m_description->text());
    // The resource's own order first (it is the challenge order), newly ticked ones after.
    const QStringList ticked = checkedNames(m_schemes);
    QStringList auth;
    for (const QString &s : m_schemeOrder) {
        if (ticked.contains(s))
            auth.append(s);
    }
    for (const QString &s : ticked) {
        if (!auth.contains(s))
            auth.append(s);
    }
    if (!auth.isEmpty())
        o.insert(QStringLiteral("auth"), QJsonArray::fromStringList(auth));
    if (const QStringList g = checkedNames(m_groups); !g.isEmpty())
        o.insert(QStringLiteral("groups"), QJsonArray::fromStringList(g));
    if (const QStringList s = splitList(m_scopes->text(), QLatin1Char(',')); !s.isEmpty())
        o.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(s));
    if (m_hidden->isChecked())
        o.insert(QStringLiteral("hidden"), true);
    if (const QStringList a = splitList(m_access->toPlainText(), QLatin1Char('\n')); !a.isEmpty())
        o.insert(QStringLiteral("access"), QJsonArray::fromStringList(a));
    return o;
}

// --- ScenarioSettingsDialog

ScenarioSettingsDialog::ScenarioSettingsDialog(const QJsonObject &root, Apply apply, QWidget *parent)
    : EditDialog(tr("Scenario settings"), std::move(apply), parent)
{
    auto *form = new QWidget(this);
    auto *layout = new QFormLayout(form);
    m_name = new QLineEdit(root.value(u"name").toString(), form);
    m_name->setObjectName(QStringLiteral("scenarioName"));
    layout->addRow(buddyLabel(tr("&Name:"), m_name, form), m_name);
    m_description = new QLineEdit(root.value(u"description").toString(), form);
    layout->addRow(buddyLabel(tr("&Description:"), m_description, form), m_description);
    m_realm = new QLineEdit(root.value(u"realm").toString(), form);
    m_realm->setObjectName(QStringLiteral("scenarioRealm"));
    m_realm->setToolTip(tr("The realm of every challenge: WWW-Authenticate: Basic realm=\"…\""));
    layout->addRow(buddyLabel(tr("&Realm:"), m_realm, form), m_realm);
    m_access = rulesEdit(strings(root.value(u"access")), form);
    m_access->setObjectName(QStringLiteral("serverAccess"));
    layout->addRow(buddyLabel(tr("Server &address rules:"), m_access, form), m_access);
    auto *note = new QLabel(tr("The server's rules come before every resource's own; the first rule that "
                               "matches decides, none matching allows."),
                            form);
    note->setWordWrap(true);
    layout->addRow(note);
    finish(form);
}

QJsonObject ScenarioSettingsDialog::value() const
{
    return {{QStringLiteral("name"), m_name->text()},
            {QStringLiteral("description"), m_description->text()},
            {QStringLiteral("realm"), m_realm->text()},
            {QStringLiteral("access"),
             QJsonArray::fromStringList(splitList(m_access->toPlainText(), QLatin1Char('\n')))}};
}

// --- GroupsDialog

GroupsDialog::GroupsDialog(ScenarioDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_table(new QTableWidget(0, 2, this))
    , m_problems(new QLabel(this))
{
    setWindowTitle(tr("Groups"));
    m_table->setObjectName(QStringLiteral("groups"));
    m_table->setHorizontalHeaderLabels({tr("Group"), tr("Description")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Groups"));
    m_table->setToolTip(tr("F2 or a double-click renames a group or edits its description; a rename "
                           "follows into every user and resource"));
    auto *label = buddyLabel(tr("&Groups (each change applies at once and can be undone):"), m_table, this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problems->hide();
    auto *add = new QPushButton(tr("&Add group"), this);
    auto *remove = new QPushButton(tr("&Remove group"), this);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(add, &QPushButton::clicked, this, &GroupsDialog::addGroup);
    connect(remove, &QPushButton::clicked, this, &GroupsDialog::removeGroup);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellChanged, this, &GroupsDialog::cellEdited);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_table);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);
    reload();
    resize(520, 360);
}

void GroupsDialog::reload()
{
    m_reloading = true;
    const QList<Group> &groups = m_document->workbench()->scenario().groups;
    m_table->setRowCount(int(groups.size()));
    for (int r = 0; r < groups.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(groups[r].name));
        m_table->setItem(r, 1, new QTableWidgetItem(groups[r].description));
    }
    m_reloading = false;
}

void GroupsDialog::addGroup()
{
    const Scenario &s = m_document->workbench()->scenario();
    QString name = tr("group");
    for (int n = 2; s.groupIndex(name) >= 0; ++n)
        name = tr("group%1").arg(n);
    QList<ScenarioProblem> problems;
    m_document->setEntry(QStringLiteral("groups"), -1, {{QStringLiteral("name"), name}},
                         tr("Add group %1").arg(name), &problems);
    reload();
    m_table->setFocus();
    m_table->setCurrentCell(m_table->rowCount() - 1, 0);
    m_table->editItem(m_table->currentItem());
}

void GroupsDialog::removeGroup()
{
    const int row = m_table->currentRow();
    const Scenario &s = m_document->workbench()->scenario();
    if (row < 0 || row >= s.groups.size())
        return;
    Scenario next = s;
    const QString name = s.groups[row].name;
    // A resource whose only required group goes would let every authenticated user in (no
    // groups = any known user): say which, and remove only if the user means it.
    QStringList opened;
    for (const Resource &r : s.resources) {
        if (r.groups.size() == 1 && r.groups.constFirst() == name)
            opened.append(r.path);
    }
    if (!opened.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Remove group %1").arg(name),
                        tr("%1 is the only group that may use %2. Without it, every authenticated user "
                           "may use them.")
                            .arg(name, opened.join(QStringLiteral(", "))),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setInformativeText(tr("Remove the group anyway? (Edit ▸ Undo brings it back.)"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    next.removeGroup(name);
    m_document->apply(next, tr("Remove group %1").arg(name));
    reload();
}

void GroupsDialog::cellEdited(int row, int column)
{
    if (m_reloading)
        return;
    const Scenario &s = m_document->workbench()->scenario();
    if (row < 0 || row >= s.groups.size())
        return;
    Scenario next = s;
    const QString old = s.groups[row].name;
    const QString text = m_table->item(row, column)->text();
    QString what;
    if (column == 0) {
        next.renameGroup(old, text);
        what = tr("Rename group %1 to %2").arg(old, text);
    } else {
        next.groups[row].description = text;
        what = tr("Describe group %1").arg(old);
    }
    QList<ScenarioProblem> problems;
    if (m_document->apply(next, what, &problems)) {
        m_problems->hide();
    } else {
        m_problems->setText(tr("Not applied, the scenario would not load:") + QLatin1Char('\n') +
                            problemsText(problems));
        m_problems->show();
    }
    reload();
}

} // namespace authlab::gui
