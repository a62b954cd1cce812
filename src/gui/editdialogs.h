#pragma once

#include "scenario/scenarioio.h"

#include <QDialog>
#include <QJsonObject>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace authlab::gui {

class ScenarioDocument;

// A dialog that edits one part of the scenario in the file's own form (a JSON object) and hands
// it to the document on OK. The document checks it with the loader's rules; if it is refused,
// the dialog stays open and lists the problems (JSON path and the loader's message).
class EditDialog : public QDialog
{
    Q_OBJECT
public:
    // `apply` gets the edited object; it returns false and fills the problems to refuse it.
    using Apply = std::function<bool(const QJsonObject &, QList<ScenarioProblem> *)>;
    EditDialog(const QString &title, Apply apply, QWidget *parent);

    virtual QJsonObject value() const = 0;
    QLabel *problemLabel() const { return m_problems; }
    void accept() override;

protected:
    void finish(QWidget *form); // the form, the problems, OK / Cancel

private:
    Apply m_apply;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons = nullptr;
};

// Name, password, groups, bearer tokens (value, scopes, expired).
class UserDialog : public EditDialog
{
    Q_OBJECT
public:
    UserDialog(const QJsonObject &user, const QStringList &groups, Apply apply, QWidget *parent);
    QJsonObject value() const override;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *passwordEdit() const { return m_password; }
    QTableWidget *tokensTable() const { return m_tokens; }
    QCheckBox *groupBox(const QString &group) const;
    void addToken(const QString &value, const QStringList &scopes, bool expired);

private:
    QLineEdit *m_name;
    QLineEdit *m_password;
    QList<QCheckBox *> m_groups;
    QTableWidget *m_tokens;
};

// Path, match, title, description, schemes, required groups and scopes, hidden, address rules.
class ResourceDialog : public EditDialog
{
    Q_OBJECT
public:
    ResourceDialog(const QJsonObject &resource, const QStringList &groups, Apply apply, QWidget *parent);
    QJsonObject value() const override;

    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *matchCombo() const { return m_match; }
    QLineEdit *scopesEdit() const { return m_scopes; }
    QCheckBox *hiddenBox() const { return m_hidden; }
    QPlainTextEdit *accessEdit() const { return m_access; }
    QCheckBox *schemeBox(const QString &scheme) const; // "basic", "bearer", "digest", "session"
    QCheckBox *groupBox(const QString &group) const;

private:
    QLineEdit *m_path;
    QComboBox *m_match;
    QLineEdit *m_title;
    QLineEdit *m_description;
    QList<QCheckBox *> m_schemes;
    QStringList m_schemeOrder; // the resource's own order of schemes (challenge order)
    QList<QCheckBox *> m_groups;
    QLineEdit *m_scopes;
    QCheckBox *m_hidden;
    QPlainTextEdit *m_access;
};

// Name, description, realm and the server's address rules (Edit ▸ Scenario settings…).
class ScenarioSettingsDialog : public EditDialog
{
    Q_OBJECT
public:
    ScenarioSettingsDialog(const QJsonObject &root, Apply apply, QWidget *parent);
    QJsonObject value() const override; // name, description, realm, access

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *realmEdit() const { return m_realm; }
    QPlainTextEdit *accessEdit() const { return m_access; }

private:
    QLineEdit *m_name;
    QLineEdit *m_description;
    QLineEdit *m_realm;
    QPlainTextEdit *m_access;
};

// The groups: add, rename, describe and remove, each applied at once (and undoable on its own).
class GroupsDialog : public QDialog
{
    Q_OBJECT
public:
    GroupsDialog(ScenarioDocument *document, QWidget *parent);
    QTableWidget *table() const { return m_table; }
    QLabel *problemLabel() const { return m_problems; }
    void addGroup();
    void removeGroup();

private:
    void reload();
    void cellEdited(int row, int column);

    ScenarioDocument *m_document;
    QTableWidget *m_table;
    QLabel *m_problems;
    bool m_reloading = false;
};

// "users[2].name: a user name must not contain a colon…", one a line.
QString problemsText(const QList<ScenarioProblem> &problems);
// Comma- or line-separated lists as typed ("read, write"), and back.
QStringList splitList(const QString &text, QChar separator);

} // namespace authlab::gui
